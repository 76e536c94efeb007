import Foundation

/// Where brief reads from: the curated records, the templates, and the national data: the
/// snapshot brief ships (`Data/national`), or a raw Ofsted dataset folder when one is given.
public struct SourceLocations: Sendable, Hashable {
    /// The folder of curated council records.
    public var data: String
    /// The folder with theme.json, fonts.conf and the mail templates.
    public var templates: String
    /// The national Ofsted dataset's folder, when given: read instead of the snapshot.
    public var ofsted: String?
    /// The national snapshot's folder (``NationalSnapshot``); nil for the curated records alone.
    public var national: String?

    /// Each folder as given, else its default: Data/councils, Data/national and Templates/ in
    /// the project folder (``projectRoot(environment:)``), and `$BRIEF_OFSTED_DATA` for a raw
    /// dataset. `national` may be ``noNational`` for the curated records alone.
    public init(
        data: String? = nil, templates: String? = nil, ofsted: String? = nil, national: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let root = { Self.projectRoot(environment: environment) }
        self.data = data ?? root() + "/Data/councils"
        self.templates = templates ?? root() + "/Templates"
        let env = environment["BRIEF_OFSTED_DATA"] ?? ""
        self.ofsted = ofsted ?? (env.isEmpty ? nil : env)
        self.national = national == Self.noNational ? nil : national ?? root() + "/Data/national"
    }

    /// Whether any national data is named: a raw dataset or the snapshot.
    public var hasNational: Bool { ofsted != nil || national != nil }

    /// What `--national` takes for no national data: the curated records alone.
    public static let noNational = "none"

    /// The project folder: $BRIEF_ROOT, or the nearest folder above the executable or the
    /// working directory that holds Templates/theme.json.
    public static func projectRoot(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let env = environment["BRIEF_ROOT"], !env.isEmpty { return env }
        let fm = FileManager.default
        var starts: [String] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") { starts.append(exe) }
        starts.append(fm.currentDirectoryPath)
        for start in starts {
            var dir = URL(fileURLWithPath: start)
            for _ in 0..<8 {
                if fm.fileExists(atPath: dir.appendingPathComponent("Templates/theme.json").path) { return dir.path }
                dir.deleteLastPathComponent()
            }
        }
        return fm.currentDirectoryPath
    }
}
