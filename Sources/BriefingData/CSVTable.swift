import Foundation

/// A CSV file read by RFC 4180's rules: quoted fields, doubled quotes, CRLF or LF, and a
/// byte-order mark, which local-authorities.csv has.
public struct CSVTable: Sendable {
    public let header: [String]
    /// Rows as read, each with a field per header column (missing trailing fields are empty).
    public let rows: [[String]]
    /// The 1-based line on which each row starts, for error messages.
    public let lines: [Int]
    /// How many fields each row had as written, before missing trailing ones were filled in.
    public let widths: [Int]

    /// Parses `text`; throws when a quoted field never closes.
    public init(text: String, file: String) throws(DataError) {
        var scanner = Scanner()
        let scalars = text.unicodeScalars
        for c in scalars.first == "\u{FEFF}" ? scalars.dropFirst() : scalars[...] { scanner.read(c) }
        let (records, starts) = try scanner.finish(file: file)
        guard let header = records.first else {
            throw .invalid(file: file, line: 1, field: "", message: "is empty; expected a header row")
        }
        self.header = header.map { $0.trimmingCharacters(in: .whitespaces) }
        let width = header.count
        self.rows = records.dropFirst().filter { !($0.count == 1 && $0[0].isEmpty) }.map { r in
            r.count >= width ? r : r + Array(repeating: "", count: width - r.count)
        }
        self.lines = Array(zip(records.dropFirst(), starts.dropFirst()).filter { !($0.0.count == 1 && $0.0[0].isEmpty) }.map(\.1))
        self.widths = records.dropFirst().filter { !($0.count == 1 && $0[0].isEmpty) }.map(\.count)
    }

    /// Throws naming the first row whose number of fields is not the header's: a file cut short
    /// in the middle of a line, or a row with a field too many.
    public func checkWidths(file: String) throws(DataError) {
        for (width, line) in zip(widths, lines) where width != header.count {
            throw .invalid(
                file: file, line: line, field: "",
                message: "has \(width) fields; expected \(header.count), as the header has (is the file cut short or damaged?)")
        }
    }

    /// The index of `column`, or an error naming the file and the column expected.
    public func column(_ column: String, file: String) throws(DataError) -> Int {
        guard let i = header.firstIndex(of: column) else {
            throw .invalid(file: file, line: 1, field: column, message: "column is missing from the header")
        }
        return i
    }
}

extension CSVTable {
    /// RFC 4180's state machine, fed one scalar at a time: the records, and the line each starts on.
    private struct Scanner {
        private enum State {
            case unquoted
            case quoted
            /// A quote inside a quoted field: doubled, it is a quote; else it closed the field.
            case quoteInQuoted
        }

        private var state = State.unquoted
        private var records: [[String]] = []
        private var starts: [Int] = []
        private var record: [String] = []
        private var field = ""
        private var line = 1
        private var recordLine = 1

        mutating func read(_ c: Unicode.Scalar) {
            switch state {
            case .quoted:
                if c == "\"" {
                    state = .quoteInQuoted
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            case .quoteInQuoted:
                if c == "\"" {
                    field.unicodeScalars.append("\"")
                    state = .quoted
                } else {
                    state = .unquoted
                    readUnquoted(c)
                }
            case .unquoted:
                readUnquoted(c)
            }
        }

        private mutating func readUnquoted(_ c: Unicode.Scalar) {
            switch c {
            case "\"":
                state = .quoted
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

        /// The records read, with a last one that has no line break; throws when a quoted field never closes.
        mutating func finish(file: String) throws(DataError) -> (records: [[String]], starts: [Int]) {
            if state == .quoted {
                throw .invalid(file: file, line: recordLine, field: "", message: "a quoted field never closes")
            }
            if !field.isEmpty || !record.isEmpty {
                record.append(field)
                records.append(record)
                starts.append(recordLine)
            }
            return (records, starts)
        }
    }
}
