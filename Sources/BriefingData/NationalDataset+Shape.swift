import BriefingModel
import Foundation

/// Checks that a raw dataset folder has the shape it should, so that a damaged one is refused
/// with one line instead of publishing a partial picture: every current council inspected, and
/// no two councils under one slug. (Rows with the wrong number of fields and text that is not
/// UTF-8 are refused where the tables are read.)
extension NationalDataset {
    /// Throws naming the first council the lookup lists with statistical neighbours (a council
    /// that exists now; the three that no longer exist have none) that inspections.csv has no
    /// inspection of: the table is cut short, or rows are missing.
    static func checkEveryCouncilInspected(
        _ las: CSVTable, urn: Int, name: Int, neighbours: Int, byURN: [String: [Inspection]],
        files: (lookup: String, inspections: String)
    ) throws(DataError) {
        let missing = zip(las.rows, las.lines).filter { row, _ in
            !row[neighbours].trimmingCharacters(in: .whitespaces).isEmpty && byURN[row[urn]] == nil
        }
        guard let (row, line) = missing.first else { return }
        let others = missing.count > 1 ? " (and \(missing.count - 1) more)" : ""
        throw .invalid(
            file: files.inspections, line: nil, field: "urn",
            message:
                "has no inspection of \(row[name]) (urn \(row[urn]), \((files.lookup as NSString).lastPathComponent) line \(line))\(others); expected every council that exists now (is the file cut short?)"
        )
    }

    /// Throws when `name` gives no slug, or the slug of a council already in `councils`: two
    /// councils, one file.
    static func checkSlug(of name: String, line: Int, among councils: [Council], file: String) throws(DataError) {
        let s = slug(name)
        if s.isEmpty {
            throw .invalid(
                file: file, line: line, field: "local_authority_ons_name",
                message: "'\(name)' gives no slug; expected a name with letters or digits")
        }
        guard let other = councils.first(where: { $0.slug == s }) else { return }
        throw .invalid(
            file: file, line: line, field: "local_authority_ons_name",
            message: "'\(name)' gives the slug '\(s)', as '\(other.name)' does; expected every council's name to give its own")
    }
}
