/// Marks the page's decoration as artifacts, which Cairo 1.16 cannot do.
///
/// Cairo puts what is drawn inside a leaf structure element (text, a figure's shapes, a list
/// item's label) in a marked-content sequence with its MCID, and everything else (panel
/// backgrounds, rules, accent bars, squares beside grades written in words) in none, which
/// PDF/UA-1 (ISO 14289-1, 7.1) forbids. ``PDFCatalogUpdate`` replaces the page's content stream
/// with one in which each path object outside any marked content is enclosed in `/Artifact BMC … EMC`.
/// Text outside marked content is left as it is, so a validator still reports it: it is a
/// tagging fault, never decoration.
enum PDFArtifacts {
    /// What an operator does to the marking, read from its bytes (no string is made per token:
    /// a page has thousands).
    private enum Operator {
        case beginMarked, endMarked, inlineImage, construct, paint, endPath, other

        init(_ op: Slice<UnsafeBufferPointer<UInt8>>) {
            let a = op.first ?? 0
            let b = op.count > 1 ? op[op.startIndex + 1] : 0
            let c = op.count > 2 ? op[op.startIndex + 2] : 0
            switch (op.count, a, b, c) {
            case (3, 0x42, 0x44, 0x43), (3, 0x42, 0x4D, 0x43): self = .beginMarked  // BDC, BMC
            case (3, 0x45, 0x4D, 0x43): self = .endMarked  // EMC
            case (2, 0x42, 0x49, _): self = .inlineImage  // BI
            // m l c v y h, re
            case (1, 0x6D, _, _), (1, 0x6C, _, _), (1, 0x63, _, _), (1, 0x76, _, _), (1, 0x79, _, _), (1, 0x68, _, _),
                (2, 0x72, 0x65, _):
                self = .construct
            // S s f F B b, f* B* b*
            case (1, 0x53, _, _), (1, 0x73, _, _), (1, 0x66, _, _), (1, 0x46, _, _), (1, 0x42, _, _), (1, 0x62, _, _),
                (2, 0x66, 0x2A, _), (2, 0x42, 0x2A, _), (2, 0x62, 0x2A, _):
                self = .paint
            case (1, 0x6E, _, _): self = .endPath  // n
            default: self = .other
            }
        }
    }

    /// The content stream `content` with every path painted outside marked content enclosed as
    /// an artifact; nil when there is none, or when the stream holds an inline image, which this
    /// reader does not parse. A path object runs from its first construction operator's operands
    /// to the operator that paints it (`n`, which only ends a clipping path, paints nothing).
    static func marked(_ content: [UInt8]) -> [UInt8]? {
        guard let spans = content.withUnsafeBufferPointer(unmarkedPaths), !spans.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(content.count + spans.count * 20)
        var at = 0
        for span in spans {
            out += content[at..<span.lowerBound]
            out += Array("/Artifact BMC\n".utf8) + content[span] + Array("\nEMC".utf8)
            at = span.upperBound
        }
        return out + content[at...]
    }

    /// The byte ranges of the path objects painted outside marked content; nil if there is an
    /// inline image.
    private static func unmarkedPaths(_ content: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var spans: [Range<Int>] = []
        var depth = 0
        var operands: Int?
        var path: Int?
        var lexer = ContentLexer(content)
        while let token = lexer.next() {
            guard token.isOperator else {
                operands = operands ?? token.range.lowerBound
                continue
            }
            let start = operands ?? token.range.lowerBound
            operands = nil
            switch Operator(content[token.range]) {
            case .beginMarked: depth += 1
            case .endMarked: depth -= 1
            case .inlineImage: return nil
            case .construct:
                if depth == 0, path == nil { path = start }
            case .paint:
                if depth == 0, let p = path { spans.append(p..<token.range.upperBound) }
                path = nil
            case .endPath: path = nil
            case .other: break
            }
        }
        return spans
    }
}

/// The tokens of a content stream (ISO 32000-1, 7.2): operands (numbers, names, strings,
/// arrays, dictionaries) and operators, by their byte ranges.
struct ContentLexer {
    struct Token {
        var range: Range<Int>
        var isOperator: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    /// Reads `bytes`, which must outlive the lexer.
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 13 || b == 9 || b == 12 || b == 0 }

    private static func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            true
        default: false
        }
    }

    mutating func next() -> Token? {
        while i < bytes.count {
            let b = bytes[i]
            if Self.isSpace(b) {
                i += 1
            } else if b == UInt8(ascii: "%") {
                while i < bytes.count, bytes[i] != 10, bytes[i] != 13 { i += 1 }
            } else {
                break
            }
        }
        guard i < bytes.count else { return nil }
        let start = i
        switch bytes[i] {
        case UInt8(ascii: "("): skipLiteral()
        case UInt8(ascii: "<") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "<"): i += 2
        case UInt8(ascii: ">") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: ">"): i += 2
        case UInt8(ascii: "<"):
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") { i += 1 }
            i += 1
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ">"): i += 1
        case UInt8(ascii: "/"):
            i += 1
            skipRegular()
        default:
            skipRegular()
            // Numbers, and the keywords true, false and null, are operands; the rest operators.
            let first = bytes[start]
            let isNumber =
                (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: "+")
                || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
            let keyword =
                (first == UInt8(ascii: "t") || first == UInt8(ascii: "f") || first == UInt8(ascii: "n")) && i - start >= 4
                && ["true", "false", "null"].contains { bytes[start..<i].elementsEqual($0.utf8) }
            return Token(range: start..<min(i, bytes.count), isOperator: !isNumber && !keyword)
        }
        return Token(range: start..<min(i, bytes.count), isOperator: false)
    }

    private mutating func skipRegular() {
        while i < bytes.count, !Self.isSpace(bytes[i]), !Self.isDelimiter(bytes[i]) { i += 1 }
    }

    /// A literal string: balanced parentheses, backslash escapes.
    private mutating func skipLiteral() {
        var depth = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 {
                    i += 1
                    return
                }
            default: break
            }
            i += 1
        }
    }
}
