import BriefTestSupport
import BriefingLayout
import Foundation
import Testing

@testable import BriefingGraphics

/// The exporters on small hand-made frames, without Render: a heading, a figure with its
/// alternative text and a filled box on a 120 x 80 pt page (typst's small test pages).
@Suite struct ExportTests {
    static let style = TextStyle(family: "Inter", size: 10)

    static func document(alt: String = "A red square.", date: String = "2020-01-02T00:00:00Z") throws -> Document {
        try FontSetup.configure(fontsConf: TestPaths.templates + "/fonts.conf", family: "Inter")
        let figure = StructureGroup(id: 1, role: .figure, alt: alt)
        let frame = Frame(
            size: Size(width: 120, height: 80),
            items: [
                FrameItem.text(TextRun(text: "Heading", style: style), in: Rect(x: 10, y: 8, width: 100, height: 14), tag: .h1),
                FrameItem(
                    rect: Rect(x: 40, y: 30, width: 40, height: 40),
                    content: .box(fill: Color(red: 1, green: 0, blue: 0), stroke: nil, lineWidth: 0, radius: 0),
                    layer: .content, group: figure),
            ])
        let info = DocumentInfo(title: "Test page", author: "tests", subject: "s", keywords: "k", creator: "tests", date: date)
        return Document(frame: frame, info: info)
    }

    @Test func pdfIsTaggedAndCarriesItsLanguageTitleAndAltText() throws {
        let bytes = try PDFExport.pdf(try Self.document())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        #expect(text.contains("/MarkInfo << /Marked true >>"))
        #expect(text.contains("/Lang (en-GB)"))
        #expect(text.contains("/DisplayDocTitle true"))
        #expect(text.contains("/Alt " + PDFCatalogUpdate.textString("A red square.")))
        #expect(text.contains("/S /H1"))
    }

    @Test func pdfBytesDependOnlyOnTheDocument() throws {
        let first = try PDFExport.pdf(try Self.document())
        #expect(try PDFExport.pdf(try Self.document()) == first)
        #expect(try PDFExport.pdf(try Self.document(date: "2021-01-02T00:00:00Z")) != first)
        #expect(try PDFExport.pdf(try Self.document(alt: "Something else.")) != first)
    }

    @Test func rasterPaintsTheBoxWhereTheFrameSaysOnWhite() throws {
        let image = try RasterExport.raster(try Self.document().frame, scale: 1)
        #expect(image.width == 120 && image.height == 80)
        func pixel(_ x: Int, _ y: Int) -> [UInt8] {
            Array(image.rgb[((y * image.width + x) * 3)..<((y * image.width + x) * 3 + 3)])
        }
        #expect(pixel(60, 50) == [255, 0, 0])
        #expect(pixel(100, 75) == [255, 255, 255])
        #expect(pixel(30, 50) == [255, 255, 255])
    }

    @Test func textStringsSurviveAnyCharacter() {
        #expect(PDFCatalogUpdate.textString("A–b’") == "<FEFF0041201300622019>")
    }

    @Test func colourHexRoundTrips() {
        for hex in ["#16202A", "#FFFFFF", "#000000", "#0B6B45"] { #expect(Color(hex: hex)?.hex == hex) }
    }
}
