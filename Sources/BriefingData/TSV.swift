import Foundation

/// Tab-separated text, as the shipped national snapshot writes it: a header row of column names,
/// then one row per line, every row with a field per column. Inside a field, a backslash, a tab
/// and a line break are written `\\`, `\t` and `\n`, so every record is one line and diffs read
/// line by line. Read byte by byte: the snapshot is loaded by every command.
enum TSV {
    /// The rows of `bytes` read from `file`, each as a field per name in `columns`, with the line
    /// each came from; throws naming the file and line when the header is not `columns` or a row
    /// has another number of fields.
    static func rows(_ bytes: [UInt8], file: String, columns: [String]) throws(DataError) -> [(line: Int, fields: [String])] {
        var out: [(line: Int, fields: [String])] = []
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            let fields = split(bytes[start..<end])
            start = end + 1
            if lineNumber == 1 {
                guard fields == columns else {
                    throw .invalid(
                        file: file, line: 1, field: "",
                        message: "header is '\(fields.joined(separator: " "))'; expected '\(columns.joined(separator: " "))'")
                }
                continue
            }
            guard fields.count == columns.count else {
                throw .invalid(
                    file: file, line: lineNumber, field: "",
                    message: "has \(fields.count) fields; expected \(columns.count) (\(columns.joined(separator: ", ")))")
            }
            out.append((lineNumber, fields))
        }
        if lineNumber == 0 { throw .invalid(file: file, line: nil, field: "", message: "is empty; expected a header row") }
        return out
    }

    /// One line's fields, escapes undone. Most fields have no escape and are decoded straight
    /// from the line's bytes.
    static func split(_ line: ArraySlice<UInt8>) -> [String] {
        var fields: [String] = []
        var start = line.startIndex
        while true {
            let end = line[start...].firstIndex(of: 0x09) ?? line.endIndex
            let field = line[start..<end]
            fields.append(field.contains(UInt8(ascii: "\\")) ? unescape(field) : String(decoding: field, as: UTF8.self))
            guard end < line.endIndex else { return fields }
            start = end + 1
        }
    }

    private static func unescape(_ field: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        var escaped = false
        for b in field {
            if escaped {
                out.append(b == UInt8(ascii: "t") ? 0x09 : b == UInt8(ascii: "n") ? 0x0A : b)
                escaped = false
            } else if b == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `rows` under a header of `columns`, each row a line, fields escaped.
    static func text(columns: [String], rows: [[String]]) -> String {
        var out = columns.joined(separator: "\t") + "\n"
        for row in rows { out += row.map(escape).joined(separator: "\t") + "\n" }
        return out
    }

    private static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return field }
        var out = ""
        for ch in field {
            switch ch {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }
}
