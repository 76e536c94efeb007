import Foundation

/// A problem building, addressing or sending a message, worded for a person.
public enum MailError: Error, CustomStringConvertible, Equatable {
    /// An address that is not `name@domain`.
    case address(field: String, value: String)
    /// A template that is missing or does not parse.
    case template(path: String, reason: String)
    /// An SMTP server address that cannot be used.
    case smtpURL(url: String, reason: String)
    /// The outbox folder or one of its files cannot be used.
    case outbox(path: String, reason: String)
    /// The recipients file is malformed.
    case recipients(file: String, line: Int, field: String, message: String)
    /// A folder for messages cannot be created; `reason` ends with its own full stop.
    case folder(path: String, reason: String)
    /// A message file cannot be written; `reason` ends with its own full stop.
    case file(path: String, reason: String)

    public var description: String {
        switch self {
        case .address(let field, let value):
            "\(field) '\(value)' is not an email address; expected name@example.org."
        case .template(let path, let reason):
            "Mail template '\(path)' could not be used: \(reason)."
        case .smtpURL(let url, let reason):
            "SMTP server '\(Self.redacted(url))' cannot be used: \(reason)."
        case .outbox(let path, let reason):
            "Outbox '\(path)' cannot be used: \(reason)."
        case .recipients(let file, let line, let field, let message):
            "\(file):\(line): \(field): \(message)"
        case .folder(let path, let reason):
            "Could not create '\(path)': \(reason)"
        case .file(let path, let reason):
            "Could not write '\(path)': \(reason)"
        }
    }

    /// The URL without its password, for messages.
    static func redacted(_ url: String) -> String {
        guard var u = URLComponents(string: url), u.password != nil else { return url }
        u.password = "***"
        return u.string ?? url
    }
}
