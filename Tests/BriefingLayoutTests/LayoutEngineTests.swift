import Testing

@testable import BriefingLayout

/// Exact geometry with a measurer in which every glyph is half an em wide.
@Suite struct LayoutEngineTests {
    let engine = LayoutEngine(measurer: FixedWidthMeasurer())
    let style = TextStyle(size: 10, lineHeight: 1.2)  // 5 pt a glyph, 12 pt a line
    let page = Size(width: 200, height: 300)

    func rects(_ node: Node, width: Double = 100) -> [Rect] {
        engine.frame(for: node, page: page, origin: Point(x: 10, y: 20), width: width).items.map(\.rect)
    }

    @Test func textWrapsAtWordsToTheWidth() {
        let m = FixedWidthMeasurer().measure("aaaa bbbb cccc", style: style, width: 50, maxLines: nil)
        #expect(m.lineCount == 2)  // 10 glyphs a line: "aaaa bbbb" / "cccc"
        #expect(m.height == 24)
        #expect(m.width == 45)
    }

    @Test func lineLimitTruncates() {
        let m = FixedWidthMeasurer().measure("aaaa bbbb cccc dddd eeee", style: style, width: 50, maxLines: 2)
        #expect(m.lineCount == 2 && m.truncated)
    }

    @Test func columnStacksWithSpacing() {
        let node = Node.column([.text("one", style), .text("two", style), .spacer(5), .text("three", style)], spacing: 4)
        #expect(
            rects(node) == [
                Rect(x: 10, y: 20, width: 100, height: 12), Rect(x: 10, y: 36, width: 100, height: 12),
                Rect(x: 10, y: 61, width: 100, height: 12),
            ])
        #expect(engine.height(of: node, width: 100) == 12 + 4 + 12 + 4 + 5 + 4 + 12)
    }

    @Test func rowSharesWidthByWeight() {
        let node = Node.row([.text("a", style), .text("b", style)], spacing: 10, weights: [3, 1])
        #expect(
            rects(node, width: 130) == [Rect(x: 10, y: 20, width: 90, height: 12), Rect(x: 110, y: 20, width: 30, height: 12)])
    }

    @Test func rowIsAsTallAsItsTallestChild() {
        let tall = Node.text("aaaa bbbb cccc dddd", style)  // 2 lines at 50 pt
        let node = Node.row([tall, .text("x", style)], spacing: 0, weights: [])
        #expect(engine.height(of: node, width: 100) == 24)
    }

    @Test func boxPadsAndPaintsBehindItsChild() {
        let node = Node.box(
            .text("hello", style), style: BoxStyle(padding: EdgeInsets(top: 4, left: 6, bottom: 8, right: 2), fill: .white),
            name: "panel")
        let frame = engine.frame(for: node, page: page, origin: Point(x: 10, y: 20), width: 100)
        #expect(
            frame.items.map(\.rect) == [Rect(x: 10, y: 20, width: 100, height: 24), Rect(x: 16, y: 24, width: 92, height: 12)])
        #expect(frame.items.map(\.layer) == [.decoration, .content])
        #expect(frame.regions == [Region(name: "panel", rect: Rect(x: 10, y: 20, width: 100, height: 24))])
    }

    @Test func bulletHangsItsText() {
        let node = Node.bullet(.text("aaaa bbbb cccc", style), marker: .text(TextRun(text: "•", style: style)), indent: 10)
        #expect(rects(node, width: 60) == [Rect(x: 10, y: 20, width: 10, height: 12), Rect(x: 20, y: 20, width: 50, height: 24)])
    }

    @Test func groupsMarkTheirItems() {
        let node = Node.column(
            [
                .text("h", style, tag: .h2),
                .group(.column([.text("a", style), .text("b", style)], spacing: 0), role: .blockQuote, alt: nil),
            ],
            spacing: 0)
        let frame = engine.frame(for: node, page: page, origin: Point(x: 0, y: 0), width: 100)
        #expect(frame.items.map(\.group?.role) == [nil, .blockQuote, .blockQuote])
        #expect(frame.items[1].group?.id == frame.items[2].group?.id)
        #expect(frame.items.map(\.tag) == [.h2, .paragraph, .paragraph])
    }

    @Test func clampCutsAtAWordAndTheFrameHoldsOnlyWhatShows() {
        let text = "aaaa bbbb cccc dddd eeee ffff"
        let clamped = FixedWidthMeasurer().clamp(text, style: style, width: 50, maxLines: 2)
        #expect(clamped == "aaaa bbbb cccc dddd…")  // "cccc dddd…" is exactly 10 glyphs
        let frame = engine.frame(for: .text(text, style, maxLines: 2), page: page, origin: Point(x: 0, y: 0), width: 50)
        #expect(frame.texts == ["aaaa bbbb cccc dddd…"])
    }

    @Test func clampLeavesShortTextAlone() {
        #expect(FixedWidthMeasurer().clamp("short", style: style, width: 50, maxLines: 1) == "short")
    }

    @Test func emptyColumnHasNoHeight() {
        #expect(engine.height(of: .column([], spacing: 10), width: 100) == 0)
    }
}

@Suite struct FrameCheckTests {
    let run = TextRun(text: "x", style: TextStyle(size: 10))

    @Test func detectsOverlapsAndEscapes() {
        let page = Rect(x: 0, y: 0, width: 100, height: 100)
        let a = FrameItem.text(run, in: Rect(x: 0, y: 0, width: 50, height: 10))
        let b = FrameItem.text(run, in: Rect(x: 40, y: 5, width: 50, height: 10))
        let c = FrameItem.text(run, in: Rect(x: 60, y: 95, width: 50, height: 10))
        let background = FrameItem(
            rect: page, content: .box(fill: .white, stroke: nil, lineWidth: 0, radius: 0), layer: .decoration)
        let frame = Frame(size: Size(width: 100, height: 100), items: [background, a, b, c])
        #expect(frame.overlappingContent().count == 1)
        #expect(frame.itemsOutside(page).count == 1)
    }

    @Test func touchingIsNotOverlapping() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(!a.intersects(Rect(x: 10, y: 0, width: 10, height: 10)))
        #expect(a.intersects(Rect(x: 9, y: 9, width: 10, height: 10)))
    }

    @Test func contrastRatio() {
        #expect(abs(Color.black.contrast(with: .white) - 21) < 0.01)
        #expect(Color(hex: "#777777")!.contrast(with: .white) > 4.4)
        #expect(Color(hex: "zzz") == nil)
    }
}
