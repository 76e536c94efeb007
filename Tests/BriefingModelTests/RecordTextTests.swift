import BriefingModel
import Testing

/// Issue 15, points 2, 3, 7 and 8: text brief refuses before it reaches Pango, with the code
/// point and where it is. Made-up text throughout.
@Suite struct RecordTextTests {
    @Test(arguments: [
        ("Sample\u{0}Borough", "U+0000 (a NUL) at character 7"),
        ("Bad\u{7}bell", "U+0007 (a control character) at character 4"),
        ("C1\u{85}here", "U+0085 (a control character) at character 3"),
        ("\u{202E}gnidaeR", "U+202E (a bidi control) at character 1"),
        ("isolate \u{2067}x\u{2069}", "U+2067 (a bidi control) at character 9"),
        ("mark\u{200F}", "U+200F (a bidi control) at character 5"),
        ("end" + scalar(0xFFFE), "U+FFFE (a noncharacter) at character 4"),
        (scalar(0xFFFF), "U+FFFF (a noncharacter) at character 1"),
        ("a" + scalar(0xFDD0), "U+FDD0 (a noncharacter) at character 2"),
        ("plane 16 " + scalar(0x10FFFF), "U+10FFFF (a noncharacter) at character 10"),
        ("plane 1 " + scalar(0x1FFFE), "U+1FFFE (a noncharacter) at character 9"),
        ("private \u{E000}", "U+E000 (a private-use character) at character 9"),
    ])
    func refusedCodePointsAreNamed(text: String, expected: String) {
        let problem = RecordText.problem(text)
        #expect(problem?.hasPrefix("has " + expected + ";") == true, "\(problem ?? "nil")")
    }

    @Test(arguments: [
        "Line one\nline two\tand a tab\r\n",
        "Café, naïve, Ynys Môn, Łódź, Ελλάδα, Москва",
        "2018\u{2060}–\u{2060}2019 joined by word joiners, a no-break\u{A0}space and a soft\u{AD}hyphen",
        "“Curly quotes”, an em dash — and £3.5m",
        String(repeating: "a", count: RecordText.longestWord),
        "",
    ])
    func ordinaryTextPasses(text: String) {
        #expect(RecordText.problem(text) == nil)
    }

    @Test func aWordOverTheLongestIsRefusedWhereItStarts() {
        let word = String(repeating: "x", count: RecordText.longestWord + 1)
        #expect(
            RecordText.problem("two words " + word)
                == "has a word of more than 100 characters with no space at character 11; expected words of at most 100 characters"
        )
        #expect(RecordText.problem(String(repeating: "y", count: 4_000))?.contains("at character 1;") == true)
    }

    @Test func everyDrawnFieldIsChecked() {
        var c = Council(
            slug: "sample", name: "Sample",
            sources: [Source(id: "s", publisher: "Made-up \u{202E}Times", headline: "Made-up headline", date: nil)])
        c.improvements = [Improvement(text: "Bad\u{0}text", source: "s")]
        c.leaders = [Leader(name: "A" + scalar(0xFFFE), role: "leader", source: "s")]
        #expect(
            Set(c.validate().map(\.field)) == ["sources[0].publisher", "improvements[0].text", "leaders[0].name"])
    }
}

/// A code point Swift will not take in a literal (noncharacters), as a string.
private func scalar(_ value: UInt32) -> String { String(Character(Unicode.Scalar(value)!)) }
