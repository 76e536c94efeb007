/// An HTML page read as paragraphs: a small tag scanner, not a browser. Block elements end a
/// paragraph; the content of `script`, `style`, `nav`, `footer`, `aside`, `form`, `noscript`,
/// `template`, `svg`, `button` and `select` is skipped; character references are decoded; `<meta>`
/// and `<time>` give the page's title, site name and publication date.
enum HTMLArticle {
    static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "article", "section", "header",
        "main", "blockquote", "tr", "td", "th", "table", "title", "dd", "dt", "figcaption", "hr", "body", "head",
    ]
    static let skipped: Set<String> = [
        "script", "style", "nav", "footer", "aside", "form", "noscript", "template", "svg", "button", "select", "iframe",
    ]

    /// Whether `text` is HTML: it opens (after white space) with `<!doctype html` or `<html`, or
    /// has a `<p>`, `<p `, `<body`, `<div` or `<article` in its first 4,000 characters. A comment
    /// alone does not make it HTML (Markdown may open with one).
    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(4000).lowercased()
        let start = head.drop { $0.isWhitespace }
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
            || ["<p>", "<p ", "<body", "<div", "<article"].contains(where: head.contains)
    }

    static func read(_ text: String) -> (paragraphs: [ArticleText.Paragraph], markup: ArticleText.Markup) {
        var scanner = Scanner(Array(text.unicodeScalars))
        scanner.run()
        return (scanner.paragraphs, scanner.markup)
    }

    /// One pass over the page's characters.
    struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var paragraphs: [ArticleText.Paragraph] = []
        var markup = ArticleText.Markup()
        var current = String.UnicodeScalarView()
        var currentLine = 1
        var skipping: String?
        var inTitle = false
        var inHeading = false

        init(_ s: [Unicode.Scalar]) { self.s = s }

        mutating func run() {
            while i < s.count {
                let c = s[i]
                if c == "<" {
                    tag()
                    continue
                }
                if c == "\n" { line += 1 }
                i += 1
                guard skipping == nil else { continue }
                if c == "&" {
                    append(entity())
                } else {
                    append(c.properties.isWhitespace ? " " : c)
                }
            }
            flush()
        }

        mutating func append(_ c: Unicode.Scalar) {
            if c == " " && (current.isEmpty || current.last == " ") { return }
            if current.isEmpty { currentLine = line }
            current.append(c)
        }

        mutating func flush() {
            let text = String(current).trimming(.whitespaces)
            if inTitle {
                if markup.title == nil, !text.isEmpty { markup.title = (text, currentLine) }
            } else if !text.isEmpty {
                paragraphs.append(ArticleText.Paragraph(text: text, line: currentLine, heading: inHeading))
            }
            current = String.UnicodeScalarView()
        }

        /// A tag, comment or declaration starting at `<`.
        mutating func tag() {
            if starts("<!--") {
                advance(past: "-->")
                return
            }
            let start = i
            advance(past: ">")
            let raw = String(String.UnicodeScalarView(s[start..<min(i, s.count)]))
            let closing = raw.hasPrefix("</")
            let name = String(raw.dropFirst(closing ? 2 : 1).prefix { $0.isLetter || $0.isNumber }).lowercased()
            if let skip = skipping {
                if closing && name == skip { skipping = nil }
                return
            }
            if !closing && Self.skippedNames.contains(name) && !raw.hasSuffix("/>") {
                flush()
                skipping = name
                return
            }
            if name == "meta" || (name == "time" && !closing) { attributes(raw, name: name) }
            if blocks.contains(name) {
                flush()
                if name == "title" { inTitle = !closing }
                if name.count == 2, name.hasPrefix("h"), name != "hr", name != "th" { inHeading = !closing }
            }
        }

        static var skippedNames: Set<String> { HTMLArticle.skipped }

        mutating func attributes(_ raw: String, name: String) {
            let a = HTMLAttributes(raw)
            if name == "time", markup.published == nil, let d = a["datetime"] { markup.published = (d, line) }
            guard name == "meta", let content = a["content"] else { return }
            let key = (a["property"] ?? a["name"] ?? a["itemprop"] ?? "").lowercased()
            switch key {
            case "og:site_name", "application-name": if markup.siteName == nil { markup.siteName = (content, line) }
            case "og:title": markup.title = (content, line)
            case "article:published_time", "datepublished", "date", "pubdate", "dc.date":
                if markup.published == nil || key == "article:published_time" { markup.published = (content, line) }
            default: break
            }
        }

        func starts(_ p: String) -> Bool {
            var k = i
            for u in p.unicodeScalars {
                guard k < s.count, s[k] == u else { return false }
                k += 1
            }
            return true
        }

        /// Moves past the next `end`, counting lines; to the end when there is none.
        mutating func advance(past end: String) {
            let e = Array(end.unicodeScalars)
            while i < s.count {
                if s[i] == e[0], i + e.count <= s.count, s[i..<i + e.count].elementsEqual(e) {
                    i += e.count
                    return
                }
                if s[i] == "\n" { line += 1 }
                i += 1
            }
        }

        /// The character a reference after `&` stands for; `&` itself when it is none.
        mutating func entity() -> Unicode.Scalar {
            var k = i
            var name = ""
            while k < s.count, k - i < 10, s[k] != ";",
                s[k].properties.isAlphabetic || s[k] == "#"
                    || ("0"..."9").contains(s[k])
            {
                name.unicodeScalars.append(s[k])
                k += 1
            }
            guard k < s.count, s[k] == ";", let c = HTMLEntities.scalar(name) else { return "&" }
            i = k + 1
            return c
        }
    }
}
