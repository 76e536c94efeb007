import Foundation

extension ReportPDF {
    /// Rebuilds, from a page's glyphs, the text `pdftotext -layout` gives of it, by the same
    /// principles (poppler's own, in its TextOutputDev):
    ///
    /// - words on one baseline with no more than a word space between them are one line fragment;
    ///   a smaller word just after one (a footnote mark) joins it;
    /// - fragments stacked at most a line apart, in one font size, are one block;
    /// - each block is placed in character columns by where it starts against the blocks that
    ///   start to its left, and each of its fragments by where it starts against its other lines;
    /// - fragments on one baseline share a printed line, at least two spaces apart, and the
    ///   distance to the next baseline, in font sizes, gives the blank lines between.
    ///
    /// Nothing here depends on a report's wording: only on positions and sizes.
    enum Layout {
        /// How far below the baseline a glyph's box reaches, as a share of the font size: a
        /// typical font's descent (Tahoma's is 0.207, Arial's 0.212, Times New Roman's 0.216).
        static let descent = 0.21
        /// The widest gap between two words of one line fragment, as a share of their box height.
        /// pdftotext's blocks over the dataset's 24 readable PDFs (2013–2026) have words of one
        /// line at most 0.80 apart and neighbouring columns at least 0.84 apart.
        static let columnGap = 0.82

        /// The page's text: its lines, each ended by one line break or more, then a form feed.
        static func page(_ glyphs: [Glyph]) -> String {
            let words = words(glyphs)
            guard !words.isEmpty else { return "\u{0C}" }
            var fragments = fragments(words)
            assignColumns(&fragments)
            return lines(fragments) + "\u{0C}"
        }

        /// The page's words: runs of glyphs poppler did not separate, cut where a glyph leaves the
        /// run's baseline or does not follow on from it.
        static func words(_ glyphs: [Glyph]) -> [Word] {
            var words: [Word] = []
            var current: Word?
            var space = false
            for g in glyphs {
                if g.isSeparator {
                    if let c = current { words.append(c) }
                    current = nil
                    space = true
                    continue
                }
                if var c = current, c.continues(with: g) {
                    c.append(g)
                    current = c
                } else {
                    if let c = current {
                        words.append(c)
                        space = false
                    }
                    current = Word(g, spaceBefore: space)
                }
                space = false
            }
            if let c = current { words.append(c) }
            return words
        }

        /// The words gathered into line fragments, from left to right: each word joins the
        /// fragment it follows most closely, if any.
        static func fragments(_ words: [Word]) -> [Fragment] {
            let order = words.indices.sorted { (words[$0].x1, words[$0].y1, $0) < (words[$1].x1, words[$1].y1, $1) }
            var out: [Fragment] = []
            for w in order.map({ words[$0] }) {
                var best: (gap: Double, index: Int)?
                for (i, f) in out.enumerated() {
                    if let gap = f.gap(before: w), gap < best?.gap ?? .infinity { best = (gap, i) }
                }
                if let best { out[best.index].words.append(w) } else { out.append(Fragment(w)) }
            }
            return out.map { $0.finished() }
        }
    }
}

extension ReportPDF.Layout {
    /// Consecutive glyphs of one word.
    struct Word {
        var scalars: [Unicode.Scalar]
        /// Each glyph's left edge, then the last one's right edge.
        var edges: [Double]
        var x1: Double
        var y1: Double
        var x2: Double
        var y2: Double
        /// The first glyph's font size.
        var fontSize: Double
        /// Whether poppler put a space or a line break before it.
        var spaceBefore: Bool

        init(_ g: ReportPDF.Glyph, spaceBefore: Bool) {
            scalars = [g.scalar]
            edges = [g.x1, g.x2]
            (x1, y1, x2, y2, fontSize) = (g.x1, g.y1, g.x2, g.y2, g.fontSize)
            self.spaceBefore = spaceBefore
        }

        var height: Double { y2 - y1 }
        /// The baseline, estimated from the bottom of the box.
        var base: Double { y2 - ReportPDF.Layout.descent * fontSize }

        /// Whether `g` carries the word on: near its baseline, starting where the word ends.
        func continues(with g: ReportPDF.Glyph) -> Bool {
            let gBase = g.y2 - ReportPDF.Layout.descent * g.fontSize
            return abs(gBase - base) < 0.5 * max(g.fontSize, fontSize) && g.x1 >= x2 - 0.2 * g.fontSize
                && g.x1 - x2 < 0.15 * g.fontSize
        }

        mutating func append(_ g: ReportPDF.Glyph) {
            scalars.append(g.scalar)
            edges.append(g.x2)
            x2 = max(x2, g.x2)
            y1 = min(y1, g.y1)
            y2 = max(y2, g.y2)
        }
    }
}
