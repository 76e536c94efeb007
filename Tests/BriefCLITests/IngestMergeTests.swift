import BriefTestSupport
import Foundation
import Testing

/// `brief ingest --merge` into a made-up council's record (Tests/Fixtures/ingest/councils), then
/// `brief check` and the council's page, PDF, HTML and JSON, under the era rule.
@Suite struct IngestMergeTests {
    let brief = TestPaths.brief
    let fixtures = TestPaths.root + "/Tests/Fixtures/ingest"

    func scratchData() throws -> String {
        let dir = try temporaryFolder() + "/councils"
        try FileManager.default.copyItem(atPath: fixtures + "/councils", toPath: dir)
        return dir
    }

    /// `document` merged into the records in `data`, then `slug`'s page rendered and read back
    /// with pdftotext.
    func mergeAndRead(_ document: String, into data: String, slug: String) throws -> String {
        let merge = try run(brief, ["ingest", document, "--merge", "--data", data, "--national", "none"])
        #expect(merge.status == 0, "\(merge.stderr)")
        let pdf = try temporaryFolder() + "/\(slug).pdf"
        let render = try run(brief, [slug, "--data", data, "--national", "none", "--output", pdf])
        #expect(render.status == 0, "\(render.stderr)")
        return try run("pdftotext", [pdf, "-"]).stdoutText
    }

    @Test func mergedQuotesAndFundingReachThePageAndASecondMergeChangesNothing() throws {
        let data = try scratchData()
        let record = data + "/northby.yaml"
        let before = try String(contentsOfFile: record, encoding: .utf8)
        let merge = try run(brief, ["ingest", fixtures + "/web-article.html", "--merge", "--data", data, "--national", "none"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdoutText.contains("added") && merge.stdoutText.contains("brief check: 4 records, 0 problems."))
        let after = try String(contentsOfFile: record, encoding: .utf8)
        #expect(
            after.hasPrefix(before.split(separator: "\n").prefix(3).joined(separator: "\n")), "the record's own lines come first")
        #expect(after.contains("Helen Mwangi") && after.contains("amount: 2100000"))
        let check = try run(brief, ["check", "--data", data, "--national", "none"])
        #expect(check.status == 0, "\(check.stdoutText)")

        let again = try run(brief, ["ingest", fixtures + "/web-article.html", "--merge", "--data", data, "--national", "none"])
        #expect(again.status == 0)
        #expect(again.stdoutText.contains("unchanged; every fact of the draft is already there."))
        #expect(again.stdoutText.contains("not added: quotes[0] of the draft is already in the record"))
        #expect(try String(contentsOfFile: record, encoding: .utf8) == after)

        let pdf = try temporaryFolder() + "/northby.pdf"
        let render = try run(brief, ["northby", "--data", data, "--national", "none", "--output", pdf])
        #expect(render.status == 0, "\(render.stderr)")
        let text = try run("pdftotext", [pdf, "-"]).stdoutText
        #expect(text.contains("I would rather be judged on what we do"), "an ingested council quote on the page")
        #expect(text.contains("£2.1m") && text.contains("£600,000"), "ingested funding on the page")
        #expect(text.contains("Northby Courier"), "the article among the sources")
        let html = try run(brief, ["northby", "--data", data, "--national", "none", "--format", "html"]).stdoutText
        #expect(html.contains("I would rather be judged on what we do") && html.contains("£600,000"))
        let json = try run(brief, ["northby", "--data", data, "--national", "none", "--format", "json"]).stdoutText
        #expect(json.contains("I would rather be judged on what we do") && json.contains("£2.1m"))
    }

    @Test func anArticleOlderThanTheLatestInspectionStaysOffThePage() throws {
        let data = try scratchData()
        // MADE-UP TEST FIXTURE: an invented article about the invented Northby, dated before its
        // latest inspection (12 May 2025 in its record).
        let article = """
            Northby council promises change in children’s services

            3 March 2024

            Northby Council has found an extra £900,000 a year for its children’s social work teams.

            Jo Quill, the council’s director of children’s services, said: “We are hiring twenty more social workers this spring.”

            More from Fixture Weekly
            """
        let path = try temporaryFolder() + "/old.txt"
        try article.write(toFile: path, atomically: true, encoding: .utf8)
        let text = try mergeAndRead(path, into: data, slug: "northby")
        #expect(
            try String(contentsOfFile: data + "/northby.yaml", encoding: .utf8).contains(
                "We are hiring twenty more social workers"))
        #expect(!text.contains("twenty more social workers") && !text.contains("£900,000"), "an older era is not on the page")
        let check = try run(brief, ["check", "--data", data, "--national", "none"])
        #expect(check.status == 0)
    }

    @Test func aSumWhoseRecurrenceIsNotStatedSaysSo() throws {
        let data = try scratchData()
        let text = try mergeAndRead(fixtures + "/regional-news.txt", into: data, slug: "eastmarsh")
        #expect(
            try String(contentsOfFile: data + "/eastmarsh.yaml", encoding: .utf8).contains(
                "amount: 3500000\n    recurrence: not stated"))
        #expect(text.contains("£3.5m") && text.contains("RECURRENCE NOT STATED"), "\(text)")
        let html = try run(brief, ["eastmarsh", "--data", data, "--national", "none", "--format", "html"]).stdoutText
        #expect(html.contains(">recurrence not stated</td>"))
    }

    @Test func aMergeThatCannotBeDoneChangesNothing() throws {
        let data = try scratchData()
        let record = data + "/westfold.yaml"
        var text = try String(contentsOfFile: record, encoding: .utf8)
        text += "quotes: [{text: \"Made up.\", voice: council, role: leader, source: fixture-ofsted}]\n"
        try text.write(toFile: record, atomically: true, encoding: .utf8)
        let r = try run(brief, ["ingest", fixtures + "/press-release.txt", "--merge", "--data", data, "--national", "none"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("quotes: is written inline"), "\(r.stderr)")
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
        #expect(try String(contentsOfFile: record, encoding: .utf8) == text)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: data).sorted() == [
                "eastmarsh.yaml", "harrowdene.yaml", "northby.yaml", "westfold.yaml",
            ])
    }

    @Test func aRecordThatFailsItsCheckIsNotMergedInto() throws {
        let data = try scratchData()
        let record = data + "/northby.yaml"
        let broken = try String(contentsOfFile: record, encoding: .utf8) + "slug: northby\n"
        try broken.write(toFile: record, atomically: true, encoding: .utf8)
        let r = try run(brief, ["ingest", fixtures + "/web-article.html", "--merge", "--data", data, "--national", "none"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("brief: \(record): ") && r.stderr.contains("duplicated key"), "\(r.stderr)")
        #expect(r.stderr.filter { $0 == "\n" }.count == 1, "one line")
        #expect(try String(contentsOfFile: record, encoding: .utf8) == broken)
    }

    @Test func aNewCouncilsRecordIsCreated() throws {
        let data = try temporaryFolder() + "/councils"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let r = try run(brief, ["ingest", TestPaths.seeds + "/002_53e42d12dd6f3ed6.txt", "--merge", "--data", data])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: data + "/reading.yaml"))
        #expect(r.stdoutText.contains("brief check: 1 records, 0 problems."))
    }
}
