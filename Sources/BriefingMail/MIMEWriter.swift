import Foundation

/// Writes a ``MailMessage`` as RFC 5322 bytes: multipart/mixed holding multipart/alternative
/// (plain text, then HTML) and the attachment, with CRLF line endings and base64 lines of at
/// most 76 characters.
public struct MIMEWriter: Sendable {
    /// A seed for the two boundaries; tests inject one, so output can be compared byte for byte.
    public var boundarySeed: String

    public init(boundarySeed: String) {
        self.boundarySeed = boundarySeed
    }

    public func bytes(for m: MailMessage) -> [UInt8] {
        let mixed = "=_brief_mixed_" + boundarySeed
        let alternative = "=_brief_alt_" + boundarySeed
        var out: [String] = []
        out.append("From: " + m.from.header)
        out.append("To: " + m.to.map(\.header).joined(separator: ",\r\n "))
        if !m.cc.isEmpty { out.append("Cc: " + m.cc.map(\.header).joined(separator: ",\r\n ")) }
        out.append("Subject: " + HeaderEncoding.unstructured(m.subject))
        out.append("Date: " + Self.rfc5322Date(m.date))
        out.append("Message-ID: <" + HeaderEncoding.stripped(m.messageID) + ">")
        out.append("MIME-Version: 1.0")
        out.append("Content-Type: multipart/mixed; boundary=\"\(mixed)\"")
        out.append("")
        out.append("This is a message in MIME format.")
        out.append("--" + mixed)
        out.append("Content-Type: multipart/alternative; boundary=\"\(alternative)\"")
        out.append("")
        for (type, body) in [("text/plain", m.text), ("text/html", m.html)] {
            out.append("--" + alternative)
            out.append("Content-Type: \(type); charset=utf-8")
            out.append("Content-Transfer-Encoding: base64")
            out.append("")
            out += Self.base64Lines(Array(Self.crlf(body).utf8))
        }
        out.append("--" + alternative + "--")
        out.append("--" + mixed)
        let a = m.attachment
        out.append("Content-Type: \(a.contentType)")
        out.append("Content-Disposition: attachment; " + HeaderEncoding.filenameParameter(a.filename))
        out.append("Content-Transfer-Encoding: base64")
        out.append("")
        out += Self.base64Lines(a.bytes)
        out.append("--" + mixed + "--")
        out.append("")
        return Array(out.joined(separator: "\r\n").utf8)
    }

    /// Base64 in lines of 76 characters (RFC 2045 section 6.8).
    static func base64Lines(_ bytes: [UInt8]) -> [String] {
        let all = Data(bytes).base64EncodedString()
        var lines: [String] = []
        var i = all.startIndex
        while i < all.endIndex {
            let j = all.index(i, offsetBy: 76, limitedBy: all.endIndex) ?? all.endIndex
            lines.append(String(all[i..<j]))
            i = j
        }
        return lines
    }

    /// Text with every line ending as CRLF.
    static func crlf(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// `Mon, 23 Nov 2026 11:00:00 +0000`
    public static func rfc5322Date(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return f.string(from: date)
    }
}
