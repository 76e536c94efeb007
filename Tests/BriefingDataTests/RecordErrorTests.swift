import BriefTestSupport
import Foundation
import Testing

@testable import BriefingData

/// Malformed records give one line naming the file, line and field. The records here are made up.
@Suite struct RecordErrorTests {
    let good = """
        slug: sample
        name: Sample
        sources:
          - id: s
            headline: "A made-up headline"
        inspections:
          - kind: full inspection
            date: "2016"
            grade: good
            source: s
        """

    func check(_ yaml: String) throws -> [DataError] {
        let dir = try temporaryFolder()
        let path = dir + "/sample.yaml"
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return try RecordLoader.check(path: path).1
    }

    @Test func goodRecordHasNoProblems() throws {
        #expect(try check(good).isEmpty)
    }

    /// Issue 15, point 9: `name: null` made a council named "null".
    @Test func nullValuesAreProblemsAndAQuotedNullIsText() throws {
        let errors = try check(
            good.replacingOccurrences(of: "name: Sample", with: "name: null").replacingOccurrences(
                of: "grade: good", with: "grade: ~"))
        #expect(
            errors.map(\.description).map { $0.components(separatedBy: "sample.yaml").last ?? "" } == [
                ":2: name: is null; expected a value (leave the field out if it is not known, or quote 'null' to mean the word)",
                ":9: inspections[0].grade: is null; expected a value (leave the field out if it is not known, or quote 'null' to mean the word)",
            ])
        #expect(try check(good.replacingOccurrences(of: "name: Sample", with: "name: 'null'")).isEmpty)
    }

    @Test func unknownGradeNamesLineFieldAndChoices() throws {
        let errors = try check(good.replacingOccurrences(of: "grade: good", with: "grade: excellent"))
        let text = try #require(errors.first).description
        #expect(
            text.hasSuffix(
                "sample.yaml:9: inspections[0].grade: 'excellent' is not allowed; expected one of: outstanding, good, requires improvement, adequate, inadequate"
            ))
    }

    @Test func badDateNamesTheValue() throws {
        let errors = try check(good.replacingOccurrences(of: "\"2016\"", with: "\"June 2016\""))
        let text = try #require(errors.first).description
        #expect(text.contains("sample.yaml:8: inspections[0].date"))
        #expect(text.contains("'June 2016' is not a date"))
    }

    @Test func missingKeyIsReported() throws {
        let errors = try check(good.replacingOccurrences(of: "\n    source: s", with: ""))
        let text = try #require(errors.first).description
        #expect(text.contains("inspections[0].source: is missing"))
    }

    @Test func unknownSourceIsReportedWithItsLine() throws {
        let errors = try check(good.replacingOccurrences(of: "    source: s", with: "    source: elsewhere"))
        let text = try #require(errors.first).description
        #expect(text.contains("sample.yaml:10: inspections[0].source: 'elsewhere' is not one of this record's sources"))
    }

    @Test func yamlSyntaxErrorHasALine() throws {
        let errors = try check(good + "\n  - kind: [unclosed\n")
        let text = try #require(errors.first).description
        #expect(text.contains("sample.yaml:"))
        #expect(text.contains("YAML syntax"))
        #expect(!text.contains("\n"))
    }

    @Test func slugMustMatchFileName() throws {
        let errors = try check(good.replacingOccurrences(of: "slug: sample", with: "slug: other"))
        #expect(errors.map(\.description).contains { $0.contains("sample.yaml:1: slug: 'other' does not match the file name") })
    }

    @Test func missingFolderIsOneSentence() {
        #expect(throws: DataError.self) { try CouncilStore.load(folder: "/nonexistent/brief") }
    }
}
