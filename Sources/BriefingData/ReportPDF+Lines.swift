import Foundation

extension ReportPDF.Layout {
    /// The placed fragments as printed lines, top down: fragments within half a font size of
    /// one baseline share a line, left to right by column, at least two spaces apart; a fragment
    /// that would start left of where the line has reached begins a line of its own.
    static func lines(_ fragments: [Fragment]) -> String {
        let order = fragments.indices.sorted {
            (fragments[$0].y1, fragments[$0].x1, $0) < (fragments[$1].y1, fragments[$1].x1, $1)
        }
        // (group, fragment) in printing order: each group sorted by column.
        var printing: [(group: Int, index: Int)] = []
        var start = 0
        while start < order.count {
            let first = fragments[order[start]]
            var end = start + 1
            while end < order.count, abs(fragments[order[end]].base - first.base) < 0.5 * first.fontSize { end += 1 }
            let group = (start..<end).sorted {
                (fragments[order[$0]].column, fragments[order[$0]].x1, $0) < (
                    fragments[order[$1]].column, fragments[order[$1]].x1, $1
                )
            }
            printing += group.map { (start, order[$0]) }
            start = end
        }
        var out = String.UnicodeScalarView()
        var line: [Unicode.Scalar] = []
        for (n, (group, index)) in printing.enumerated() {
            let f = fragments[index]
            if f.column > line.count { line += repeatElement(" ", count: f.column - line.count) }
            line += f.text
            let next = n + 1 < printing.count ? printing[n + 1] : nil
            if let next, next.group == group, fragments[next.index].column >= line.count,
                abs(fragments[next.index].base - f.base) <= 0.5 * f.fontSize
            {
                if fragments[next.index].column < line.count + 2 { line += [" ", " "] }
                continue
            }
            out += line
            out += repeatElement("\n", count: next.map { lineBreaks(from: f, to: fragments[$0.index]) } ?? 1)
            line = []
        }
        return String(out)
    }

    /// Line breaks between two printed lines: how many of the first line's font sizes lie between
    /// their baselines (a line's usual step is one; two or more leave blank lines), one to five.
    static func lineBreaks(from f: Fragment, to next: Fragment) -> Int {
        let steps = (next.base - f.base) / f.fontSize
        return steps.isFinite ? Int(min(5, max(1, steps))) : 1
    }
}
