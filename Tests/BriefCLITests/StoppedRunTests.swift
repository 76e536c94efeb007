import BriefTestSupport
import Foundation
import Testing

/// Issue 15, point 9: a killed `brief all` left `.NAME.tmp-PID` files in its folder for good.
/// The next run removes those of processes that are gone, and a run stopped by SIGTERM removes
/// its own before it exits.
/// Each test is bounded: a hang fails it (the limit allows for a loaded machine running the whole suite).
@Suite(.timeLimit(.minutes(5))) struct StoppedRunTests {
    let brief = TestPaths.brief

    @Test func theNextRunRemovesWhatAKilledRunLeft() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A process that has exited: its pid names no running process.
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/true")
        try dead.run()
        dead.waitUntilExit()
        let left = "\(dir)/.leeds.pdf.tmp-\(dead.processIdentifier)"
        let live = "\(dir)/.york.pdf.tmp-\(getpid())"  // this test's own process is running
        let other = "\(dir)/.notes.txt"
        for f in [left, live, other] { try "partial".write(toFile: f, atomically: false, encoding: .utf8) }
        let r = try run(brief, ["all", "wakefield", "--output", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("removed 1 temporary files a stopped run left in \(dir)"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: left))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(FileManager.default.fileExists(atPath: dir + "/wakefield.pdf"))
    }

    @Test func aRunStoppedBySIGTERMLeavesNoTemporaryFile() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: brief)
        p.arguments = ["all", "--output", dir]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Stop it once it is writing pages (at most 60 s of waiting, then it is stopped anyway).
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, p.isRunning,
            ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter({ $0.hasSuffix(".pdf") }).count < 3
        {
            usleep(20_000)
        }
        try #require(p.isRunning, "brief all finished before three pages were written")
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        #expect(p.terminationStatus == 128 + SIGTERM)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        #expect(names.filter { $0.contains(".tmp-") }.isEmpty, "\(names.filter { $0.contains(".tmp-") })")
        #expect(!names.contains("index.json"))
    }
}
