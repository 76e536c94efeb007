import Foundation

/// A mailbox: an address and, optionally, a display name (`Jane Doe <jane@example.org>`).
public struct Address: Sendable, Hashable {
    public var email: String
    public var name: String?

    /// Parses `jane@example.org` or `Jane Doe <jane@example.org>`; `field` names the option in errors.
    public init(parsing text: String, field: String) throws(MailError) {
        let t = text.trimmingCharacters(in: .whitespaces)
        var name: String?
        var email = t
        if t.hasSuffix(">"), let open = t.lastIndex(of: "<") {
            email = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
            let n = t[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            name = n.isEmpty ? nil : n
        }
        guard Self.isValid(email), name.map({ !Self.hasControl($0) }) ?? true else {
            throw .address(field: field, value: text)
        }
        self.email = email
        self.name = name
    }

    public init(email: String, name: String? = nil) {
        self.email = email
        self.name = name
    }

    /// One `@`, a local part and a dotted domain, nothing that could break a header or SMTP command.
    static func isValid(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
        else { return false }
        return !hasControl(email) && email.allSatisfy { $0.isASCII && !$0.isWhitespace && !"<>(),;:\\\"[]".contains($0) }
    }

    /// Whether `text` has a control character (C0, DEL or C1; line breaks among them), which a
    /// header or an SMTP command must never carry.
    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    /// The header form: `"Jane Doe" <jane@example.org>`, the name RFC 2047-encoded when not ASCII.
    public var header: String {
        guard let name else { return email }
        return HeaderEncoding.phrase(name) + " <" + email + ">"
    }
}
