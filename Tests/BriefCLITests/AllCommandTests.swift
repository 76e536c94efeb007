import BriefTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `brief all` end to end over the national data: 153 one-page PDFs, a manifest, and the facts on each page.
@Suite(.serialized) struct AllCommandTests {
    let brief = TestPaths.brief
    let env = ["BRIEF_OFSTED_DATA": TestPaths.ofsted]

    struct Entry: Decodable {
        var slug: String
        var name: String
        var latest_grade: String?
        var date: String?
        var file: String
        var bytes: Int
        var sha256: String
    }

    @Test func listShowsAllCouncils() throws {
        let r = try run(brief, ["list", "--json"], environment: env)
        let rows = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [[String: Any]])
        #expect(rows.count == 153)
    }

    @Test func rendersEveryCouncilWithAManifest() throws {
        let dir = try temporaryFolder()
        let r = try run(brief, ["all", "--output", dir, "--jobs", "2"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText.hasPrefix("Rendered 153 of 153 councils into \(dir)"))
        #expect(r.stderr.isEmpty, "no progress bar when standard error is not a terminal")
        let manifest = try JSONDecoder().decode(
            [Entry].self, from: try #require(FileManager.default.contents(atPath: dir + "/index.json")))
        #expect(manifest.count == 153)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".pdf") }
        #expect(files.count == 153)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy { !$0.hasPrefix(".") }, "no temporary files")

        // Checksums and sizes match the files (sha256sum, not our own code).
        let sums = try run("sha256sum", manifest.map { dir + "/" + $0.file }).stdoutText.split(separator: "\n")
        for (entry, line) in zip(manifest, sums) {
            #expect(line.hasPrefix(entry.sha256), "\(entry.slug)")
            let size = try FileManager.default.attributesOfItem(atPath: dir + "/" + entry.file)[.size] as? Int
            #expect(size == entry.bytes)
        }

        // Every page, read with a PDF parser (qpdf): tagged, in English, its title shown, every
        // figure with alternative text; and every font embedded (pdffonts).
        for entry in manifest {
            let path = dir + "/" + entry.file
            let json = try run("qpdf", ["--json=1", "--json-key=objects", path]).stdout
            let objects = (try JSONSerialization.jsonObject(with: json) as? [String: Any])?["objects"] as? [String: Any] ?? [:]
            let dicts = objects.values.compactMap { $0 as? [String: Any] }
            let catalog = dicts.first { $0["/Type"] as? String == "/Catalog" } ?? [:]
            #expect(catalog["/Lang"] as? String == "en-GB", "\(entry.slug)")
            #expect((catalog["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool == true, "\(entry.slug)")
            #expect((catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool == true, "\(entry.slug)")
            #expect(catalog["/StructTreeRoot"] != nil, "\(entry.slug)")
            let figures = dicts.filter { $0["/S"] as? String == "/Figure" }
            #expect(!figures.isEmpty && figures.allSatisfy { !($0["/Alt"] as? String ?? "").isEmpty }, "\(entry.slug)")
            let roles = try run("pdfinfo", ["-struct", path]).stdoutText.split(separator: "\n").map {
                $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
            }
            #expect(
                roles.prefix(2) == ["Document", "H1"] && roles.filter { $0 == "H2" }.count >= 4,
                "\(entry.slug): one root, the council, then its sections")
            if let figure = roles.firstIndex(of: "Figure"), let quote = roles.firstIndex(of: "BlockQuote") {
                #expect(figure < quote, "\(entry.slug): the timeline comes before the quotes")
            }
            let fonts = try run("pdffonts", [path]).stdoutText.split(separator: "\n").dropFirst(2)
            #expect(
                fonts.allSatisfy { line in
                    let cols = line.split(separator: " ")
                    return cols.count >= 5 && cols[cols.count - 5] == "yes"
                }, "\(entry.slug)")
        }

        // Every page: one page, and its text holds the latest grade and every inspection year.
        let truth = try csvTruth()
        for entry in manifest {
            let path = dir + "/" + entry.file
            #expect(try run("pdfinfo", [path]).stdoutText.contains("Pages:           1"), "\(entry.slug)")
            let text = try run("pdftotext", [path, "-"]).stdoutText
            // No date is split across lines ("22 April / 2024", "5 / December 2022").
            let months = "(January|February|March|April|May|June|July|August|September|October|November|December)"
            let split = text.range(of: #"\b\d{1,2}\n"# + months + #"\b|\b"# + months + #"\n\d{4}\b"#, options: .regularExpression)
            #expect(split == nil, "\(entry.slug): \(split.map { String(text[$0]) } ?? "")")
            let t = try #require(truth[entry.slug])
            #expect(entry.latest_grade == t.grade, "\(entry.slug)")
            if let g = t.grade {
                #expect(text.contains(g.prefix(1).uppercased() + g.dropFirst()), "\(entry.slug): grade \(g)")
                #expect(text.contains("OVERALL EFFECTIVENESS"), "\(entry.slug)")
            } else if !t.judgements.isEmpty {
                // Judgements and no overall grade (2026 rules): the banner leads with the judgements,
                // and no older overall grade is the headline.
                #expect(!text.contains("OVERALL EFFECTIVENESS"), "\(entry.slug)")
                #expect(text.contains("OFSTED’S JUDGEMENTS"), "\(entry.slug)")
                #expect(text.contains("Ofsted gives no overall effectiveness grade"), "\(entry.slug)")
                for g in Set(t.judgements) {
                    #expect(text.contains(g.prefix(1).uppercased() + g.dropFirst()), "\(entry.slug): judgement \(g)")
                }
            }
            for year in t.years { #expect(text.contains(String(year)), "\(entry.slug): year \(year)") }
            // Nothing cut: the fit policy shows whole quotes and items.
            #expect(!text.contains("…") && !text.contains("..."), "\(entry.slug): text cut")
        }
    }

    @Test func subsetsByNameAndRegion() throws {
        let dir = try temporaryFolder()
        #expect(try run(brief, ["all", "wakefield", "Leeds", "--output", dir], environment: env).status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["index.json", "leeds.pdf", "wakefield.pdf"])
        let nw = try temporaryFolder()
        let r = try run(brief, ["all", "--region", "North West", "--output", nw], environment: env)
        #expect(r.status == 0)
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: nw).filter { $0.hasSuffix(".pdf") }
        let expected = Int(
            try run("python3", [TestPaths.support + "/councils_in_region.py", TestPaths.ofsted, "North West"]).stdoutText
                .trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(pdfs.count == expected)
        #expect(pdfs.contains("st-helens.pdf") && !pdfs.contains("wakefield.pdf"))
        let bad = try run(brief, ["all", "--region", "Atlantis", "--output", nw], environment: env)
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("brief: Unknown region 'Atlantis'; expected one of: East Midlands, East of England"))
    }

    @Test func progressBarOnlyOnATerminal() throws {
        var primary: Int32 = -1
        var replica: Int32 = -1
        #expect(openpty(&primary, &replica, nil, nil, nil) == 0)
        defer { close(primary) }
        let tty = FileHandle(fileDescriptor: replica, closeOnDealloc: true)
        let dir = try temporaryFolder()
        let r = try run(brief, ["all", "wakefield", "leeds", "--output", dir], environment: env, stderr: tty)
        #expect(r.status == 0)
        var buffer = [UInt8](repeating: 0, count: 8192)
        let n = read(primary, &buffer, buffer.count)
        let shown = String(decoding: buffer.prefix(max(0, n)), as: UTF8.self)
        #expect(shown.contains("2/2"))
        #expect(shown.contains("█"))
        #expect(shown.hasSuffix("\r\u{1B}[K"), "the bar is cleared before the summary")
    }

    @Test func oneFailureDoesNotStopTheOthers() throws {
        let dir = try temporaryFolder()
        // A folder where leeds.pdf should go makes that one council fail to write.
        try FileManager.default.createDirectory(atPath: dir + "/leeds.pdf/blocker", withIntermediateDirectories: true)
        let r = try run(brief, ["all", "wakefield", "leeds", "reading", "--output", dir], environment: env)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("brief: failed: leeds: Could not write"))
        #expect(r.stdoutText.contains("Rendered 2 of 3 councils"))
        #expect(r.stdoutText.contains("1 failed."))
        #expect(
            FileManager.default.fileExists(atPath: dir + "/wakefield.pdf")
                && FileManager.default.fileExists(atPath: dir + "/reading.pdf"))
    }

    /// Per slug: the CSV's latest graded overall grade and every inspection year (independent of brief's loader).
    func csvTruth() throws -> [String: (grade: String?, years: Set<Int>, judgements: [String])] {
        let r = try run("python3", [TestPaths.support + "/latest_grades_by_slug.py", TestPaths.ofsted])
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: [String: Any]])
        return json.mapValues {
            ($0["grade"] as? String, Set(($0["years"] as? [Int]) ?? []), ($0["judgements"] as? [String]) ?? [])
        }
    }
}

@Suite struct OverviewCommandTests {
    @Test func onePageForEngland() throws {
        let dir = try temporaryFolder()
        let r = try run(TestPaths.brief, ["overview", "-o", dir + "/england.pdf", "--ofsted", TestPaths.ofsted])
        #expect(r.status == 0, "\(r.stderr)")
        let info = try run("pdfinfo", [dir + "/england.pdf"]).stdoutText
        #expect(info.contains("Pages:           1") && info.contains("Tagged:          yes"))
        let text = try run("pdftotext", [dir + "/england.pdf", "-"]).stdoutText
        for fact in ["England", "153 councils", "MOST RECENT IMPROVEMENTS", "Yorkshire and the Humber", "Outstanding"] {
            #expect(text.contains(fact), "missing \(fact)")
        }
    }

    @Test func needsTheNationalData() throws {
        try? FileManager.default.removeItem(atPath: "/tmp/never.pdf")
        let r = try run(TestPaths.brief, ["overview", "--national", "none", "-o", "/tmp/never.pdf"])
        #expect(r.status == 64)
        #expect(r.stderr == "brief: brief overview needs the national data: leave out --national none, or pass --ofsted DIR.\n")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.pdf"))
    }
}
