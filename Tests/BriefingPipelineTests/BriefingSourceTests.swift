import BriefTestSupport
import BriefingModel
import BriefingPipeline
import Foundation
import Testing

/// The one way every command finds councils and makes pages: lookup, errors, briefings, bytes.
@Suite struct BriefingSourceTests {
    static let source: BriefingSource = try! BriefingSource(
        SourceLocations(
            data: TestPaths.data, templates: TestPaths.templates, national: SourceLocations.noNational, environment: [:]))

    /// With no flags and no environment, the snapshot brief ships: 153 councils.
    @Test func theSnapshotIsTheDefault() throws {
        let locations = SourceLocations(environment: ["BRIEF_ROOT": TestPaths.root])
        #expect(locations.national == TestPaths.national && locations.ofsted == nil)
        let source = try BriefingSource(locations)
        #expect(source.store.councils.count == 153 && source.store.national)
        #expect(SourceLocations(national: "none", environment: [:]).national == nil)
    }

    @Test func findsCouncilsLooselyAndSuggestsOnATypo() throws {
        #expect(try Self.source.council(named: "ST HELENS").slug == "st-helens")
        let error = #expect(throws: PipelineError.self) { try Self.source.council(named: "wakefeld") }
        #expect(error?.description == "Unknown council 'wakefeld'. Did you mean 'wakefield'?")
        #expect(error?.isUsage == true)
    }

    @Test func anUnknownRegionNamesTheKnownOnes() {
        let error = #expect(throws: PipelineError.self) { try Self.source.councils(named: [], region: "Atlantis") }
        #expect(error?.description.hasPrefix("Unknown region 'Atlantis'; expected one of: ") == true)
        #expect(error?.isUsage == true)
    }

    @Test func briefingsComeBackInOrderFromThePool() {
        let councils = Self.source.store.councils
        let briefings = Self.source.briefings(for: councils)
        #expect(briefings.map(\.council.slug) == councils.map(\.slug))
        #expect(briefings.allSatisfy { $0.national == nil })  // no national data loaded
    }

    @Test func aFixedDateWinsOverTheDataAndTheBytesRepeat() throws {
        let exporter = try Self.source.exporter()
        let b = Self.source.briefing(for: try Self.source.council(named: "wakefield"))
        let fixed = DocumentDate(seconds: 981_158_400)
        let pdf = try exporter.pdf(for: b, fixed: fixed)
        #expect(pdf == (try exporter.pdf(for: b, date: "2001-02-03T00:00:00Z")))
        #expect(pdf != (try exporter.pdf(for: b, fixed: nil)))
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func writingNamesTheFileAndLeavesNothingHalfWritten() throws {
        let folder = try temporaryFolder()
        let error = #expect(throws: PipelineError.self) {
            try PipelineError.writing { () throws(ModelError) in try AtomicFile.write([1, 2, 3], to: folder + "/missing/x.pdf") }
        }
        #expect(error?.description.hasPrefix("Could not write '\(folder)/missing/x.pdf': ") == true)
        #expect(error?.isUsage == false)
        try PipelineError.writing { () throws(ModelError) in try AtomicFile.write([1, 2, 3], to: folder + "/x.pdf") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["x.pdf"])
    }
}
