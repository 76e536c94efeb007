/// A problem with a council record or the data folder, worded for a person.
public enum DataError: Error, CustomStringConvertible, Equatable {
    /// A record is malformed or invalid: `file:line: field: what is wrong`.
    case invalid(file: String, line: Int?, field: String, message: String)
    /// The data folder is missing or unreadable.
    case folder(path: String, reason: String)
    /// A report's file could not be read as a report: `reason` says what it is and what was expected.
    case report(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalid(let file, let line, let field, let message):
            let at = line.map { "\(file):\($0)" } ?? file
            return field.isEmpty ? "\(at): \(message)" : "\(at): \(field): \(message)"
        case .folder(let path, let reason):
            return "Data folder '\(path)' \(reason)."
        case .report(let path, let reason):
            return "Report '\(path)' \(reason)."
        }
    }
}
