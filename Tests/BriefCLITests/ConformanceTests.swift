import BriefTestSupport
import Foundation
import Testing

/// Every PDF brief writes is PDF/UA-1 and PDF/A-2a (issue 16, points 1 and 2), as page-validation
/// checks them, and outloud finds no error and no warning in it: the 153 national pages (the
/// curated five among them), the made-up adversarial fixtures and the overview; mail attachments
/// and the service's PDFs come from the same exporter. Two runs give the same bytes, and qpdf
/// finds no error.
@Suite(.timeLimit(.minutes(10))) struct ConformanceTests {
    let brief = TestPaths.brief

    @Test func everyPDFIsPDFUA1AndPDFA2a() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["SOURCE_DATE_EPOCH": "1700000000"]
        #expect(try run(brief, ["all", "--output", dir + "/national"], environment: env).status == 0)
        for slug in TestPaths.adversarial {
            let r = try run(brief, [slug, "--data", TestPaths.fixtures, "--national", "none", "-o", "\(dir)/\(slug).pdf"])
            #expect(r.status == 0, "\(slug): \(r.stderr)")
        }
        #expect(try run(brief, ["overview", "-o", dir + "/england.pdf"], environment: env).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/national").filter { $0.hasSuffix(".pdf") }
        #expect(names.count == 153)
        let files =
            names.map { dir + "/national/" + $0 } + TestPaths.adversarial.map { "\(dir)/\($0).pdf" } + [dir + "/england.pdf"]
        let r = try run("python3", [TestPaths.root + "/Tests/Support/validate_pdf.py"] + files)
        #expect(r.status == 0, "\(r.stdoutText)\(r.stderr)")
        #expect(r.stdoutText.hasSuffix("\(files.count) PDFs, 0 failed, 0 outloud warnings\n"), "\(r.stdoutText)")
        for file in files.prefix(10) + files.suffix(8) {
            let check = try run("qpdf", ["--check", file])
            #expect(check.status == 0 && check.stdoutText.contains("No syntax or stream encoding errors"), "\(file)")
        }
        // The same bytes from a second run.
        #expect(try run(brief, ["all", "wakefield", "liverpool", "--output", dir + "/again"], environment: env).status == 0)
        for name in ["wakefield.pdf", "liverpool.pdf"] {
            let a = FileManager.default.contents(atPath: dir + "/national/" + name)
            #expect(a != nil && a == FileManager.default.contents(atPath: dir + "/again/" + name), "\(name)")
        }
    }

    @Test func theValidatorCanFail() throws {
        // A PDF without the update (Cairo's, its artifacts marked) is neither PDF/UA nor PDF/A:
        // the check must say so, and outloud too. (ArtifactTests shows the marking itself.)
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let good = dir + "/w.pdf"
        #expect(try run(brief, ["wakefield", "-o", good]).status == 0)
        var bytes = try #require(FileManager.default.contents(atPath: good))
        // Cut the incremental update off: what remains is Cairo's own file.
        let eof = Data("%%EOF".utf8)
        let first = try #require(bytes.range(of: eof))
        bytes = bytes.prefix(upTo: first.upperBound) + Data("\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: dir + "/cairo.pdf"))
        let r = try run("python3", [TestPaths.root + "/Tests/Support/validate_pdf.py", dir + "/cairo.pdf"])
        #expect(r.status == 1)
        #expect(r.stdoutText.contains("1 PDFs, 1 failed"), "\(r.stdoutText)")
        #expect(r.stdoutText.contains("PDFUA1-ID-PART-001"), "\(r.stdoutText)")
        #expect(r.stdoutText.contains("PDFA2A-"), "\(r.stdoutText)")
        #expect(r.stdoutText.contains("outloud DOC-012"), "\(r.stdoutText)")
    }

    /// One Document root, and lists as PDF/UA-1 shapes them: each LI holds an LBody, and a
    /// bulleted item's marker is its Lbl (poppler's structure dump, with no syntax warning).
    @Test func structureHasOneRootAndWholeListItems() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try run(brief, ["wakefield", "-o", dir + "/w.pdf"]).status == 0)
        let r = try run("pdfinfo", ["-struct", dir + "/w.pdf"])
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let lines = r.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.first == "Document")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") }, "one root")
        let depth = { (line: String) in line.prefix { $0 == " " }.count }
        var items = 0
        var labelled = 0
        for (i, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces).hasPrefix("LI") {
            items += 1
            let children = lines[(i + 1)...].prefix { depth($0) > depth(line) }.filter { depth($0) == depth(line) + 2 }
            let names = children.map {
                $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
            }
            #expect(names.contains("LBody"), "LI without LBody: \(names)")
            #expect(names.allSatisfy { $0 == "Lbl" || $0 == "LBody" }, "\(names)")
            if names.contains("Lbl") { labelled += 1 }
        }
        #expect(items >= 10)
        #expect(labelled >= 7, "the improvements' bullets and the judgement history's squares")
    }

    /// What is tabular is a Table: the judgement history (Trafford's four areas, each heading its
    /// row) and the overview's regions (a row of column headers, and each region heading its row),
    /// each row a TR, its headers TH cells with their scope.
    @Test func tablesHaveHeaderCellsWithScopes() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try run(brief, ["trafford", "-o", dir + "/t.pdf"]).status == 0)
        #expect(try run(brief, ["overview", "-o", dir + "/e.pdf"]).status == 0)
        for (file, columns, rowHeaders) in [("t.pdf", 0, 4), ("e.pdf", 6, 9)] {
            let r = try run("pdfinfo", ["-struct", dir + "/" + file])
            let lines = r.stdoutText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(lines.filter { $0.hasPrefix("Table") }.count == 1, "\(file)")
            #expect(lines.filter { $0 == "/Scope /Column" }.count == columns, "\(file)")
            #expect(lines.filter { $0 == "/Scope /Row" }.count == rowHeaders, "\(file)")
            let rows = lines.filter { $0 == "TR" }.count
            #expect(rows >= 4, "\(file): \(rows) rows")
            #expect(lines.filter { $0.hasPrefix("TD") }.count >= rows, "\(file)")
        }
    }
}
