import BriefingModel

/// How much of each panel a page shows. The composer fits the two columns under the timeline
/// independently: each takes its most generous level whose height fits the space left.
///
/// The policy, in order: shrink only the council name (to the theme's floor, then clamp it to
/// two lines); show whole quotes and whole items, fewer of them (the improvements left out
/// counted in words), and context gives way first; only when even one whole item cannot fit,
/// clamp long text at a word boundary with an ellipsis, as before. Body text never shrinks below
/// the theme's size. The grade, the timeline and the sources are never dropped.
enum FitPolicy {
    /// A cut-down quotes column, used only when not even one whole quote fits.
    struct Quotes: Sendable {
        var limit: Int
        var lines: Int
    }

    /// The right column: funding lines, improvements and context.
    struct Side: Sendable {
        var fundingLimit: Int
        var improvementLimit: Int
        var improvementLines: Int
        var contextLimit: Int
        var contextLines: Int
        var showContext: Bool { contextLimit > 0 }
    }

    /// Lines enough for any whole quote or item on a page.
    static let whole = 99

    /// The most quotes a page shows, and the most of any one kind (strengths, concerns, other
    /// inspectors' words, the council's).
    static let mostQuotes = 5
    static let mostOfOneKind = 3

    /// The quotes column's fit level from which quotes are cut short.
    static let clampLevel = 100
    static let clamped: [Quotes] = [
        Quotes(limit: 3, lines: 9), Quotes(limit: 3, lines: 8), Quotes(limit: 3, lines: 7), Quotes(limit: 3, lines: 6),
        Quotes(limit: 3, lines: 5), Quotes(limit: 3, lines: 4), Quotes(limit: 2, lines: 6), Quotes(limit: 2, lines: 5),
        Quotes(limit: 2, lines: 4), Quotes(limit: 2, lines: 3), Quotes(limit: 1, lines: 4), Quotes(limit: 1, lines: 2),
    ]

    /// Small steps, so a column that is a few points too tall loses little. Context gives way
    /// before "what must improve", and fewer facts in full come before more facts cut short.
    static let side: [Side] = [
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: whole, contextLimit: 6, contextLines: whole),
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: whole, contextLimit: 4, contextLines: whole),
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: whole, contextLimit: 2, contextLines: whole),
        Side(fundingLimit: 8, improvementLimit: 5, improvementLines: whole, contextLimit: 2, contextLines: whole),
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: whole, contextLimit: 0, contextLines: 0),
        Side(fundingLimit: 8, improvementLimit: 5, improvementLines: whole, contextLimit: 0, contextLines: 0),
        Side(fundingLimit: 8, improvementLimit: 4, improvementLines: whole, contextLimit: 0, contextLines: 0),
        Side(fundingLimit: 6, improvementLimit: 3, improvementLines: whole, contextLimit: 0, contextLines: 0),
        Side(fundingLimit: 5, improvementLimit: 2, improvementLines: whole, contextLimit: 0, contextLines: 0),
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: 5, contextLimit: 6, contextLines: 4),
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: 4, contextLimit: 6, contextLines: 3),
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: 3, contextLimit: 6, contextLines: 3),
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: 3, contextLimit: 5, contextLines: 3),
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: 3, contextLimit: 4, contextLines: 3),
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: 3, contextLimit: 3, contextLines: 3),
        Side(fundingLimit: 8, improvementLimit: 6, improvementLines: 3, contextLimit: 3, contextLines: 2),
        Side(fundingLimit: 6, improvementLimit: 5, improvementLines: 2, contextLimit: 3, contextLines: 2),
        Side(fundingLimit: 5, improvementLimit: 4, improvementLines: 2, contextLimit: 2, contextLines: 2),
        Side(fundingLimit: 4, improvementLimit: 4, improvementLines: 2, contextLimit: 0, contextLines: 0),
        Side(fundingLimit: 4, improvementLimit: 3, improvementLines: 2, contextLimit: 0, contextLines: 0),
        Side(fundingLimit: 3, improvementLimit: 2, improvementLines: 1, contextLimit: 0, contextLines: 0),
    ]

    /// The least generous level that still shows whole items.
    static var fewestWhole: Side { side.last { $0.improvementLines == whole } ?? side[0] }

    /// Lines of the sources footer, most first.
    static let sourceLines = [3, 2, 1]
}
