import BriefTestSupport
import BriefingModel
import Foundation
import Testing

@testable import BriefingData

/// The shipped snapshot (Data/national): it holds what the raw dataset gives, and bad snapshots
/// are refused with one line naming the file, line and field.
@Suite struct NationalSnapshotTests {
    /// Every council's briefing from the snapshot equals its briefing from the raw dataset read
    /// directly (reports read from their texts): same grades, dates, quotes, improvements, sources.
    @Test func snapshotGivesTheBriefingsTheDatasetGives() throws {
        let curated = try CouncilStore.load(folder: TestPaths.data)
        let raw = BriefingAssembler(
            store: CouncilStore.merged(curated: curated, national: try NationalDataset.load(folder: TestPaths.ofsted)).0)
        let snap = BriefingAssembler(
            store: CouncilStore.merged(curated: curated, national: try NationalSnapshot.load(folder: TestPaths.national)).0)
        #expect(snap.store.councils.count == 153)
        #expect(raw.store.councils.map(\.slug) == snap.store.councils.map(\.slug))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var differing: [String] = []
        for (a, b) in zip(raw.store.councils, snap.store.councils) {
            let x = try encoder.encode(raw.briefing(for: a))
            let y = try encoder.encode(snap.briefing(for: b))
            if x != y { differing.append(a.slug) }
        }
        #expect(differing.isEmpty, "briefings differ: \(differing.prefix(10))")
    }

