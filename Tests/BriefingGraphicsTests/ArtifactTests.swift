import Testing

@testable import BriefingGraphics
@testable import BriefingLayout

/// Marking decoration as artifacts (PDFArtifacts), on made-up content streams, and the structure
/// the tagger opens for nested groups, on made-up frames.
@Suite struct ArtifactTests {
    private func marked(_ content: String) -> String? {
        PDFArtifacts.marked(Array(content.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func pathsOutsideMarkedContentBecomeArtifacts() throws {
        let content = "q 0 0 1 rg 10 10 50 20 re f\n/P << /MCID 0 >> BDC BT (Hi) Tj ET EMC\n1 w 0 0 m 5 5 l S Q"
        let out = try #require(marked(content))
        #expect(
            out
                == "q 0 0 1 rg /Artifact BMC\n10 10 50 20 re f\nEMC\n/P << /MCID 0 >> BDC BT (Hi) Tj ET EMC\n1 w /Artifact BMC\n0 0 m 5 5 l S\nEMC Q"
        )
    }

    @Test func taggedPathsClipsAndStringsAreLeftAlone() {
        // A path inside a Figure's marked content is tagged content; a clip (`W n`) paints nothing;
        // operators inside strings, and a marked sequence nested in another, are not operators.
        let content = """
            /Figure << /MCID 3 >> BDC 0 0 m 9 9 l S /Span << /ActualText (re f) >> BDC EMC 1 1 2 2 re f EMC
            0 0 10 10 re W n BT [(m l re f) -20 <0041>] TJ (\\) S \\( f) Tj ET
            """
        #expect(marked(content) == nil)
    }

    @Test func anInlineImageStopsTheRewrite() {
        #expect(marked("0 0 m 1 1 l S BI /W 1 /H 1 ID \u{1}\u{2} EI") == nil)
    }

    /// Cairo writes the page plain (PDFSettings); the file brief returns has
    /// every stream deflated but the XMP packet, which PDF/A wants readable, and one version of
    /// the page's content, its decoration marked.
    @Test func thePageIsWrittenPlainThenDeflatedOnce() throws {
        #expect(PDFSettings.writesPlainContent)
        let bytes = try PDFExport.pdf(try ExportTests.document())
        let text = String(decoding: bytes, as: UTF8.self)
        let streams = text.components(separatedBy: ">>\nstream\n").dropLast().map { $0.suffix(300) }
        let plain = streams.filter { !$0.contains("/FlateDecode") }
        #expect(plain.count == 1 && plain[0].contains("/Type /Metadata"), "\(plain)")
        let pages = text.components(separatedBy: "/Type /Page ").count - 1
        #expect(pages == 1)
        let contents = text.components(separatedBy: "/Contents ").count - 1
        #expect(contents == 1, "one content stream, not a second version in the update")
        // The red square is in the figure, so there is nothing to mark as an artifact.
        #expect(!text.contains("/Artifact"))
    }

    @Test func theByteSinkGrowsPastItsCapacity() {
        let sink = ByteSink(capacity: 4)
        let piece: [UInt8] = Array(0..<10)
        for _ in 0..<3 { piece.withUnsafeBufferPointer { sink.append($0.baseAddress!, count: $0.count) } }
        #expect(sink.bytes == piece + piece + piece)
    }

    @Test func inflateUndoesDeflate() throws {
        let text = Array(String(repeating: "0.5 0.5 0.5 rg 10 10 50 20 re f\n", count: 400).utf8)
        let packed = try #require(Deflate.deflated(text))
        #expect(packed.count < text.count / 10)
        #expect(Deflate.inflated(packed) == text)
        #expect(Deflate.inflated(packed, limit: 4096) == nil, "a stream past its bound is refused")
        #expect(Deflate.inflated(Array("not zlib".utf8)) == nil)
    }

    /// A list item made of a box with two paragraphs is LI > LBody > P, P; the box's fill is drawn
    /// in no element (so it becomes an artifact); a bullet's marker in a list is its Lbl.
    @Test func nestedGroupsOpenListItemsWithBodies() {
        let style = TextStyle(family: "Inter", size: 10)
        let list = StructureGroup(id: 1, role: .list)
        let item = StructureGroup(id: 2, role: .listItem)
        let text = { (s: String) in
            FrameItem(
                rect: Rect(x: 0, y: 0, width: 10, height: 10), content: .text(TextRun(text: s, style: style)), layer: .content,
                tag: .paragraph, groups: [list, item])
        }
        let fill = FrameItem(
            rect: Rect(x: 0, y: 0, width: 10, height: 10), content: .box(fill: nil, stroke: nil, lineWidth: 0, radius: 0),
            layer: .decoration, groups: [list, item])
        let record = Record()
        var tagger = StructureTagger()
        for i in [fill, text("A"), text("B")] {
            tagger.enter(i, on: record)
            tagger.leave(i, on: record)
        }
        tagger.finish(on: record)
        #expect(record.calls == ["+L", "+LI", "+LBody", "+P", "-P", "+P", "-P", "-LBody", "-LI", "-L"])
    }

    private final class Record: StructureSink {
        var calls: [String] = []
        func beginTag(_ name: String) { calls.append("+" + name) }
        func endTag(_ name: String) { calls.append("-" + name) }
    }
}
