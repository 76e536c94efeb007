import BriefTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built `brief` executable, end to end: exit statuses, messages, files and refusals.
@Suite struct CLITests {
    let brief = TestPaths.brief

    @Test func rendersWakefieldToStandardOutput() throws {
        let r = try run(brief, ["wakefield"])
        #expect(r.status == 0)
        #expect(r.stdout.starts(with: Data("%PDF-".utf8)))
        #expect(r.stderr.isEmpty, "\(r.stderr)")
    }

    @Test(arguments: ["St Helens", "st-helens", "sthelens", "ST HELENS", "St. Helens"])
    func findsCouncilsLoosely(_ name: String) throws {
        let r = try run(brief, [name])
        #expect(r.status == 0, "\(name): \(r.stderr)")
        #expect(r.stdout.starts(with: Data("%PDF-".utf8)))
    }

    @Test func unknownCouncilSuggestsAndExits64() throws {
        let r = try run(brief, ["wakefeld"])
        #expect(r.status == 64)
        #expect(r.stderr == "brief: Unknown council 'wakefeld'. Did you mean 'wakefield'?\n")
        #expect(r.stdout.isEmpty)
    }

    @Test func unknownCouncilWithoutNeighbourSaysSo() throws {
        let r = try run(brief, ["atlantis"])
        #expect(r.status == 64)
        #expect(r.stderr == "brief: Unknown council 'atlantis'.\n")
    }

    @Test func refusesToWritePDFToATerminal() throws {
        var primary: Int32 = -1
        var replica: Int32 = -1
        #expect(openpty(&primary, &replica, nil, nil, nil) == 0)
        defer { close(primary) }
        let tty = FileHandle(fileDescriptor: replica, closeOnDealloc: true)
        let r = try run(brief, ["wakefield"], stdout: tty)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("brief: Refusing to write a PDF to a terminal;"))
        #expect(r.stderr.contains("-o FILE"))
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func writesAFileAtomically() throws {
        let dir = try temporaryFolder()
        let out = dir + "/w.pdf"
        try "old".write(toFile: out, atomically: true, encoding: .utf8)
        let r = try run(brief, ["wakefield", "-o", out])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        let bytes = try #require(FileManager.default.contents(atPath: out))
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["w.pdf"], "no temporary file left behind")
    }

    @Test func unwritableOutputIsOneLineAndNoFile() throws {
        let r = try run(brief, ["wakefield", "-o", "/nonexistent-dir/w.pdf"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("brief: Could not write '/nonexistent-dir/w.pdf'"))
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func letterPaper() throws {
        let dir = try temporaryFolder()
        #expect(try run(brief, ["reading", "--paper", "letter", "-o", dir + "/r.pdf"]).status == 0)
        #expect(try run("pdfinfo", [dir + "/r.pdf"]).stdoutText.contains("612 x 792 pts (letter)"))
    }

    @Test func sameBytesEveryRunAndSourceDateEpochIsHonoured() throws {
        let a = try run(brief, ["sandwell"]).stdout
        let b = try run(brief, ["sandwell"]).stdout
        #expect(a == b)
        let c = try run(brief, ["sandwell"], environment: ["SOURCE_DATE_EPOCH": "1531785600"])
        #expect(c.stdout != a)
        #expect(String(decoding: c.stdout, as: UTF8.self).contains("/CreationDate (20180717000000Z)"))
        let bad = try run(brief, ["sandwell"], environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("SOURCE_DATE_EPOCH 'yesterday'"))
    }

    /// By default the shipped snapshot: all 153 councils, each with its latest inspection.
    @Test func listShowsCouncilsWithGrades() throws {
        let r = try run(brief, ["list"])
        #expect(r.status == 0)
        let lines = r.stdoutText.split(separator: "\n")
        #expect(lines.count == 154)
        #expect(lines.contains { $0.hasPrefix("wakefield") && $0.contains("good") && $0.hasSuffix("2025-03-24") })
        #expect(lines.contains { $0.hasPrefix("sandwell") && $0.contains("good") && $0.hasSuffix("2025-10-13") })
    }

    /// `--national none`: the curated records alone, as the seed articles tell them.
    @Test func listOfTheCuratedRecordsAlone() throws {
        let r = try run(brief, ["list", "--national", "none"])
        #expect(r.status == 0)
        let lines = r.stdoutText.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.contains { $0.hasPrefix("wakefield") && $0.contains("inadequate") && $0.hasSuffix("2018") })
        #expect(lines.contains { $0.hasPrefix("sandwell") && $0.contains("inadequate") && $0.hasSuffix("-") })
    }

    @Test func listAsJSON() throws {
        let r = try run(brief, ["list", "--json", "--national", "none"])
        let rows = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        #expect(rows.count == 5)
        let w = try #require(rows.first { $0["slug"] as? String == "wakefield" })
        #expect(w["name"] as? String == "Wakefield")
        #expect(w["latest_grade"] as? String == "inadequate")
        #expect(w["date"] as? String == "2018")
    }

    @Test func checkPassesOnCuratedData() throws {
        let r = try run(brief, ["check"])
        #expect(r.status == 0)
        #expect(r.stdoutText.hasSuffix("5 records, 0 problems.\n"))
    }

    /// A made-up broken record: one line with file, line and field, never a crash or a stack trace.
    @Test func malformedDataIsOneLineWithFileLineField() throws {
        let dir = try temporaryFolder()
        try FileManager.default.copyItem(atPath: TestPaths.fixture("malformed/broken.yaml"), toPath: dir + "/broken.yaml")
        let r = try run(brief, ["broken", "--data", dir])
        #expect(r.status == 1)
        #expect(
            r.stderr
                == "brief: \(dir)/broken.yaml:6: funding[0].amount: has the wrong type; expected a whole number, not 'lots'\n")
        #expect(r.stdout.isEmpty)
        let check = try run(brief, ["check", "--data", dir])
        #expect(check.status == 1)
        #expect(check.stdoutText.contains("broken.yaml:6: funding[0].amount"))
    }

    @Test func missingDataFolder() throws {
        let r = try run(brief, ["wakefield", "--data", "/nonexistent/brief-data"])
        #expect(r.status == 1)
        #expect(
            r.stderr == "brief: Data folder '/nonexistent/brief-data' does not exist; expected a folder of <slug>.yaml records.\n"
        )
    }

    /// Templates without the TrueType Inter that scripts/fonts.py makes: Pango would set the page
    /// in DejaVu without a word, so brief refuses, in one line, and writes nothing.
    @Test func templatesWithoutInterIsOneLineAndNoFile() throws {
        let dir = try temporaryFolder()
        let templates = dir + "/Templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        for file in ["theme.json", "fonts.conf"] {
            try FileManager.default.copyItem(atPath: TestPaths.templates + "/" + file, toPath: templates + "/" + file)
        }
        let r = try run(brief, ["wakefield", "--templates", templates, "-o", dir + "/w.pdf"])
        #expect(r.status == 1)
        #expect(
            r.stderr
                == "brief: '\(templates)/fonts.conf' finds no 'Inter' font; expected the faces scripts/fonts.py makes (run scripts/setup.sh).\n"
        )
        #expect(!FileManager.default.fileExists(atPath: dir + "/w.pdf"))
    }

    @Test func worksFromAnotherDirectory() throws {
        let r = try run(brief, ["reading"], cwd: "/tmp")
        #expect(r.status == 0)
        #expect(r.stdout.starts(with: Data("%PDF-".utf8)))
    }
}
