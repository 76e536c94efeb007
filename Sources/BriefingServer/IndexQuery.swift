import BriefingModel
import BriefingRender
import Foundation

/// The index's query string (`?region=North%20West&grade=good&sort=date&order=desc`) read into
/// a ``CouncilIndex``. A parameter the index does not know, or a value it does not take, is a
/// 400 that names the parameter, the value and what was expected.
enum IndexQuery {
    static let parameters = ["region", "grade", "sort", "order"]

    static func parse(_ query: String?, regions: Set<String>) throws(BriefingServerError) -> CouncilIndex {
        var view = CouncilIndex()
        for (name, value) in pairs(query ?? "") {
            // A form's "All" choice sends the parameter empty: no filter.
            if value.isEmpty, name == "region" || name == "grade" { continue }
            switch name {
            case "region":
                guard regions.contains(value) else {
                    throw bad(name, value, "one of " + regions.sorted().joined(separator: ", "))
                }
                view.region = value
            case "grade":
                guard let g = CouncilIndex.GradeFilter.all.first(where: { $0.value == value.lowercased() }) else {
                    throw bad(name, value, CouncilIndex.GradeFilter.all.map(\.value).joined(separator: ", "))
                }
                view.grade = g
            case "sort":
                guard let s = CouncilIndex.Sort(rawValue: value) else {
                    throw bad(name, value, CouncilIndex.Sort.allCases.map(\.rawValue).joined(separator: ", "))
                }
                view.sort = s
            case "order":
                guard value == "asc" || value == "desc" else { throw bad(name, value, "asc or desc") }
                view.ascending = value == "asc"
            default:
                throw BriefingServerError(
                    .badRequest,
                    "Parameter '\(name.prefix(32))' is not one the index takes; expected region, grade, sort or order.",
                    field: String(name.prefix(32)))
            }
        }
        return view
    }

    /// The query's name-value pairs, decoded as an HTML form encodes them (`+` is a space).
    static func pairs(_ query: String) -> [(String, String)] {
        query.split(separator: "&").map { part in
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(kv[0]), kv.count > 1 ? decode(kv[1]) : "")
        }
    }

    private static func bad(_ name: String, _ value: String, _ expected: String) -> BriefingServerError {
        BriefingServerError(.badRequest, "\(name) '\(value.prefix(64))' is not known; expected \(expected).", field: name)
    }
}
