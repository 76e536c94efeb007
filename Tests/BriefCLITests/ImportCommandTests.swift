import BriefTestSupport
import Foundation
import Testing

/// `brief import` and the snapshot as the default: a fresh import reproduces the committed
/// snapshot, and a clone with nothing beside it shows the national picture.
@Suite(.serialized) struct ImportCommandTests {
    let brief = TestPaths.brief
    static let files = ["councils.tsv", "inspections.tsv", "findings.tsv", "README.md"]

    @Test func freshImportReproducesTheCommittedSnapshot() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try run(brief, ["import", "--ofsted", TestPaths.ofsted, "--output", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText.hasPrefix("Imported 153 councils, 497 inspections and the findings of 483 reports into"))
        for name in Self.files {
            let fresh = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
            let committed = try Data(contentsOf: URL(fileURLWithPath: TestPaths.national + "/" + name))
            #expect(fresh == committed, "\(name) differs from a fresh import: run `brief import --ofsted ../shared/data/ofsted`")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == Self.files.sorted())
    }

    @Test func failedImportLeavesTheSnapshotAsItWas() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "kept\n".write(toFile: dir + "/councils.tsv", atomically: true, encoding: .utf8)
        let r = try run(brief, ["import", "--ofsted", "/nonexistent/ofsted", "--output", dir])
        #expect(r.status != 0)
        #expect(
            r.stderr
                == "brief: Data folder '/nonexistent/ofsted' has no readable local-authorities.csv; expected the Ofsted dataset.\n"
        )
        #expect(try String(contentsOfFile: dir + "/councils.tsv", encoding: .utf8) == "kept\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["councils.tsv"])
        let none = try run(brief, ["import"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("pass --ofsted DIR"))
    }

    /// A clone of the committed tree in a folder with no `../shared` beside it and no
    /// environment: `make wakefield` (the build step left out: this test's binary stands in for
    /// it) draws Wakefield's latest inspection from the snapshot, and `brief list` has 153 councils.
    @Test func cleanCloneWithoutSharedShowsTheNationalPicture() throws {
        let top = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: top) }
        let clone = top + "/brief"
        #expect(try run("git", ["clone", "-q", "--no-hardlinks", TestPaths.root, clone]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: top + "/shared"))
        let fm = FileManager.default
        try fm.createDirectory(atPath: clone + "/.build/debug", withIntermediateDirectories: true)
        try fm.copyItem(atPath: brief, toPath: clone + "/.build/debug/brief")
        // The fonts `make setup` makes from the system's Inter; not committed.
        try fm.copyItem(atPath: TestPaths.templates + "/fonts", toPath: clone + "/Templates/fonts")
        let env = ["BRIEF_ROOT": "", "BRIEF_OFSTED_DATA": ""]
        let make = try run("make", ["-C", clone, "-o", "build", "wakefield"], environment: env)
        #expect(make.status == 0, "\(make.stderr)")
        let text = try run("pdftotext", [clone + "/Output/wakefield.pdf", "-"]).stdoutText
        #expect(text.contains("OVERALL EFFECTIVENESS"))
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Full inspection (ILACS short), 24 March 2025"), "\(text.prefix(600))")
        #expect(text.contains("Good"))
        #expect(text.contains("Facts as of\n20 August 2026"), "the curated 2018 page, not the national one")
        let list = try run(clone + "/.build/debug/brief", ["list", "--json"], environment: env)
        let rows = try #require(try JSONSerialization.jsonObject(with: list.stdout) as? [[String: Any]])
        #expect(rows.count == 153)
        let w = try #require(rows.first { $0["slug"] as? String == "wakefield" })
        #expect(w["latest_grade"] as? String == "good")
        #expect(w["date"] as? String == "2025-03-24")
    }
}
