/// Finds the quoted passages of a document: what stands between matching quotation marks,
/// curly or straight, double or single, over several paragraphs when a quote is continued.
///
/// Rules:
/// 1. **Marks.** “ and ” pair, as do " and ". ‘ pairs with a ’ that is not inside a word
///    ("council’s") and not a plural possessive ("workers’ time": after an "s", before a space
///    and a lower-case word); ' the same. Inside a quote only its own closing mark counts, so
///    quotes nested in it stay part of its text.
/// 2. **Openings.** A single mark opens a quote only before a letter or digit and after a
///    space, a bracket, a dash, another mark or the start of a paragraph (so "rock ’n’ roll" and
///    "the ’90s" open nothing); a single quote that does not close in its paragraph was an
///    apostrophe, not a quote.
/// 3. **Continued quotes.** A double quote still open at the end of a paragraph continues when
///    the next paragraph opens with the same mark (the news convention); otherwise it ends there.
struct QuoteScanner {
    enum Mark: Equatable {
        case curlyDouble, curlySingle, straightDouble, straightSingle

        var opening: Unicode.Scalar {
            switch self {
            case .curlyDouble: "“"
            case .curlySingle: "‘"
            case .straightDouble: "\""
            case .straightSingle: "'"
            }
        }
        var closing: Unicode.Scalar {
            switch self {
            case .curlyDouble: "”"
            case .curlySingle: "’"
            case .straightDouble: "\""
            case .straightSingle: "'"
            }
        }
        var single: Bool { self == .curlySingle || self == .straightSingle }
    }

    /// A run of a quote inside one paragraph: the scalar offsets of its text (between the marks).
    struct Part: Hashable {
        var paragraph: Int
        var start: Int
        var end: Int
        /// Whether the closing mark was found in this paragraph.
        var closed: Bool
    }

    struct Span {
        var mark: Mark
        var parts: [Part]
    }

    /// Every quoted passage of `paragraphs` (each given as its scalars), in order.
    static func spans(_ paragraphs: [[Unicode.Scalar]]) -> [Span] {
        var out: [Span] = []
        var open: Span?
        for (p, s) in paragraphs.enumerated() {
            var i = 0
            if var span = open {
                open = nil
                let first = s.firstIndex { !$0.properties.isWhitespace } ?? s.count
                if first < s.count, s[first] == span.mark.opening {
                    i = first + 1
                    if let (part, next) = part(s, p, from: i, mark: span.mark) {
                        span.parts.append(part)
                        i = next
                        if !part.closed {
                            open = span
                            continue
                        }
                    }
                }
                out.append(span)
            }
            while i < s.count {
                guard let mark = opening(s, at: i) else {
                    i += 1
                    continue
                }
                guard let (part, next) = part(s, p, from: i + 1, mark: mark) else {
                    i += 1
                    continue
                }
                i = next
                if part.closed {
                    out.append(Span(mark: mark, parts: [part]))
                } else {
                    open = Span(mark: mark, parts: [part])
                }
            }
        }
        if let open { out.append(open) }
        return out
    }

    /// The part of a quote from `start` to its closing mark (or the paragraph's end), and where
    /// scanning goes on; nil for a single quote that does not close (rule 2).
    static func part(_ s: [Unicode.Scalar], _ p: Int, from start: Int, mark: Mark) -> (Part, Int)? {
        var k = start
        // A single quote's first possessive-looking ’ ("workers’ time"), taken as its close if
        // another quote of the same mark opens before any other close.
        var possessive: Int?
        while k < s.count {
            if s[k] == mark.closing {
                switch closing(s, at: k, mark: mark) {
                case .closes: return (Part(paragraph: p, start: start, end: k, closed: true), k + 1)
                case .possessive: if possessive == nil { possessive = k }
                case .inWord: break
                }
            } else if mark.single, let c = possessive, s[k] == mark.opening, opening(s, at: k) == mark {
                return (Part(paragraph: p, start: start, end: c, closed: true), c + 1)
            }
            k += 1
        }
        guard !mark.single else { return possessive.map { (Part(paragraph: p, start: start, end: $0, closed: true), $0 + 1) } }
        return (Part(paragraph: p, start: start, end: s.count, closed: false), s.count)
    }

    /// The quote a mark at `i` opens, if it opens one.
    static func opening(_ s: [Unicode.Scalar], at i: Int) -> Mark? {
        let c = s[i]
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        let afterBoundary = before.map { $0.properties.isWhitespace || "([—–-“\"‘/".unicodeScalars.contains($0) } ?? true
        switch c {
        case "“": return .curlyDouble
        case "\"": return afterBoundary && after.map { !$0.properties.isWhitespace } == true ? .straightDouble : nil
        case "‘", "'":
            guard afterBoundary, let a = after, a.properties.isAlphabetic || "“\"…[".unicodeScalars.contains(a) else {
                return nil
            }
            return c == "‘" ? .curlySingle : .straightSingle
        default: return nil
        }
    }

    enum Closing { case closes, possessive, inWord }

    /// What the closing-shaped mark at `k` is for a quote of `mark` (rule 1).
    static func closing(_ s: [Unicode.Scalar], at k: Int, mark: Mark) -> Closing {
        guard mark.single else { return .closes }
        let before: Unicode.Scalar? = k > 0 ? s[k - 1] : nil
        let after: Unicode.Scalar? = k + 1 < s.count ? s[k + 1] : nil
        let letter: (Unicode.Scalar?) -> Bool = {
            $0?.properties.isAlphabetic == true || $0.map { ("0"..."9").contains($0) } == true
        }
        if letter(before) && letter(after) { return .inWord }
        if before == "s" || before == "S", after == " ", k + 2 < s.count, s[k + 2].properties.isLowercase { return .possessive }
        return .closes
    }
}
