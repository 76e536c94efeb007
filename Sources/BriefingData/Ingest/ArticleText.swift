import BriefingModel
import Foundation

/// A document read for `brief ingest`: its paragraphs, each with the line of the file it starts
/// on, and what its markup states about it (an HTML page's title, site name and date).
///
/// Read by structure alone: blank lines (plain text) or block elements (HTML) end paragraphs;
/// the body ends at the first paragraph that opens a page's footer or reader comments ("More
/// from …", "5 Responses to …", "Comments are closed", "Related articles"), and those
/// paragraphs are kept apart in ``trailer``, where the publisher and the comments' dates are.
public struct ArticleText: Sendable {
    public struct Paragraph: Sendable, Hashable {
        public var text: String
        /// The 1-based line of the file the paragraph starts on.
        public var line: Int
        /// Whether the markup made it a heading (h1–h6); plain text has none.
        public var heading: Bool

        public init(text: String, line: Int, heading: Bool = false) {
            self.text = text
            self.line = line
            self.heading = heading
        }
    }

    /// What an HTML page's head states: `<title>`, `og:title`, `og:site_name`,
    /// `article:published_time` (or a `<time datetime>`), each with its line.
    public struct Markup: Sendable {
        public var title: (String, Int)?
        public var siteName: (String, Int)?
        public var published: (String, Int)?
    }

    public var body: [Paragraph]
    /// The footer and comments after the body.
    public var trailer: [Paragraph]
    public var markup: Markup?

    /// The largest document read: 4 MB, far above a long article (10 KB) or a committee's
    /// minutes (a few hundred KB). A larger file is refused before it is read through.
    public static let limit = 4 << 20

    /// Reads `data` (UTF-8 plain text or HTML); throws a one-line reason when it is empty, not
    /// UTF-8 text, binary, too short or not English.
    public static func read(_ data: Data) throws(IngestError.Reason) -> ArticleText {
        guard !data.isEmpty else { throw .empty }
        guard !data.contains(0), let text = String(validatingUTF8Data: data) else { throw .binary }
        let controls = text.unicodeScalars.lazy.filter { $0.value < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C].contains($0.value) }
        guard controls.count * 100 <= text.unicodeScalars.count else { throw .binary }
        var article: ArticleText
        if HTMLArticle.looksLikeHTML(text) {
            let page = HTMLArticle.read(text)
            article = ArticleText(paragraphs: page.paragraphs, markup: page.markup)
        } else {
            article = ArticleText(paragraphs: plainParagraphs(text), markup: nil)
        }
        let words = article.body.reduce(0) { $0 + Language.words(in: $1.text).count }
        guard words > 0 else { throw .empty }
        guard words >= 12 else { throw .tooShort(words: words) }
        if let share = Language.englishShare(article.body.map(\.text)), share < Language.englishThreshold {
            throw .notEnglish(percent: Int((share * 100).rounded()))
        }
        return article
    }

    init(paragraphs: [Paragraph], markup: Markup?) {
        let end = paragraphs.firstIndex { Self.opensTrailer($0.text) } ?? paragraphs.count
        body = Array(paragraphs[..<end])
        trailer = Array(paragraphs[end...])
        self.markup = markup
    }

    /// Paragraphs of plain text (Markdown too): runs of non-blank lines, joined with spaces. An
    /// HTML comment is dropped; a line opening with "#" is a heading of its own; the marks of
    /// Markdown quotes ("> "), bullets ("- ", "* ") and emphasis ("**", "__") are dropped.
    static func plainParagraphs(_ text: String) -> [Paragraph] {
        var out: [Paragraph] = []
        var current: [String] = []
        var start = 1
        var inComment = false
        func flush() {
            if !current.isEmpty { out.append(Paragraph(text: current.joined(separator: " "), line: start)) }
            current = []
        }
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if inComment || line.contains("<!--") {
                (line, inComment) = withoutComments(line, open: inComment)
            }
            line = line.trimming(.whitespacesAndNewlines)
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                flush()
                let heading = line.drop { $0 == "#" }.trimming(.whitespaces)
                if !heading.isEmpty { out.append(Paragraph(text: heading, line: n + 1, heading: true)) }
                continue
            }
            for mark in ["> ", "- ", "* "] where line.hasPrefix(mark) { line = String(line.dropFirst(mark.count)) }
            line = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            if current.isEmpty { start = n + 1 }
            current.append(line)
        }
        flush()
        return out
    }

    /// `line` without its HTML comments, and whether a comment is still open at its end.
    static func withoutComments(_ line: String, open: Bool) -> (String, Bool) {
        var rest = Substring(line)
        var out = ""
        var inside = open
        while !rest.isEmpty {
            if inside {
                guard let end = rest.range(of: "-->") else { return (out, true) }
                rest = rest[end.upperBound...]
                inside = false
            } else if let start = rest.range(of: "<!--") {
                out += rest[..<start.lowerBound]
                rest = rest[start.upperBound...]
                inside = true
            } else {
                out += rest
                rest = ""
            }
        }
        return (out, inside)
    }

    /// Whether a paragraph opens a page's footer or its reader comments.
    static func opensTrailer(_ text: String) -> Bool {
        let t = text.trimming(.whitespaces)
        guard t.count <= 120 else { return false }
        let lower = t.lowercased()
        let openers = [
            "more from ", "related articles", "related stories", "read more", "comments are closed", "leave a reply",
            "leave a comment", "share this article", "most read", "you may also like",
        ]
        if openers.contains(where: { lower.hasPrefix($0) }) { return true }
        // "5 Responses to …", "12 comments on …", "3 Comments"
        let parts = lower.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, Int(parts[0]) != nil else { return false }
        return ["responses", "response", "comments", "comment", "replies"].contains(String(parts[1]))
    }
}

extension String {
    /// The text of `data` when it is valid UTF-8 (a leading byte-order mark dropped); nil otherwise.
    init?(validatingUTF8Data data: Data) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        self = s
    }
}
