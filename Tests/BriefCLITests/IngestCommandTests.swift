import BriefTestSupport
import Foundation
import Testing

/// `brief ingest` end to end: the drafts it prints, the errors it gives, `--merge` into a made-up
/// council's record and that council's page, and `brief ingest-accuracy` on the seed articles.
@Suite struct IngestCommandTests {
    let brief = TestPaths.brief
    let fixtures = TestPaths.root + "/Tests/Fixtures/ingest"

    /// The figure after `label` in ingest-accuracy's output: "recall 22/22 = 1.00, precision ..." → (1.00, ...).
    func figures(_ out: String, _ label: String) throws -> (recall: Double, precision: Double) {
        let line = try #require(out.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) })
        let numbers = line.split(separator: "=").dropFirst().compactMap {
            Double($0.split(separator: ",")[0].trimmingCharacters(in: .whitespaces))
        }
        try #require(numbers.count == 2, "\(line)")
        return (numbers[0], numbers[1])
    }

    @Test func theSeedsAgainstTheCuratedRecords() throws {
        let r = try run(brief, ["ingest-accuracy", "--seeds", TestPaths.seeds])
        #expect(r.status == 0, "\(r.stderr)")
        let out = r.stdoutText
        #expect(out.contains("5 articles in"))
        let quotes = try figures(out, "quotes")
        #expect(quotes.recall >= 0.9 && quotes.precision >= 0.9, "\(out)")
        #expect(out.contains("funding           recall 2/2 = 1.00, precision 2/2 = 1.00"), "\(out)")
        let leaders = try figures(out, "leaders")
        #expect(leaders.recall >= 0.9 && leaders.precision >= 0.9)
        #expect(out.contains("Values not found in their article (0):"), "\(out)")
        #expect(r.stderr.isEmpty, "no progress bar when standard error is not a terminal")
    }

    @Test func theMadeUpSetsAgainstTheirAnswerKeys() throws {
        for set in ["ingest", "ingest-holdout", "ingest-holdout-2"] {
            let folder = TestPaths.root + "/Tests/Fixtures/" + set
            let r = try run(brief, ["ingest-accuracy", "--seeds", folder, "--data", folder + "/councils"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdoutText.contains("Values not found in their article (0):"), "\(set): \(r.stdoutText)")
            let council = try figures(r.stdoutText, "council")
            #expect(council.recall == 1 && council.precision == 1, "\(set)")
        }
    }

    @Test func aDraftIsARecordEachFactWithItsLine() throws {
        let r = try run(brief, ["ingest", TestPaths.seeds + "/000_9133ede774c676cf.txt"])
        #expect(r.status == 0, "\(r.stderr)")
        let yaml = r.stdoutText
        #expect(yaml.contains("slug: wakefield"))
        #expect(yaml.contains("amount: 1000000\n    recurrence: one-off"))
        #expect(yaml.contains("amount: 3500000\n    recurrence: recurring"))
        #expect(yaml.contains("speaker: \"Peter Box\"\n    role: \"leader of the council\""))
        #expect(yaml.contains("publisher: \"Community Care\""))
        let facts = yaml.components(separatedBy: "\n  - ").count - 1
        #expect(yaml.components(separatedBy: "\n    line: ").count - 1 == facts - 1, "every fact but the source has its line")
    }

    @Test(arguments: [
        ("empty.txt", Data(), "has no text"),
        ("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0xFF, 0xFE]), "is binary data"),
        (
            "welsh.txt",
            Data(
                String(repeating: "Mae’r cyngor wedi cyhoeddi y bydd gwasanaethau plant yn gwella yn fuan iawn. ", count: 4).utf8),
            "does not read as English"
        ),
        (
            "nobody.txt",
            Data(String(repeating: "The inspectors said children waited too long for help from social workers. ", count: 4).utf8),
            "names none of the known councils"
        ),
    ])
    func refusedInOneLine(_ name: String, _ bytes: Data, _ reason: String) throws {
        let path = try temporaryFolder() + "/" + name
        try bytes.write(to: URL(fileURLWithPath: path))
        let r = try run(brief, ["ingest", path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("brief: \(path): ") && r.stderr.contains(reason), "\(r.stderr)")
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func twoCouncilsAlikeAreListed() throws {
        let r = try run(brief, ["ingest", fixtures + "/two-councils.txt", "--data", fixtures + "/councils"])
        #expect(r.status == 1)
        #expect(
            r.stderr.contains("names several councils about equally (") && r.stderr.contains("Harrowdene (")
                && r.stderr.contains("Northby ("), "\(r.stderr)")
    }

    @Test func aTenMegabyteFileIsRefusedUnread() throws {
        let path = try temporaryFolder() + "/huge.txt"
        let line = Data("Wakefield council said the inspectors were right about the service and it would act.\n".utf8)
        var data = Data()
        while data.count < 10 << 20 { data.append(line) }
        try data.write(to: URL(fileURLWithPath: path))
        let r = try run(brief, ["ingest", path])
        #expect(r.status == 1)
        #expect(
            r.stderr.hasPrefix("brief: \(path): is 10,485,") && r.stderr.contains("expected at most 4,194,304"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
