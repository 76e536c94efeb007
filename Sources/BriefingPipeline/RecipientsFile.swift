import BriefingData
import BriefingMail
import BriefingModel
import Foundation

/// The mail-merge file: a CSV with columns council, name, email, role.
public enum RecipientsFile {
    /// Each council named in `path` with its people, in the order the file first names them.
    public static func load(_ path: String, source: BriefingSource) throws(PipelineError) -> [(council: Council, to: [Address])] {
        let data: Data
        switch BoundedFile.read(path, limit: BoundedFile.table) {
        case .success(let d): data = d
        case .failure(.unreadable):
            throw .badFile("Could not read '\(path)'; expected a CSV with columns council, name, email, role.")
        case .failure(let f): throw .badFile("'\(path)' \(f.reason); expected a CSV with columns council, name, email, role.")
        }
        let table: CSVTable
        let columns: (Int, Int, Int)
        do {
            table = try CSVTable(text: String(decoding: data, as: UTF8.self), file: path)
            columns = (
                try table.column("council", file: path), try table.column("name", file: path),
                try table.column("email", file: path)
            )
        } catch {
            throw .badFile("\(error)")
        }
        var order: [String] = []
        var byCouncil: [String: (council: Council, to: [Address])] = [:]
        for (row, line) in zip(table.rows, table.lines) {
            let council: Council
            do {
                council = try source.council(named: row[columns.0])
            } catch {
                throw .badFile("\(path):\(line): council: \(error)")
            }
            let email = row[columns.2].trimmingCharacters(in: .whitespaces)
            guard let address = try? Address(parsing: email, field: "email") else {
                throw .badFile("\(path):\(line): email: '\(email)' is not an email address; expected name@example.org.")
            }
            let name = row[columns.1].trimmingCharacters(in: .whitespaces)
            if byCouncil[council.slug] == nil { order.append(council.slug) }
            byCouncil[council.slug, default: (council, [])].to.append(
                Address(email: address.email, name: name.isEmpty ? nil : name))
        }
        return order.compactMap { byCouncil[$0] }
    }
}