    @Test func fieldsRoundTripWithTabsLineBreaksAndBackslashes() throws {
        let rows = [["a\tb", "line one\nline two", #"back\slash \t"#], ["", "plain", "“curly” – dash"]]
        let text = TSV.text(columns: ["x", "y", "z"], rows: rows)
        #expect(text.split(separator: "\n").count == 3)
        let read = try TSV.rows(Array(text.utf8), file: "made-up.tsv", columns: ["x", "y", "z"])
        #expect(read.map(\.fields) == rows)
        #expect(read.map(\.line) == [2, 3])
    }

    /// A copy of the snapshot with `file` replaced by `edit` of it: the error loading and
    /// checking it gives (`brief check`; loading alone leaves the findings' lines until a page asks).
    private func loadError(_ file: String, _ edit: (String) -> String) throws -> String {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["councils.tsv", "inspections.tsv", "findings.tsv"] {
            var text = try String(contentsOfFile: TestPaths.national + "/" + name, encoding: .utf8)
            if name == file { text = edit(text) }
            try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        do {
            _ = try NationalSnapshot.check(folder: dir)
            return ""
        } catch {
            return error.description.replacingOccurrences(of: dir + "/", with: "")
        }
    }

    @Test func badSnapshotsAreRefusedWithOneLine() throws {
        // A line cut short, as a torn write would leave it.
        let cut = try loadError("inspections.tsv") { t in String(t.prefix(t.count / 2)) }
        #expect(cut.hasPrefix("inspections.tsv:"), "\(cut)")
        #expect(cut.contains("fields; expected 17"), "\(cut)")
        // Cut at a line break: the councils' counts of inspections say so.
        let lineCut = try loadError("inspections.tsv") { t in t.split(separator: "\n").dropLast(1).joined(separator: "\n") + "\n"
        }
        #expect(lineCut.hasPrefix("councils.tsv:") && lineCut.contains(": inspections: '"), "\(lineCut)")
        let councilsCut = try loadError("councils.tsv") { t in t.split(separator: "\n").dropLast(1).joined(separator: "\n") + "\n"
        }
        #expect(councilsCut.contains("is in no line of councils.tsv"), "\(councilsCut)")
        let grade = try loadError("inspections.tsv") { $0.replacingOccurrences(of: "\tinadequate\t", with: "\tdire\t") }
        #expect(grade.contains("'dire' is not a grade; expected outstanding, good, requires improvement"), "\(grade)")
        let date = try loadError("inspections.tsv") { $0.replacingOccurrences(of: "\t2018-07-17\t", with: "\t17/07/2018\t") }
        #expect(date.contains("'17/07/2018' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"), "\(date)")
        let kind = try loadError("findings.tsv") { $0.replacingOccurrences(of: "\tverdict\t", with: "\tgossip\t") }
        #expect(kind.hasPrefix("findings.tsv:2: kind: 'gossip' is not a kind of finding"), "\(kind)")
        let header = try loadError("councils.tsv") { "name\turn\n" + $0.drop { $0 != "\n" }.dropFirst() }
        #expect(header.hasPrefix("councils.tsv:1: header is 'name urn'; expected 'urn slug ons_code"), "\(header)")
        let orphan = try loadError("councils.tsv") { $0 + "99999\tnowhere\tE0\tNowhere\t\t\t\t1\n" }
        #expect(orphan.contains(": urn: '99999' has no inspection in inspections.tsv"), "\(orphan)")
        for message in [cut, lineCut, councilsCut, grade, date, kind, header, orphan] { #expect(!message.contains("\n")) }
        #expect(throws: DataError.self) { try NationalSnapshot.load(folder: "/nonexistent/brief-national") }
        #expect(try loadError("findings.tsv") { $0 }.isEmpty)
        let fields = try loadError("findings.tsv") { $0.replacingOccurrences(of: "\tverdict\t", with: "\tverdict ") }
        #expect(fields.hasPrefix("findings.tsv:2: has 3 fields; expected 4 (urn, published, kind, text)"), "\(fields)")
        let stranger = try loadError("findings.tsv") { $0 + "99999\t2020-01-01\tverdict\tMade up.\n" }
        #expect(stranger.contains(": published: '99999 2020-01-01' is not a report read in inspections.tsv"), "\(stranger)")
    }
}

/// A raw dataset folder that is damaged is refused with one line naming the file and line,
/// never published as a partial picture (issue 15, point 4). Copies of the real tables, damaged here.
@Suite struct DamagedDatasetTests {
    /// The error loading a copy of the dataset's two tables with `file` changed by `edit`.
    private func loadError(_ file: String, _ edit: (Data) -> Data) throws -> String {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["inspections.csv", "local-authorities.csv"] {
            var data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.ofsted + "/" + name))
            if name == file { data = edit(data) }
            try data.write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        do {
            _ = try NationalDataset.load(folder: dir)
            return ""
        } catch {
            return error.description.replacingOccurrences(of: dir + "/", with: "")
        }
    }

    private func lines(_ data: Data) -> [Data] { data.split(separator: 0x0A, omittingEmptySubsequences: false) }
    private func joined(_ lines: [Data]) -> Data { Data(lines.joined(separator: [0x0A])) }

    @Test func damageIsOneLineNamingTheFile() throws {
        #expect(try loadError("") { $0 }.isEmpty)
        let midLine = try loadError("inspections.csv") { $0.prefix($0.count / 2) }
        #expect(midLine.hasPrefix("inspections.csv:") && midLine.contains("ends in the middle of a line"), "\(midLine)")
        let lineBreak = try loadError("inspections.csv") { joined(Array(lines($0).prefix(300))) + Data([0x0A]) }
        #expect(lineBreak.hasPrefix("inspections.csv: urn: has no inspection of ") && lineBreak.contains("more"), "\(lineBreak)")
        let shortRow = try loadError("inspections.csv") { d in
            var l = lines(d)
            l[5] = Data(String(decoding: l[5], as: UTF8.self).split(separator: ",").prefix(9).joined(separator: ",").utf8)
            return joined(l)
        }
        #expect(shortRow.hasPrefix("inspections.csv:6: has 9 fields; expected 23"), "\(shortRow)")
        let latin1 = try loadError("local-authorities.csv") { d in
            var l = lines(d)
            l[9] = l[9] + Data([0xE9])
            return joined(l)
        }
        #expect(latin1 == "local-authorities.csv:10: is not valid UTF-8; expected UTF-8 text", "\(latin1)")
        let twice = try loadError("local-authorities.csv") { d in
            var l = lines(d)
            let leeds = try! #require(l.firstIndex { String(decoding: $0, as: UTF8.self).contains(",Leeds,") })
            l[leeds] = Data(
                String(decoding: l[leeds], as: UTF8.self).replacingOccurrences(of: ",Leeds,", with: ",Wakefield,").utf8)
            return joined(l)
        }
        #expect(
            twice.contains("local_authority_ons_name: 'Wakefield' gives the slug 'wakefield', as 'Wakefield' does"), "\(twice)")
        for message in [midLine, lineBreak, shortRow, latin1, twice] { #expect(!message.contains("\n")) }
    }
}
