import Foundation

extension ReportPDF.Layout {
    /// Places every fragment in a character column: first each block's lines against one another,
    /// then each block against the blocks that start to its left.
    static func assignColumns(_ fragments: inout [Fragment]) {
        let blocks = blocks(fragments)
        for block in blocks { placeLines(block, in: &fragments) }
        // A block's extent in points, its width in columns, its top and its fragments.
        let extents = blocks.map { block in
            (
                x1: block.map { fragments[$0].x1 }.min() ?? 0, x2: block.map { fragments[$0].x2 }.max() ?? 0,
                width: block.map { fragments[$0].column + fragments[$0].text.count }.max() ?? 0,
                top: fragments[block[0]].y1, members: block
            )
        }
        let order = extents.indices.sorted {
            (extents[$0].x1, extents[$0].top, $0) < (extents[$1].x1, extents[$1].top, $1)
        }
        var columns: [Int] = []
        for (n, e) in order.map({ extents[$0] }).enumerated() {
            var column = 0
            for (m, p) in order.prefix(n).map({ extents[$0] }).enumerated() {
                // Clear of a block on the left: three spaces after it; under it: in proportion.
                let c =
                    e.x1 > p.x2
                    ? columns[m] + p.width + 3
                    : (p.x2 == p.x1 ? columns[m] : columns[m] + Int((e.x1 - p.x1) / (p.x2 - p.x1) * Double(p.width)))
                column = max(column, c)
            }
            columns.append(column)
            for i in e.members { fragments[i].column += column }
        }
    }

    /// The fragments gathered into blocks, top down: a fragment joins the block whose last line
    /// is at most 1.5 font sizes above its baseline, in the same font size, overlapping it across.
    static func blocks(_ fragments: [Fragment]) -> [[Int]] {
        let order = fragments.indices.sorted {
            (fragments[$0].y1, fragments[$0].x1, $0) < (fragments[$1].y1, fragments[$1].x1, $1)
        }
        var blocks: [[Int]] = []
        for i in order {
            let f = fragments[i]
            let home = blocks.lastIndex { block in
                let last = fragments[block[block.count - 1]]
                let step = f.base - last.base
                return step > 0 && step <= 1.5 * last.fontSize && abs(f.fontSize - last.fontSize) <= 0.05 * last.fontSize
                    && f.x1 < last.x2 && last.x1 < f.x2
            }
            if let home { blocks[home].append(i) } else { blocks.append([i]) }
        }
        return blocks
    }

    /// Within one block, from left to right: a line clear of another starts a column after it;
    /// a line starting under another starts at the column of the character it starts under.
    static func placeLines(_ block: [Int], in fragments: inout [Fragment]) {
        let order = block.sorted { (fragments[$0].x1, fragments[$0].y1, $0) < (fragments[$1].x1, fragments[$1].y1, $1) }
        for (n, i) in order.enumerated() {
            let x1 = fragments[i].x1
            var column = 0
            for j in order.prefix(n) {
                let g = fragments[j]
                let under = g.spans.firstIndex { x1 < 0.5 * ($0.left + $0.right) } ?? g.text.count
                column = max(column, x1 >= g.x2 ? g.column + g.text.count + 1 : g.column + under)
            }
            fragments[i].column = column
        }
    }
}
