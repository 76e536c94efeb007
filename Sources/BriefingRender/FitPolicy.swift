/// How much of each panel a page shows. The composer tries each level in turn, most generous
/// first, and keeps the first that fits on one page.
///
/// The policy, in order: shrink only the council name (to the theme's floor, then clamp it to
/// two lines); clamp long text at a word boundary with an ellipsis; show fewer items per panel
/// (the rest counted in words); and last drop the lowest-priority panel, context. Body text
/// never shrinks below the theme's size. The grade, the timeline and the sources are never dropped.
struct FitLevel: Sendable {
    var quoteLimit: Int
    var quoteLines: Int
    var improvementLimit: Int
    var improvementLines: Int
    var contextLimit: Int
    var contextLines: Int
    var fundingLimit: Int
    var showContext: Bool
    var sourceLines: Int

    static let levels: [FitLevel] = [
        FitLevel(quoteLimit: 3, quoteLines: 8, improvementLimit: 6, improvementLines: 3, contextLimit: 5, contextLines: 3, fundingLimit: 8, showContext: true, sourceLines: 3),
        FitLevel(quoteLimit: 3, quoteLines: 6, improvementLimit: 5, improvementLines: 2, contextLimit: 4, contextLines: 2, fundingLimit: 6, showContext: true, sourceLines: 3),
        FitLevel(quoteLimit: 3, quoteLines: 4, improvementLimit: 4, improvementLines: 2, contextLimit: 3, contextLines: 2, fundingLimit: 5, showContext: true, sourceLines: 2),
        FitLevel(quoteLimit: 2, quoteLines: 4, improvementLimit: 4, improvementLines: 2, contextLimit: 2, contextLines: 2, fundingLimit: 4, showContext: true, sourceLines: 2),
        FitLevel(quoteLimit: 2, quoteLines: 4, improvementLimit: 3, improvementLines: 2, contextLimit: 0, contextLines: 0, fundingLimit: 4, showContext: false, sourceLines: 2),
        FitLevel(quoteLimit: 1, quoteLines: 3, improvementLimit: 3, improvementLines: 1, contextLimit: 0, contextLines: 0, fundingLimit: 3, showContext: false, sourceLines: 1),
    ]
}
