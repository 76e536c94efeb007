import BriefTestSupport
import BriefingModel
import Foundation
import Testing

/// Output a hostile or unlucky user gives brief (issue 15, points 1 and 6): a full disk or a
/// closed standard output is one line and exit 1, never a crash or a silent exit 0; `-o` writes
/// through symbolic links and into FIFOs instead of replacing them; sums past any budget are refused.
/// Each test is bounded: a hang fails it (the limit allows for a loaded machine running the whole suite).
@Suite(.timeLimit(.minutes(5))) struct HostileOutputTests {
    let brief = TestPaths.brief

    static let commands: [[String]] = [
        ["wakefield"], ["wakefield", "--format", "json"], ["wakefield", "--format", "html"], ["list"], ["list", "--json"],
        ["check"], ["mail", "wakefield", "--to", "a@example.org"],
    ]

    @Test(arguments: commands)
    func aFullDiskIsOneLineAndExit1(_ arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try run(brief, arguments, stdout: full)
        #expect(r.status == 1, "\(arguments): \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("brief: Could not write") && r.stderr.contains("standard output"), "\(r.stderr)")
    }

    @Test(arguments: commands)
    func aClosedStandardOutputIsOneLineAndExit1(_ arguments: [String]) throws {
        let r = try run("sh", ["-c", "exec \"$0\" \"$@\" >&-", brief] + arguments)
        #expect(r.status == 1, "\(arguments): \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("brief: Could not write") && r.stderr.contains("standard output"), "\(r.stderr)")
    }

    @Test func outputGoesThroughLinksAndIntoFIFOs() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try "old".write(toFile: dir + "/real.pdf", atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: dir + "/link.pdf", withDestinationPath: "real.pdf")
        try fm.createSymbolicLink(atPath: dir + "/dangling.pdf", withDestinationPath: "made.pdf")
        for link in ["link.pdf", "dangling.pdf"] {
            #expect(try run(brief, ["wakefield", "-o", dir + "/" + link]).status == 0)
            #expect(try fm.destinationOfSymbolicLink(atPath: dir + "/" + link).hasSuffix(".pdf"), "\(link) is no longer a link")
        }
        for file in ["real.pdf", "made.pdf"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + file)).starts(with: Data("%PDF-".utf8)), "\(file)")
        }
        // A FIFO stays a FIFO, and its reader gets the PDF.
        #expect(mkfifo(dir + "/fifo.pdf", 0o600) == 0)
        let reader = try run(
            "sh",
            [
                "-c", "cat '\(dir)/fifo.pdf' > '\(dir)/read.pdf' & \"$0\" wakefield -o '\(dir)/fifo.pdf'; s=$?; wait; exit $s",
                brief,
            ])
        #expect(reader.status == 0, "\(reader.stderr)")
        var info = stat()
        #expect(lstat(dir + "/fifo.pdf", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/read.pdf")).starts(with: Data("%PDF-".utf8)))
        // A folder is refused in one line, and left as it was.
        try fm.createDirectory(atPath: dir + "/folder.pdf", withIntermediateDirectories: false)
        let folder = try run(brief, ["wakefield", "-o", dir + "/folder.pdf"])
        #expect(
            folder.status == 1 && folder.stderr == "brief: Could not write '\(dir)/folder.pdf': it is a folder.\n",
            "\(folder.stderr)")
        #expect(try fm.contentsOfDirectory(atPath: dir + "/folder.pdf").isEmpty)
    }

    /// Made up: two funding lines of £9×10^18 once summed past Int64 and crashed `brief all`.
    @Test func sumsPastAnyBudgetAreRefused() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var record = try String(contentsOfFile: TestPaths.data + "/wakefield.yaml", encoding: .utf8)
        record = record.replacingOccurrences(of: "amount: 1000000\n", with: "amount: 9000000000000000000\n")
            .replacingOccurrences(of: "amount: 3500000\n", with: "amount: 9000000000000000000\n")
        try record.write(toFile: dir + "/wakefield.yaml", atomically: true, encoding: .utf8)
        let check = try run(brief, ["check", "--data", dir, "--national", "none"])
        #expect(check.status == 1)
        #expect(
            check.stdoutText.contains("wakefield.yaml:87: funding[0].amount: '9000000000000000000' is not a sum brief can show"))
        let all = try run(brief, ["all", "--data", dir, "--national", "none", "--output", dir + "/out"])
        #expect(all.status == 1 && all.stderr.split(separator: "\n").count == 1, "\(all.stderr)")
        // Past validation (a record built in code), the totals saturate instead of trapping.
        #expect(FundingLine.total([Int.max, Int.max]) == Int.max)
        #expect(FundingLine.total([1_000_000, 3_500_000]) == 4_500_000)
        #expect(Format.money(Int.min).hasPrefix("-£"))
    }
}
