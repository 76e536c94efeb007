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
        let grade = try loadError("inspections.tsv") { $0.replacingOccurrences(of: "\tinadequate\t", with: "\tdire\t") }
        #expect(grade.contains("'dire' is not a grade; expected outstanding, good, requires improvement"), "\(grade)")
        let date = try loadError("inspections.tsv") { $0.replacingOccurrences(of: "\t2018-07-17\t", with: "\t17/07/2018\t") }
        #expect(date.contains("'17/07/2018' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"), "\(date)")
        let kind = try loadError("findings.tsv") { $0.replacingOccurrences(of: "\tverdict\t", with: "\tgossip\t") }
        #expect(kind.hasPrefix("findings.tsv:2: kind: 'gossip' is not a kind of finding"), "\(kind)")
        let header = try loadError("councils.tsv") { "name\turn\n" + $0.drop { $0 != "\n" }.dropFirst() }
        #expect(header.hasPrefix("councils.tsv:1: header is 'name urn'; expected 'urn slug ons_code"), "\(header)")
        let orphan = try loadError("councils.tsv") { $0 + "99999\tnowhere\tE0\tNowhere\t\t\t\n" }
        #expect(orphan.contains(": urn: '99999' has no inspection in inspections.tsv"), "\(orphan)")
        for message in [cut, grade, date, kind, header, orphan] { #expect(!message.contains("\n")) }
        #expect(throws: DataError.self) { try NationalSnapshot.load(folder: "/nonexistent/brief-national") }
        #expect(try loadError("findings.tsv") { $0 }.isEmpty)
        let fields = try loadError("findings.tsv") { $0.replacingOccurrences(of: "\tverdict\t", with: "\tverdict ") }
        #expect(fields.hasPrefix("findings.tsv:2: has 3 fields; expected 4 (urn, published, kind, text)"), "\(fields)")
        let stranger = try loadError("findings.tsv") { $0 + "99999\t2020-01-01\tverdict\tMade up.\n" }
        #expect(stranger.contains(": published: '99999 2020-01-01' is not a report read in inspections.tsv"), "\(stranger)")
    }
}
