import BriefingModel
import Foundation

/// A curated fact about a full inspection that the national data contradicts or cannot confirm.
public struct Disagreement: Sendable, Hashable, CustomStringConvertible {
    public var slug: String
    /// The index of the curated inspection in its record's `inspections` list.
    public var index: Int
    public var message: String

    public var description: String { "inspections[\(index)]: \(message)" }
}

extension CouncilStore {
    /// Curated records laid over the national data. The national data gives full inspections'
    /// dates and grades and wins where the two disagree. Curated records add visits, quotes,
    /// funding, context and leaders, and their findings on inspections they agree with.
    /// Curated councils missing from the national data are kept as they are.
    public static func merged(curated: CouncilStore, national: NationalDataset) -> (CouncilStore, [Disagreement]) {
        var out: [Council] = []
        var disagreements: [Disagreement] = []
        var used = Set<String>()
        // Names normalised once each, not once per pair.
        let names = curated.councils.map { normalize($0.name) }
        for base in national.councils {
            let name = normalize(base.name)
            let match = curated.councils.indices.first { matches(curated.councils[$0], base, names[$0], name) }
            guard let c = match.map({ curated.councils[$0] }) else {
                out.append(base)
                continue
            }
            used.insert(c.slug)
            let (council, found) = merged(c, over: base)
            out.append(council)
            disagreements += found
        }
        out += curated.councils.filter { !used.contains($0.slug) }
        return (
            CouncilStore(councils: out, paths: curated.paths, national: true, reports: national.reports), disagreements
        )
    }

    /// One curated council laid over its national record, and where the two disagree.
    private static func merged(_ c: Council, over base: Council) -> (Council, [Disagreement]) {
        var merged = base
        merged.slug = c.slug
        merged.name = c.name
        merged.quotes = c.quotes
        merged.funding = c.funding
        merged.context = c.context
        merged.leaders = c.leaders
        merged.improvements = c.improvements
        merged.sources = c.sources + base.sources
        merged.inspections += c.inspections.filter { $0.kind != .fullInspection }
        var disagreements: [Disagreement] = []
        for (i, x) in c.inspections.enumerated() where x.kind == .fullInspection {
            let message = reconcile(x, into: &merged, national: base)
            if let message { disagreements.append(Disagreement(slug: c.slug, index: i, message: message)) }
        }
        return (merged, disagreements)
    }

    /// Finds curated full inspection `x` among `merged`'s national ones by year, and gives that one
    /// `x`'s finding if it has none. Returns what is wrong with `x`, if anything.
    private static func reconcile(_ x: Inspection, into merged: inout Council, national base: Council) -> String? {
        guard let year = x.date?.year else {
            return
                "undated full inspection\(x.grade.map { " (\($0.rawValue))" } ?? "") cannot be checked against the national data, which is used instead"
        }
        let candidates = merged.inspections.indices.filter {
            merged.inspections[$0].kind == .fullInspection && merged.inspections[$0].source == NationalDataset.sourceID
                && merged.inspections[$0].date?.year == year
        }
        guard let j = candidates.first else {
            let years = base.inspections.compactMap { $0.date?.year }.map(String.init).joined(separator: ", ")
            return "full inspection in \(year) is not in the national data (it has \(years)); the national data is used"
        }
        let n = merged.inspections[j]
        if merged.inspections[j].finding == nil { merged.inspections[j].finding = x.finding }
        if let g = x.grade, g != n.grade {
            return
                "'\(g.rawValue)' in \(year) disagrees with the national data's '\(n.grade?.rawValue ?? "no grade")' (\(n.date?.iso ?? "")); the national data is used"
        }
        return nil
    }

    /// Whether a curated record is of the national data's council: by ONS code where both have
    /// one, else by name (`curatedName` and `nationalName` normalised) or slug.
    static func matches(_ curated: Council, _ national: Council, _ curatedName: String, _ nationalName: String) -> Bool {
        if let a = curated.onsCode, let b = national.onsCode { return a == b }
        return curatedName == nationalName || curated.slug == national.slug
    }
}
