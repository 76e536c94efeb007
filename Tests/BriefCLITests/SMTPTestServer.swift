import BriefTestSupport
import Foundation

/// A real SMTP server (aiosmtpd, Tests/Support/smtp_server.py) on loopback for one test, with
/// STARTTLS on a certificate made for the test, AUTH, and faults from a JSON file.
final class SMTPTestServer {
    let dir: String
    let port: Int
    private let process = Process()
    private let input = Pipe()

    /// A server in `mode` (starttls, implicit or plain), offering only AUTH LOGIN when `onlyLogin`.
    init(faults: [String: Any] = [:], mode: String = "starttls", onlyLogin: Bool = false) throws {
        dir = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: dir + "/mailbox", withIntermediateDirectories: true)
        let cert = try run("python3", [TestPaths.root + "/Tests/Support/make_cert.py", dir])
        guard cert.status == 0 else { throw ServerError(message: "make_cert.py: \(cert.stderr)") }
        try JSONSerialization.data(withJSONObject: faults).write(to: URL(fileURLWithPath: dir + "/faults.json"))
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3", TestPaths.root + "/Tests/Support/smtp_server.py", "--cert", dir + "/server.pem", "--key",
                dir + "/server.key",
                "--mailbox", dir + "/mailbox", "--faults", dir + "/faults.json", "--mode", mode,
            ] + (onlyLogin ? ["--only-login"] : [])
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw ServerError(message: "the SMTP server did not start") }
            line += chunk
        }
        guard
            let p = Int(
                String(decoding: line, as: UTF8.self).split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines)
                    ?? "")
        else { throw ServerError(message: "the SMTP server said \(String(decoding: line, as: UTF8.self))") }
        port = p
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.terminate()
        process.waitUntilExit()
    }

    struct ServerError: Error { var message: String }

    var url: String { "smtp://brief:secret@localhost:\(port)" }
    var ca: String { dir + "/ca.pem" }

    func setFaults(_ faults: [String: Any]) throws {
        try JSONSerialization.data(withJSONObject: faults).write(to: URL(fileURLWithPath: dir + "/faults.json"))
    }

    /// What the server received: each message's envelope and file.
    func received() throws -> [(envelope: [String: Any], eml: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/mailbox").filter { $0.hasSuffix(".json") }
            .sorted()
        return try names.map { name in
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/mailbox/" + name)))
            return ((json as? [String: Any]) ?? [:], dir + "/mailbox/" + name.dropLast(5) + ".eml")
        }
    }

    /// Message-IDs of everything received, counted.
    func messageIDs() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for r in try received() {
            let text = try String(contentsOfFile: r.eml, encoding: .utf8)
            let id = text.split(separator: "\r\n").first { $0.hasPrefix("Message-ID:") }.map(String.init) ?? "?"
            counts[id, default: 0] += 1
        }
        return counts
    }
}
