import Foundation

/// A running `brief serve --port 0` over the national snapshot, and the port it printed; stopped
/// when it goes.
public final class ServedBrief {
    public let process = Process()
    public let port: Int
    private let errors = Pipe()

    public struct NoPort: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts `brief serve --port 0` with `extra` arguments and waits for the line that names
    /// its port ("brief serve: listening on http://127.0.0.1:PORT (N councils)").
    public init(_ extra: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: TestPaths.brief)
        process.arguments = ["serve", "--port", "0"] + extra
        var env = ProcessInfo.processInfo.environment
        env["BRIEF_OFSTED_DATA"] = nil
        env["LOG_LEVEL"] = "warning"
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errors
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #":(\d+) \("#, options: .regularExpression),
            let port = Int(text[range].dropFirst().prefix { $0.isNumber })
        else {
            process.terminate()
            throw NoPort(description: "brief serve printed no port: '\(text)'")
        }
        self.port = port
    }

    /// Waits up to `seconds` for the server to exit; its status, or nil if it is still running.
    public func exitStatus(within seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit { stop() }
}
