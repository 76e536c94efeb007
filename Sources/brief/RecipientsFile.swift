import BriefingData
import BriefingMail
import BriefingModel
import Foundation

/// The mail-merge file: a CSV with columns council, name, email, role.
enum RecipientsFile {
    /// Each council named in `path` with its people, in the order the file first names them.
    static func load(_ path: String, store: CouncilStore, find: (String) throws -> Council) throws -> [(
        council: Council, to: [Address]
    )] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure("Could not read '\(path)'; expected a CSV with columns council, name, email, role.", code: 64)
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
            throw Failure("\(error)", code: 64)
        }
        var order: [String] = []
        var byCouncil: [String: (Council, [Address])] = [:]
        for (row, line) in zip(table.rows, table.lines) {
            let council: Council
            do {
                council = try find(row[columns.0])
            } catch let f as Failure {
                throw Failure("\(path):\(line): council: \(f.message)", code: 64)
            }
            let email = row[columns.2].trimmingCharacters(in: .whitespaces)
            guard let address = try? Address(parsing: email, field: "email") else {
                throw Failure("\(path):\(line): email: '\(email)' is not an email address; expected name@example.org.", code: 64)
            }
            let name = row[columns.1].trimmingCharacters(in: .whitespaces)
            if byCouncil[council.slug] == nil {
                order.append(council.slug)
                byCouncil[council.slug] = (council, [])
            }
            byCouncil[council.slug]!.1.append(Address(email: address.email, name: name.isEmpty ? nil : name))
        }
        return order.map { (byCouncil[$0]!.0, byCouncil[$0]!.1) }
    }
}
