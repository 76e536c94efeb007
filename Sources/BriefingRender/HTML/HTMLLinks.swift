/// Where a page's links point. `brief serve` serves every council at `/councils/{slug}`; files
/// written by the CLI sit side by side in one folder (`brief batch`, a loop over
/// `brief <council> --format html > <council>.html`), so a neighbour is its `slug.html`; an
/// email has no server to resolve a relative link against, so it links nothing.
public enum HTMLLinks: Sendable, Equatable {
    /// The service's routes: `/councils/{slug}`, `/councils/{slug}/briefing.pdf` and the index `/`.
    case service
    /// Sibling files: `{slug}.html`; no index and no PDF link, since the CLI writes neither beside it.
    case files
    /// No links at all (the HTML body of an email).
    case none

    /// The page of the council `slug`.
    func council(_ slug: String) -> String? {
        switch self {
        case .service: "/councils/\(slug)"
        case .files: "\(slug).html"
        case .none: nil
        }
    }

    /// The PDF of the council `slug`.
    func pdf(_ slug: String) -> String? { self == .service ? "/councils/\(slug)/briefing.pdf" : nil }

    /// The list of every council.
    var index: String? { self == .service ? "/" : nil }
}
