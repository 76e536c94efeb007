import BriefingModel

/// The council index's rows as a reader asked for them: filtered by region and latest grade,
/// sorted by a column. Pure values: the service parses the query string into one.
public struct CouncilIndex: Sendable, Equatable {
    /// The columns the index sorts by.
    public enum Sort: String, Sendable, CaseIterable {
        case name, region, grade, date
    }

    /// The grade filter: an overall grade, or none (judgements only, or no inspection).
    public enum GradeFilter: Sendable, Equatable {
        case grade(Grade)
        case none

        /// The query value: `good`, `requires improvement`, `none`.
        public var value: String {
            switch self {
            case .grade(let g): g.rawValue
            case .none: "none"
            }
        }

        /// Every value the filter takes, best grade first.
        public static let all: [GradeFilter] = Grade.allCases.map { .grade($0) } + [.none]

        func matches(_ s: CouncilSummary) -> Bool {
            switch self {
            case .grade(let g): s.latestGrade == g
            case .none: s.latestGrade == nil
            }
        }
    }

    public var region: String?
    public var grade: GradeFilter?
    public var sort: Sort
    public var ascending: Bool

    public init(region: String? = nil, grade: GradeFilter? = nil, sort: Sort = .name, ascending: Bool = true) {
        self.region = region
        self.grade = grade
        self.sort = sort
        self.ascending = ascending
    }

    /// The summaries that pass the filters, in the order asked for. Unknown values (no region,
    /// no grade, no date) come last whichever way a column is sorted; ties go by name.
    public func rows(_ all: [CouncilSummary]) -> [CouncilSummary] {
        let kept = all.filter { s in
            (region == nil || s.region == region) && (grade?.matches(s) ?? true)
        }
        return kept.sorted { a, b in
            let (ka, kb) = (key(a), key(b))
            switch (ka, kb) {
            case (nil, nil): return a.name < b.name
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                if x == y { return a.name < b.name }
                return ascending ? x < y : x > y
            }
        }
    }

    /// What `s` sorts by in the chosen column; grades from inadequate (lowest) up.
    private func key(_ s: CouncilSummary) -> String? {
        switch sort {
        case .name: s.name
        case .region: s.region
        case .grade: s.latestGrade.map { String($0.rank) + $0.rawValue }
        case .date: s.date
        }
    }

    /// The query string for this view with `changes` made, for a link: `?region=North%20West&sort=date&order=desc`.
    public func query(sort: Sort? = nil, ascending: Bool? = nil) -> String {
        var parts: [String] = []
        if let region { parts.append("region=" + Self.encode(region)) }
        if let grade { parts.append("grade=" + Self.encode(grade.value)) }
        parts.append("sort=" + (sort ?? self.sort).rawValue)
        parts.append("order=" + ((ascending ?? self.ascending) ? "asc" : "desc"))
        return "?" + parts.joined(separator: "&")
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986 §2.3).
    static func encode(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            if (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || "-._~".utf8.contains(b) {
                out.append(Character(UnicodeScalar(b)))
            } else {
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
