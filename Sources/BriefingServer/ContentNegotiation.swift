import Foundation

/// Which representation of a council a request's `Accept` header asks for (RFC 9110 §12.5.1):
/// the web page when it names `text/html` at least as highly as JSON, as browsers do; JSON
/// otherwise, and when there is no header or only `*/*`, as the service's clients expect.
enum ContentNegotiation {
    enum Choice: Equatable { case html, json }

    /// The choice for the `Accept` header `accept`, or nil when it accepts neither.
    static func choose(_ accept: String?) -> Choice? {
        guard let accept, !accept.trimmingCharacters(in: .whitespaces).isEmpty else { return .json }
        var html = 0.0
        var htmlNamed = false
        var json = 0.0
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first else { continue }
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            switch type {
            case "text/html":
                html = max(html, q)
                htmlNamed = true
            case "text/*": html = max(html, q)
            case "application/json", "application/*": json = max(json, q)
            case "*/*": json = max(json, q)
            default: continue
            }
        }
        if htmlNamed, html > 0, html >= json { return .html }
        if json > 0 { return .json }
        return html > 0 ? .html : nil
    }
}
