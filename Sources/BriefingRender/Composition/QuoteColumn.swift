import BriefingLayout
import BriefingModel

/// A column with quotes in it: what stands before and after them, and the quotes that fit
/// (``FitPolicy``) between. The left column holds strengths and the council's words; the right
/// holds concerns under "What must improve".
struct QuoteColumn {
    let panel: QuotePanel
    let heading: String
    let width: Double
    let spacing: Double
    var before: [Node] = []
    var after: [Node] = []
    /// Set for the left column: with no quote to show, it says why (the report missing, or none
    /// recorded) instead of leaving the panel out.
    var emptyText: String?
    /// The panel's region name.
    var name = "quotes"

    struct Fitted {
        var node: Node
        /// In reading order (``QuotePanel/readingOrder``).
        var chosen: [Quote]
        /// How many offered quotes were left out.
        var level: Int
    }

    /// The column with as many of `pool` (in the order given) as fit in `available` points; nil
    /// when even the column without quotes does not fit.
    ///
    /// Each quote is taken whole if it fits in the room the ones before it left, else passed over
    /// for the next, shorter one; at most ``FitPolicy/mostQuotes`` in all. A quote is never cut:
    /// when not even one fits whole, a column with `emptyText` says they are too long
    /// (``PageWording/quotesTooLong``) and the page model lists them as left out.
    func fit(_ pool: [Quote], available: Double, engine: LayoutEngine, measurer: any TextMeasuring) -> Fitted? {
        let measured: ([Quote]) -> (node: Node, height: Double) = { chosen in
            let n = node(chosen, lines: FitPolicy.whole, measurer: measurer)
            return (n, engine.height(of: n, width: width))
        }
        var (best, used) = measured([])
        guard used <= available else { return nil }
        // Once a quote is in, each more adds its box and the panel's spacing: a box of one word is
        // the least any adds, so with less room than that left no candidate needs laying out.
        let least = smallestQuote(engine: engine, measurer: measurer)
        var chosen: [Quote] = []
        for q in pool where chosen.count < FitPolicy.mostQuotes {
            if !chosen.isEmpty, available - used < least { break }
            let m = measured(chosen + [q])
            if m.height <= available {
                chosen.append(q)
                (best, used) = m
            }
        }
        if chosen.isEmpty, !pool.isEmpty, emptyText != nil {
            var tooLong = self
            tooLong.emptyText = PageWording.quotesTooLong(pool.count)
            let node = tooLong.node([], lines: FitPolicy.whole, measurer: measurer)
            if engine.height(of: node, width: width) <= available { best = node }
        }
        return Fitted(node: best, chosen: QuotePanel.readingOrder(chosen), level: pool.count - chosen.count)
    }

    /// What one more quote adds at the least: a quote of one word in its box, and the spacing
    /// before it (the panel with two such quotes less the panel with one).
    private func smallestQuote(engine: LayoutEngine, measurer: any TextMeasuring) -> Double {
        let one = Quote(text: "x", voice: .inspectors, role: "", date: nil, source: "")
        let height: ([Quote]) -> Double = { quotes in
            engine.height(
                of: panel.node(
                    for: quotes, heading: heading, emptyText: "", width: width, maxLines: FitPolicy.whole, measurer: measurer),
                width: width)
        }
        return height([one, one]) - height([one])
    }

    private func node(_ quotes: [Quote], lines: Int, measurer: any TextMeasuring) -> Node {
        var parts = before
        if !quotes.isEmpty || emptyText != nil {
            parts.append(
                panel.node(
                    for: quotes, heading: heading, emptyText: emptyText ?? "", width: width, maxLines: lines, measurer: measurer,
                    name: name))
        }
        parts += after
        return .column(parts, spacing: spacing)
    }
}
