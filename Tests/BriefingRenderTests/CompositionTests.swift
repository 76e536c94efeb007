import BriefingLayout
import Testing

@testable import BriefingGraphics
@testable import BriefingRender

/// The text engine switches OpenType `ccmp` off for text without combining marks, and automatic
/// fractions for text without a fraction slash (they are slow in HarfBuzz 6 and do nothing
/// there). These check that it really changes nothing.
@Suite struct CompositionTests {
    static let specimen =
        "Quick wafting zephyrs vex bold Jim. Ŀ ĳ ŉ Æ Œ ß þ ð ﬁ fi fl ffi — “quoted” ‘single’ … £1.2m € ½ → ↑ ↓ • · "
        + String((0xA1...0x17F).compactMap(Unicode.Scalar.init).filter { !TextLayout.mayCompose(String($0)) }.map(Character.init))
        + " 0123456789 (2018) [a] {b} #1 @x 50% & * / \\ | ~ ^ `"

    @Test(arguments: RenderFixtures.all)
    func pageIsTheSameWithComposition(_ slug: String) throws {
        let briefing = try RenderFixtures.briefing(slug)
        let fast = try TextEngine()
        let full = try TextEngine()
        full.keepsAllFeatures = true
        let a = try RenderFixtures.renderer.layout(briefing, measurer: fast)
        let b = try RenderFixtures.renderer.layout(briefing, measurer: full)
        #expect(a.frame == b.frame)
        let pa = try RasterExport.raster(a.frame, scale: 1, text: fast)
        let pb = try RasterExport.raster(b.frame, scale: 1, text: full)
        #expect(pa.rgb == pb.rgb, "\(slug): the page's pixels differ with ccmp on")
    }

    @Test(arguments: [TextStyle.Weight.regular, .medium, .semibold, .bold], [false, true])
    func specimenIsTheSameWithComposition(_ weight: TextStyle.Weight, _ italic: Bool) throws {
        let style = TextStyle(size: 9, weight: weight, italic: italic)
        let fast = try TextEngine()
        let full = try TextEngine()
        full.keepsAllFeatures = true
        for width in [1000.0, 120] {
            #expect(
                fast.measure(Self.specimen, style: style, width: width, maxLines: nil)
                    == full.measure(Self.specimen, style: style, width: width, maxLines: nil))
        }
        #expect(!TextLayout.mayCompose(Self.specimen), "the specimen is set without ccmp")
        #expect(TextLayout.mayCompose("e\u{301}"))
        #expect(TextLayout.mayCompose("\u{E0A5}"))
        #expect(!TextLayout.mayCompose("Café, £1m — “quoted”"))
        #expect(TextLayout.features(for: Self.specimen) == "calt=0,ccmp=0,frac=0,numr=0,dnom=0")
        #expect(TextLayout.features(for: "e\u{301}") == "calt=0,frac=0,numr=0,dnom=0")
        #expect(TextLayout.features(for: "1\u{2044}2 of the cases") == "calt=0,ccmp=0")
        #expect(TextLayout.features(for: Self.specimen, all: true) == "calt=0")
    }

    /// The banner keeps its dates on one line: word joiners around the spaces inside a date, none
    /// elsewhere, and no no-break space (Cairo would embed a font subset for it).
    @Test func bannerDatesAreJoined() {
        let j = "\u{2060} \u{2060}"
        #expect(RatingBanner.unbroken("22 April 2024") == "22" + j + "April" + j + "2024")
        #expect(RatingBanner.unbroken("July 2018 (inferred)") == "July" + j + "2018 (inferred)")
        #expect(
            RatingBanner.unbroken("Last overall grade: good (5 December 2022)") == "Last overall grade: good (5" + j + "December"
                + j + "2022)")
        #expect(
            RatingBanner.unbroken("Unchanged: good on 8 November 2021 too") == "Unchanged: good on" + j + "8" + j + "November" + j
                + "2021 too")
        #expect(!RatingBanner.unbroken("1 May 2024").contains("\u{A0}"))
    }
}
