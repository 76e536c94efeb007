import BriefingModel

/// How much of each panel a page shows. The composer fits the two columns under the timeline
/// independently: each takes its most generous level whose height fits the space left.
///
/// The policy, in order: shrink only the council name (to the theme's floor, then clamp it to
/// two lines); show whole quotes and whole items, fewer of them (the improvements left out
/// counted in words), and context gives way first. Nothing is cut short: an item that cannot fit
/// whole is left out and the page says so. Body text never shrinks below the theme's size. The
/// grade, the timeline and the sources are never dropped.
enum FitPolicy {
    /// The right column: funding lines, improvements and context.
    struct Side: Sendable {
        var fundingLimit: Int
        var improvementLimit: Int
        var contextLimit: Int
        var showContext: Bool { contextLimit > 0 }
    }

    /// Lines enough for any whole quote or item on a page.
    static let whole = 99

    /// The most quotes a page shows, and the most of any one kind (strengths, concerns, other
    /// inspectors' words, the council's).
    static let mostQuotes = 5
    static let mostOfOneKind = 3

    /// Small steps, so a column that is a few points too tall loses little. Context gives way
    /// before "what must improve", and funding lines (the totals stay) before the last improvements.
    static let side: [Side] = [
        Side(fundingLimit: 8, improvementLimit: 6, contextLimit: 6),
        Side(fundingLimit: 8, improvementLimit: 6, contextLimit: 4),
        Side(fundingLimit: 8, improvementLimit: 6, contextLimit: 2),
        Side(fundingLimit: 8, improvementLimit: 5, contextLimit: 2),
        Side(fundingLimit: 8, improvementLimit: 6, contextLimit: 0),
        Side(fundingLimit: 8, improvementLimit: 5, contextLimit: 0),
        Side(fundingLimit: 8, improvementLimit: 4, contextLimit: 0),
        Side(fundingLimit: 6, improvementLimit: 3, contextLimit: 0),
        Side(fundingLimit: 5, improvementLimit: 2, contextLimit: 0),
        Side(fundingLimit: 4, improvementLimit: 2, contextLimit: 0),
        Side(fundingLimit: 3, improvementLimit: 2, contextLimit: 0),
        Side(fundingLimit: 3, improvementLimit: 1, contextLimit: 0),
        Side(fundingLimit: 0, improvementLimit: 2, contextLimit: 0),
        Side(fundingLimit: 0, improvementLimit: 1, contextLimit: 0),
        Side(fundingLimit: 3, improvementLimit: 0, contextLimit: 0),
        Side(fundingLimit: 0, improvementLimit: 0, contextLimit: 0),
    ]

    /// The level that keeps room for a concern beside two improvements.
    static var fewestWhole: Side { side.last { $0.improvementLimit >= 2 } ?? side[0] }

    /// Lines of the sources footer, most first.
    static let sourceLines = [3, 2, 1]
}
