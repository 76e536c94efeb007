import Foundation

/// Where and how to deliver: from `smtp://user:pass@host:587` (STARTTLS), `smtps://host:465`
/// (TLS from the start), or plain text only when explicitly allowed.
public struct SMTPConfiguration: Sendable, Equatable {
    /// How the connection is protected.
    public enum Security: Sendable, Equatable {
        case startTLS, implicitTLS, plain
    }

    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    public var security: Security
    /// A PEM file of certificate authorities to trust instead of the system's.
    public var caFile: String?
    /// The name this client gives in EHLO.
    public var clientName: String

    /// Parses `url`; `allowPlain` is the explicit flag without which plain text is refused.
    public init(url: String, allowPlain: Bool = false, caFile: String? = nil, clientName: String = "brief.localdomain")
        throws(MailError)
    {
        guard let u = URLComponents(string: url), let scheme = u.scheme?.lowercased(), let host = u.host, !host.isEmpty else {
            throw .smtpURL(url: url, reason: "expected smtp://user:pass@host:587 or smtps://host:465")
        }
        switch scheme {
        case "smtp": security = allowPlain ? .plain : .startTLS
        case "smtps": security = .implicitTLS
        default: throw .smtpURL(url: url, reason: "the scheme must be smtp or smtps")
        }
        self.host = host
        port = u.port ?? (scheme == "smtps" ? 465 : 587)
        username = u.user?.removingPercentEncoding
        password = u.password?.removingPercentEncoding
        self.caFile = caFile
        self.clientName = clientName
    }
}
