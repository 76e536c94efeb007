import Foundation

/// A CSV file read by RFC 4180's rules: quoted fields, doubled quotes, CRLF or LF, and a
/// byte-order mark, which local-authorities.csv has.
public struct CSVTable: Sendable {
    public let header: [String]
    /// Rows as read, each with a field per header column (missing trailing fields are empty).
    public let rows: [[String]]
    /// The 1-based line on which each row starts, for error messages.
    public let lines: [Int]

    /// Parses `text`; throws when a quoted field never closes.
    public init(text: String, file: String) throws(DataError) {
        var records: [[String]] = []
        var starts: [Int] = []
        var field = ""
        var record: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        if let first = chars.next(), first != "\u{FEFF}" { pending = first }
        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return chars.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            inQuotes = false
                            pending = n
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                inQuotes = true
            case ",":
                record.append(field)
                field = ""
            case "\r":
                break
            case "\n":
                record.append(field)
                records.append(record)
                starts.append(recordLine)
                record = []
                field = ""
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes {
            throw .invalid(file: file, line: recordLine, field: "", message: "a quoted field never closes")
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
            starts.append(recordLine)
        }
        guard let header = records.first else {
            throw .invalid(file: file, line: 1, field: "", message: "is empty; expected a header row")
        }
        self.header = header.map { $0.trimmingCharacters(in: .whitespaces) }
        let width = header.count
        self.rows = records.dropFirst().filter { !($0.count == 1 && $0[0].isEmpty) }.map { r in
            r.count >= width ? r : r + Array(repeating: "", count: width - r.count)
        }
        self.lines = Array(zip(records.dropFirst(), starts.dropFirst()).filter { !($0.0.count == 1 && $0.0[0].isEmpty) }.map(\.1))
    }

    /// The index of `column`, or an error naming the file and the column expected.
    public func column(_ column: String, file: String) throws(DataError) -> Int {
        guard let i = header.firstIndex(of: column) else {
            throw .invalid(file: file, line: 1, field: column, message: "column is missing from the header")
        }
        return i
    }
}
