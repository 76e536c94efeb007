import BriefTestSupport
import BriefingLayout
import BriefingModel
import Testing

@testable import BriefingRender

@Suite struct ThemeTests {
    let theme = RenderFixtures.renderer.theme

    @Test func a4AndLetter() {
        #expect(theme.size(of: .a4) == Size(width: 595.28, height: 841.89))
        #expect(theme.size(of: .letter) == Size(width: 612, height: 792))
    }

    /// Every text colour against every background it is drawn on: at least 4.5:1 (WCAG AA).
    @Test func textContrast() {
        let texts = ["ink", "muted", "faint", "heading", "inspectors", "council"]
        for bg in ["paper", "panel"] {
            for t in texts {
                let ratio = theme.colors[t]!.contrast(with: theme.colors[bg]!)
                #expect(ratio >= 4.5, "\(t) on \(bg): \(ratio)")
            }
        }
        for (grade, color) in theme.allGradeColors {
            let ratio = theme.colors["onGrade"]!.contrast(with: color)
            #expect(ratio >= 4.5, "text on \(grade): \(ratio)")
        }
    }

    @Test func badThemeIsOneSentence() throws {
        let dir = try temporaryFolder()
        try "{\"papers\": {}}".write(toFile: dir + "/theme.json", atomically: true, encoding: .utf8)
        #expect {
            try Theme(directory: dir)
        } throws: { error in
            "\(error)".hasPrefix("Theme '\(dir)/theme.json' could not be read")
        }
    }
}

/// Type sizes a reader can read: body text at least 9 pt, nothing below 7 pt.
@Suite struct TypeSizeTests {
    @Test(arguments: RenderFixtures.all)
    func noTextTooSmall(_ slug: String) throws {
        let renderer = RenderFixtures.renderer
        let (frame, _) = try renderer.layout(try RenderFixtures.briefing(slug))
        #expect(renderer.theme.file.type.body >= 9 && renderer.theme.file.type.quote >= 9)
        for item in frame.items {
            guard case .text(let run) = item.content else { continue }
            #expect(run.style.size >= 7, "\(slug): '\(run.text.prefix(30))' at \(run.style.size) pt")
            // Paragraphs of running text (quotes, lists) are body size.
            if item.tag == .listItem || run.style.italic { #expect(run.style.size >= 9, "\(slug): '\(run.text.prefix(30))'") }
        }
    }
}
