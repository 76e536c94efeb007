import BriefTestSupport
import BriefingModel
import Foundation
import Testing

/// Issue 15, point 9: a 10 MB quote in a record took 17.5 s and 990 MB to load, a 50 MB
/// one-line report 25 s and 455 MB to read. Files past their kind's bound are refused in one
/// line before they are read. Every file here is made up.
/// Each test is bounded: a hang fails it (the limit allows for a loaded machine running the whole suite).
@Suite(.timeLimit(.minutes(5))) struct LargeFileTests {
    let brief = TestPaths.brief

    @Test func aRecordOverOneMebibyteIsOneLine() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let record = """
            # MADE-UP TEST FIXTURE: not a real council.
            slug: huge
            name: Huge Made-up
            sources: [{id: s, headline: Made-up, date: "2025"}]
            quotes: [{text: "\(String(repeating: "word ", count: 2_200_000))", voice: council, role: leader, source: s}]

            """
        try record.write(toFile: dir + "/huge.yaml", atomically: true, encoding: .utf8)
        let size = Format.grouped(record.utf8.count)
        let r = try run(brief, ["check", "--data", dir, "--national", "none"])
        #expect(r.status == 1)
        // brief check lists problems on standard output, one line each, then its count.
        let out = String(decoding: r.stdout, as: UTF8.self)
        let problems = out.split(separator: "\n").filter { $0.contains("huge.yaml") }
        #expect(problems == ["\(dir)/huge.yaml: is \(size) bytes; expected at most 1,048,576"], "\(out)")
        #expect(out.hasSuffix("1 records, 1 problem.\n"), "\(out)")
    }

    @Test func aReportTextOverTwoMebibytesIsOneLine() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/one-line.txt"
        try Data(repeating: UInt8(ascii: "a"), count: 3 << 20).write(to: URL(fileURLWithPath: path))
        let r = try run(brief, ["extract", path])
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("one-line.txt' is 3,145,728 bytes; expected at most 2,097,152"), "\(r.stderr)")
    }

    @Test func aDeviceIsReadOnlyToTheBound() throws {
        let r = try run(brief, ["extract", "/dev/zero"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("is more than 33,554,432 bytes"), "\(r.stderr)")
    }

    /// Issue 15, point 8: `brief check` names text the fonts cannot draw, at its line.
    @Test func checkNamesTextTheFontsCannotDraw() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let record = """
            # MADE-UP TEST FIXTURE: not a real council.
            slug: made-up
            name: Made-up 中文 Borough
            sources: [{id: s, headline: Made-up, date: "2025"}]

            """
        try record.write(toFile: dir + "/made-up.yaml", atomically: true, encoding: .utf8)
        let r = try run(brief, ["check", "--data", dir, "--national", "none"])
        #expect(r.status == 1)
        let out = String(decoding: r.stdout, as: UTF8.self)
        #expect(
            out.contains("\(dir)/made-up.yaml:3: name: has characters brief's fonts cannot draw: U+4E2D (中), U+6587 (文);"),
            "\(out)")
    }
}
