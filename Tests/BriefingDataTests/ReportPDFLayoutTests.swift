import Foundation
import Testing

@testable import BriefingData

/// The page layout rebuilt from glyph positions, on made-up glyphs (no PDF, no poppler): every
/// word, position and size here is invented.
@Suite struct ReportPDFLayoutTests {
    /// Glyphs of `text` from `x` on baseline `base` in `size`-point type, each character 0.5 em
    /// wide, its box 1 em above the baseline and 0.207 em below (as poppler boxes Tahoma), ended by
    /// a line break unless `end` is false.
    static func line(_ text: String, x: Double, base: Double, size: Double = 12, end: Bool = true) -> [ReportPDF.Glyph] {
        var out: [ReportPDF.Glyph] = []
        var left = x
        for scalar in text.unicodeScalars {
            out.append(
                .init(scalar: scalar, x1: left, y1: base - size, x2: left + size / 2, y2: base + 0.207 * size, fontSize: size))
            left += size / 2
        }
        if end { out.append(.init(scalar: "\n", x1: left, y1: base, x2: left, y2: base, fontSize: size)) }
        return out
    }

    static func lines(_ glyphs: [ReportPDF.Glyph]) -> [String] {
        let page = ReportPDF.Layout.page(glyphs)
        #expect(page.hasSuffix("\n\u{0C}"))
        return page.dropLast(2).components(separatedBy: "\n")
    }

    static func segments(_ line: String) -> [String] { ReportExtractor.Lines.segments(line).map(\.text) }

    @Test func aGradeBesideTheFirstLineOfItsLabel() {
        let lines = Self.lines(
            Self.line("The impact of leaders on", x: 76, base: 300) + Self.line("practice with families", x: 76, base: 314.5)
                + Self.line("Outstanding", x: 300, base: 300.1))
        #expect(lines.count == 2)
        #expect(Self.segments(lines[0]) == ["The impact of leaders on", "Outstanding"])
        #expect(lines[1] == "practice with families")
    }

    @Test func aGradeBesideTheSecondLine() {
        let lines = Self.lines(
            Self.line("The experiences and progress of", x: 76, base: 300) + Self.line("Good", x: 300, base: 314.6)
                + Self.line("children in care", x: 76, base: 314.5))
        #expect(lines.count == 2)
        #expect(lines[0] == "The experiences and progress of")
        #expect(Self.segments(lines[1]) == ["children in care", "Good"])
        #expect(lines[1].contains("care   "), "columns at least two spaces apart")
    }

    @Test func aGradeHalfALineDownStandsBetweenTheLabelsLines() {
        let lines = Self.lines(
            Self.line("The experiences and progress of", x: 76, base: 300) + Self.line("care leavers", x: 76, base: 314.5)
                + Self.line("Inadequate", x: 300, base: 307.25))
        #expect(lines.map(Self.segments) == [["The experiences and progress of"], ["Inadequate"], ["care leavers"]])
    }

    @Test func blankLinesFollowTheGapsBetweenBaselines() {
        let lines = Self.lines(
            Self.line("One line of a paragraph", x: 72, base: 100) + Self.line("and its next line.", x: 72, base: 114.5)
                + Self.line("A paragraph after a gap.", x: 72, base: 143.5))
        #expect(lines == ["One line of a paragraph", "and its next line.", "", "A paragraph after a gap."])
    }

    @Test func indentedLinesKeepTheirIndent() {
        let lines = Self.lines(
            Self.line("1. A numbered paragraph that", x: 72, base: 100) + Self.line("runs on, indented.", x: 90, base: 114.5))
        #expect(lines[0] == "1. A numbered paragraph that")
        #expect(lines[1] == "   runs on, indented.", "18 pt in: three characters of the line above")
    }

    @Test func aFootnoteMarkStartingALineStandsAlone() {
        // The mark is smaller and its box's top is the text's: pdftotext prints it on a line of its
        // own, which is how ReportExtractor.Lines.clean knows a footnote.
        let mark = ReportPDF.Glyph(scalar: "1", x1: 70.9, y1: 763.2, x2: 74.4, y2: 771, fontSize: 6.5)
        let lines = Self.lines(
            [mark] + Self.line("The areas for improvement", x: 77.7, base: 773.2, size: 10)
                + Self.line("the framework of practice.", x: 70.9, base: 785.2, size: 10))
        #expect(lines == ["1", " The areas for improvement", "the framework of practice."])
        #expect(ReportExtractor.Lines.isFootnoteStart(lines[0], next: lines[1]))
    }

    @Test func aMarkAfterAWordStaysOnItsLine() {
        let mark = ReportPDF.Glyph(scalar: "2", x1: 204, y1: 288.5, x2: 208, y2: 296, fontSize: 8)
        let lines = Self.lines(
            Self.line("The safeguarding board", x: 72, base: 300, end: false) + [mark]
                + Self.line(" and its partners", x: 208, base: 300))
        #expect(lines == ["The safeguarding board2 and its partners"])
    }

    @Test func aPageWithNothingOnItIsAFormFeed() {
        #expect(ReportPDF.Layout.page([]) == "\u{0C}")
        #expect(ReportPDF.Layout.page(Self.line("   ", x: 72, base: 100)) == "\u{0C}")
    }

    @Test func theSameGlyphsGiveTheSameTextInAnyReadingOrder() {
        let runs = [
            Self.line("Judgement", x: 76, base: 200), Self.line("Grade", x: 300, base: 200),
            Self.line("Overall effectiveness", x: 76, base: 230), Self.line("Good", x: 300, base: 230),
        ]
        let page = ReportPDF.Layout.page(runs.flatMap { $0 })
        #expect(ReportPDF.Layout.page(runs.reversed().flatMap { $0 }) == page, "poppler's reading order does not matter")
        #expect(Self.segments(page.components(separatedBy: "\n")[0]) == ["Judgement", "Grade"])
    }
}
