import BriefingModel
import Foundation

/// The curated council records in a data folder, found loosely by slug or name.
public struct CouncilStore: Sendable {
    public let councils: [Council]
    /// Where each council's record was read from, by slug.
    public let paths: [String: String]
    /// Whether the national dataset is loaded (all councils, not only the curated ones).
    public let national: Bool
    /// The national data's report findings, for councils without curated ones.
    public let reports: ReportFindings

    public init(
        councils: [Council], paths: [String: String] = [:], national: Bool = false,
        reports: ReportFindings = .none
    ) {
        self.councils = councils.sorted { $0.slug < $1.slug }
        self.paths = paths
        self.national = national
        self.reports = reports
    }

    /// Record files (`*.yaml`) in `folder`, sorted.
    public static func recordFiles(in folder: String) throws(DataError) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw .folder(path: folder, reason: "does not exist; expected a folder of <slug>.yaml records")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .folder(path: folder, reason: "cannot be read")
        }
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Loads every record in `folder`; throws the first invalid one.
    public static func load(folder: String) throws(DataError) -> CouncilStore {
        var councils: [Council] = []
        var paths: [String: String] = [:]
        for path in try recordFiles(in: folder) {
            let c = try RecordLoader.load(path: path)
            councils.append(c)
            paths[c.slug] = path
        }
        return CouncilStore(councils: councils, paths: paths)
    }

    /// Lower-case letters and digits only, "&" read as "and": `St. Helens` -> `sthelens`.
    public static func normalize(_ s: String) -> String {
        let lower = s.lowercased()
        return (lower.contains("&") ? lower.replacingOccurrences(of: "&", with: "and") : lower).filter {
            $0.isLetter || $0.isNumber
        }
    }

    /// The council whose slug or name matches `query` loosely (any case, spaces, hyphens, dots).
    public func find(_ query: String) -> Council? {
        // A slug as typed is the usual query: found without normalising every council's name.
        if let exact = councils.first(where: { $0.slug == query }) { return exact }
        let q = Self.normalize(query)
        guard !q.isEmpty else { return nil }
        return councils.first { Self.normalize($0.slug) == q || Self.normalize($0.name) == q }
    }

    /// The slug of the council closest to `query`, if one is close enough to be a likely typo.
    public func suggestion(for query: String) -> String? {
        let q = Self.normalize(query)
        let scored = councils.map { c in
            (c.slug, min(Self.distance(q, Self.normalize(c.slug)), Self.distance(q, Self.normalize(c.name))))
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, q.count / 3) ? best.0 : nil
    }

    /// Levenshtein edit distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
