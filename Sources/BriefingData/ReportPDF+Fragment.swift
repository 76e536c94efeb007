import Foundation

extension ReportPDF.Layout {
    /// Words on one baseline, a word space or less apart: a line of one block of text.
    struct Fragment {
        var words: [Word]
        /// The character column it starts at, once placed.
        var column = 0
        /// Its characters, a space between words; filled in by ``finished()``.
        var text: [Unicode.Scalar] = []
        /// Each character's left and right edge (a space spans the gap between its words).
        var spans: [(left: Double, right: Double)] = []
        var x1 = 0.0
        var x2 = 0.0
        var y1 = 0.0

        init(_ word: Word) { words = [word] }

        /// The first word's font size and baseline: the fragment's.
        var fontSize: Double { words[0].fontSize }
        var base: Double { words[0].base }

        /// How far `w` starts after the fragment's last word, if it continues the fragment: on
        /// its baseline in a like size, or as a smaller mark (a superscript) just after it.
        func gap(before w: Word) -> Double? {
            let main = words[0]
            let gap = w.x1 - words[words.count - 1].x2
            guard gap > -0.5 * w.fontSize, main.fontSize >= 0.8 * w.fontSize else { return nil }
            if w.fontSize < 0.8 * main.fontSize {
                let inside = w.y1 >= main.y1 - 0.5 * w.fontSize && w.y2 <= main.y2 + 0.5 * w.fontSize
                return inside && gap < 0.3 * main.fontSize ? gap : nil
            }
            let near = abs(w.base - main.base) < 0.25 * max(w.fontSize, main.fontSize)
            return near && gap < ReportPDF.Layout.columnGap * max(w.height, main.height) ? gap : nil
        }

        /// The fragment with its text, character edges and extent filled in.
        func finished() -> Fragment {
            var f = self
            var previous: Word?
            for w in words {
                // A word poppler ran on without a space (a footnote mark) stays joined.
                if let p = previous, w.spaceBefore || w.x1 - p.x2 >= 0.1 * w.fontSize {
                    f.text.append(" ")
                    f.spans.append((p.x2, w.x1))
                }
                for (i, s) in w.scalars.enumerated() {
                    f.text.append(s)
                    f.spans.append((w.edges[i], w.edges[i + 1]))
                }
                previous = w
            }
            f.x1 = words[0].x1
            f.x2 = words[words.count - 1].x2
            f.y1 = words.map(\.y1).min() ?? words[0].y1
            return f
        }
    }
}
