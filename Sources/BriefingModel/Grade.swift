/// An Ofsted judgement on the four-point scale (plus the pre-2013 "adequate").
public enum Grade: String, Codable, Sendable, CaseIterable, Comparable {
    case outstanding
    case good
    case requiresImprovement = "requires improvement"
    case adequate
    case inadequate

    /// Higher is better; used for the direction of travel.
    public var rank: Int {
        switch self {
        case .outstanding: 4
        case .good: 3
        case .requiresImprovement, .adequate: 2
        case .inadequate: 1
        }
    }

    /// The grade as Ofsted words it, capitalised: "Requires improvement".
    public var words: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Requires improvement"
        case .adequate: "Adequate"
        case .inadequate: "Inadequate"
        }
    }

    public static func < (a: Grade, b: Grade) -> Bool { a.rank < b.rank }
}

/// How a grade moved between two graded inspections.
public enum Direction: String, Codable, Sendable {
    case improved, declined, unchanged

    public init(from previous: Grade, to latest: Grade) {
        if latest.rank > previous.rank {
            self = .improved
        } else if latest.rank < previous.rank {
            self = .declined
        } else {
            self = .unchanged
        }
    }
}
