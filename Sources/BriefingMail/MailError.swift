/// A problem building or addressing a message, worded for a person.
public enum MailError: Error, CustomStringConvertible, Equatable {
    /// An address that is not `name@domain`.
    case address(field: String, value: String)
    /// A template that is missing or does not parse.
    case template(path: String, reason: String)

    public var description: String {
        switch self {
        case .address(let field, let value):
            "\(field) '\(value)' is not an email address; expected name@example.org."
        case .template(let path, let reason):
            "Mail template '\(path)' could not be used: \(reason)."
        }
    }
}
