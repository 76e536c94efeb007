import Foundation

/// Paths and subprocess helpers shared by the test suites. Not used by the product.
public enum TestPaths {
    /// The repository root, found from this file's location.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var templates: String { root + "/Templates" }
    public static var data: String { root + "/Data/councils" }
    public static var fixtures: String { root + "/Tests/Fixtures/councils" }
    /// The national snapshot brief ships (`Data/national`).
    public static var national: String { root + "/Data/national" }
    /// The shared seed articles beside the repository (`../shared/seeds`).
    public static var seeds: String { root + "/../shared/seeds" }
    /// The national Ofsted dataset beside the repository (`../shared/data/ofsted`).
    public static var ofsted: String { root + "/../shared/data/ofsted" }
    /// The five curated councils.
    public static let curated = ["wakefield", "st-helens", "reading", "wokingham", "sandwell"]
    /// The made-up adversarial fixtures.
    public static let adversarial = [
        "long-name", "long-quotes", "crowded-year", "empty", "many-funding", "everything", "wide-span",
    ]

    /// The built `brief` executable next to the test bundle, or in .build/debug.
    public static var brief: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("brief").path,
            root + "/.build/debug/brief",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }
}

/// What a finished subprocess left behind.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: String
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs `executable` with `arguments`, collecting its output; `stdout` may be replaced by a file handle.
public func run(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:], stdout: FileHandle? = nil,
    stderr: FileHandle? = nil, cwd: String? = nil
) throws -> ProcessResult {
    let p = Process()
    // A bare name is found on PATH, as a shell would (python3 is the one pip installs into).
    p.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
    p.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
    var env = ProcessInfo.processInfo.environment
    // Tests choose the national data explicitly; a developer's own setting must not leak in.
    env["BRIEF_OFSTED_DATA"] = nil
    for (k, v) in environment { env[k] = v }
    p.environment = env
    if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    let outPipe = Pipe()
    let errPipe = Pipe()
    p.standardOutput = stdout ?? outPipe
    p.standardError = stderr ?? errPipe
    p.standardInput = FileHandle.nullDevice
    try p.run()
    // Read both pipes while the process runs, so a large PDF cannot fill a pipe and block it.
    let group = DispatchGroup()
    nonisolated(unsafe) var out = Data()
    nonisolated(unsafe) var err = Data()
    DispatchQueue.global().async(group: group) { if stdout == nil { out = outPipe.fileHandleForReading.readDataToEndOfFile() } }
    if stderr == nil {
        DispatchQueue.global().async(group: group) { err = errPipe.fileHandleForReading.readDataToEndOfFile() }
    } else {
        try? errPipe.fileHandleForWriting.close()
    }
    p.waitUntilExit()
    group.wait()
    return ProcessResult(status: p.terminationStatus, stdout: out, stderr: String(decoding: err, as: UTF8.self))
}

/// A new empty folder under the system's temporary folder.
public func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "brief-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Where two byte strings first differ, in one line, or nil when they are the same: for failure
/// messages that name the difference instead of printing two whole PDFs.
public func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String? {
    guard a != b else { return nil }
    let at = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    return "\(a.count) and \(b.count) bytes, first different at byte \(at)"
}
