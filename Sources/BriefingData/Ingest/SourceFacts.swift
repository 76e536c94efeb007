import BriefingModel
import Foundation

/// What a document says about itself: its publisher, headline and date, each with its line.
///
/// - **Headline**: an HTML page's `og:title` or `<title>` (less a " | Site" ending), else the
///   first paragraph that is not a label ("News release"), a masthead ("WESTFOLD COUNCIL"), a
///   dateline, a byline or a photo credit.
/// - **Publisher**: `og:site_name`; else a "More from X", "Published by X" or "© 2025 X" line.
/// - **Date**: `article:published_time` or `<time datetime>`; else a date in one of the first
///   six paragraphs that is short (a dateline) or says "published", "updated", "date" or
///   "held on" (minutes); else, inferred, the month of the first reader comment. Otherwise
///   unknown.
struct SourceFacts {
    var headline: (String, Int)
    var publisher: (String, Int)?
    var date: (FactDate, Int)?

    static let labels: Set<String> = [
        "news release", "press release", "for immediate release", "news", "media release", "statement", "embargoed",
    ]

    init(_ article: ArticleText) {
        if let (t, l) = article.markup?.title {
            headline = (Self.withoutSiteName(t), l)
        } else {
            let first = article.body.first(where: Self.isHeadline) ?? article.body.first
            headline = (first?.text ?? "", first?.line ?? 1)
        }
        publisher = Self.publisher(article)
        date = Self.date(article)
    }

    /// A page title less the site's name after its last " | ", " - " or " – " (five words at most).
    static func withoutSiteName(_ title: String) -> String {
        let cut = [" | ", " - ", " – ", " — "].compactMap { title.range(of: $0, options: .backwards) }.max {
            $0.lowerBound < $1.lowerBound
        }
        guard let cut, title[cut.upperBound...].split(separator: " ").count <= 5 else { return title }
        return String(title[..<cut.lowerBound])
    }

    /// Whether a paragraph can be the headline: not a label ("News release"), a masthead of four
    /// words or fewer ("WESTFOLD COUNCIL"), a dateline, a byline or a picture credit.
    static func isHeadline(_ p: ArticleText.Paragraph) -> Bool {
        let lower = p.text.lowercased().trimming(.punctuationCharacters)
        let words = p.text.split(separator: " ").count
        let dateline = !DateWords.find(in: p.text).isEmpty && words <= 12
        let credit = ["by ", "photo", "image", "picture"].contains { lower.hasPrefix($0) }
        return !labels.contains(lower) && words > 4 && !dateline && !credit
    }

    static func publisher(_ article: ArticleText) -> (String, Int)? {
        if let site = article.markup?.siteName { return site }
        for p in article.body + article.trailer where p.text.count <= 80 {
            for prefix in ["More from ", "Published by ", "Issued by "] where p.text.hasPrefix(prefix) {
                return (String(p.text.dropFirst(prefix.count)).trimming(.punctuationCharacters), p.line)
            }
            if let r = p.text.range(of: "©") ?? p.text.range(of: "Copyright ") {
                let rest = p.text[r.upperBound...].split(separator: " ").drop { Int($0) != nil || $0 == "©" }
                let name = rest.joined(separator: " ").trimming(.punctuationCharacters.union(.whitespaces))
                if !name.isEmpty, name.count <= 60 { return (name, p.line) }
            }
        }
        return nil
    }

    static func date(_ article: ArticleText) -> (FactDate, Int)? {
        if let (d, l) = article.markup?.published, let date = FactDate(iso: String(d.prefix(10))) { return (date, l) }
        for p in article.body.prefix(6) {
            let lower = p.text.lowercased()
            let dateline =
                p.text.split(separator: " ").count <= 12
                || ["published", "updated", "date:", "held on", "meeting on"].contains(where: lower.includes)
            if dateline, let d = DateWords.find(in: p.text).first, d.day != nil { return (d, p.line) }
        }
        let comments = article.trailer.flatMap { p in DateWords.find(in: p.text).filter { $0.day != nil }.map { ($0, p.line) } }
        guard let (first, line) = comments.min(by: { $0.0 < $1.0 }) else { return nil }
        let reason = "reader comments on the article begin \(Format.date(first))"
        return (FactDate(year: first.year, month: first.month, inferred: reason), line)
    }
}
