import Foundation

/// One thing wrong with a council record, located by its field path (`quotes[1].source`).
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    /// Keys and indices from the record's root to the offending field.
    public var path: [PathComponent]
    public var message: String

    /// A key in a mapping or an index in a list.
    public enum PathComponent: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public init(_ path: [PathComponent], _ message: String) {
        self.path = path
        self.message = message
    }

    /// `quotes[1].source`
    public var field: String {
        var s = ""
        for part in path {
            switch part {
            case .key(let k): s += s.isEmpty ? k : ".\(k)"
            case .index(let i): s += "[\(i)]"
            }
        }
        return s
    }

    public var description: String { "\(field): \(message)" }
}

extension Council {
    /// Every problem in the record that decoding alone does not catch: missing sources, empty
    /// text, grades on ungraded visits, impossible sums.
    public func validate() -> [ValidationIssue] {
        var v = RecordValidator(ids: Set(sources.map(\.id)))
        validateIdentity(&v)
        validateFacts(&v)
        for (path, text) in drawnText {
            if let problem = RecordText.problem(text) { v.issues.append(ValidationIssue(path, problem)) }
        }
        return v.issues
    }

    /// The slug, the name and the sources.
    private func validateIdentity(_ v: inout RecordValidator) {
        let slugOK =
            !slug.isEmpty && slug.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }
            && slug.allSatisfy(\.isASCII)
        v.need(slugOK, [.key("slug")], "'\(slug)' is not a slug; expected lower-case ASCII letters, digits and hyphens")
        v.need(!name.trimmed.isEmpty, [.key("name")], "is empty; expected the council's name")
        v.need(!sources.isEmpty, [.key("sources")], "is empty; every fact needs a source")
        var uses: [String: Int] = [:]
        for s in sources { uses[s.id, default: 0] += 1 }
        for (i, s) in sources.enumerated() {
            v.need(
                !s.headline.trimmed.isEmpty, [.key("sources"), .index(i), .key("headline")],
                "is empty; expected the article's headline")
            v.need(
                uses[s.id] == 1, [.key("sources"), .index(i), .key("id")], "'\(s.id)' is listed twice"
            )
        }
    }

    /// Every fact cites one of the record's sources and says something.
    private func validateFacts(_ v: inout RecordValidator) {
        for (i, x) in inspections.enumerated() {
            let p: [ValidationIssue.PathComponent] = [.key("inspections"), .index(i)]
            v.cite(x.source, p)
            v.need(
                x.judgements.count <= Inspection.mostJudgements, p + [.key("judgements")],
                "has \(x.judgements.count) judgements; expected at most \(Inspection.mostJudgements) (Ofsted gives four or five)")
            if x.kind != .fullInspection {
                v.need(
                    x.grade == nil, p + [.key("grade")],
                    "'\(x.grade?.rawValue ?? "")' given for a \(x.kind.rawValue); visits are not graded")
            }
        }
        for (i, q) in quotes.enumerated() {
            let p: [ValidationIssue.PathComponent] = [.key("quotes"), .index(i)]
            v.cite(q.source, p)
            v.need(!q.text.trimmed.isEmpty, p + [.key("text")], "is empty; expected the quoted words")
            v.need(!q.role.trimmed.isEmpty, p + [.key("role")], "is empty; expected who the speaker is")
        }
        for (i, f) in funding.enumerated() {
            let p: [ValidationIssue.PathComponent] = [.key("funding"), .index(i)]
            v.cite(f.source, p)
            v.need(
                f.amount > 0 && f.amount <= FundingLine.largest, p + [.key("amount")],
                "'\(f.amount)' is not a sum brief can show; expected a positive number of pounds up to 10,000,000,000 (£10bn)")
            v.need(!f.label.trimmed.isEmpty, p + [.key("label")], "is empty; expected what the money is for")
        }
        for (i, c) in context.enumerated() { v.cite(c.source, [.key("context"), .index(i)]) }
        for (i, l) in leaders.enumerated() { v.cite(l.source, [.key("leaders"), .index(i)]) }
        for (i, m) in improvements.enumerated() {
            v.cite(m.source, [.key("improvements"), .index(i)])
            v.need(!m.text.trimmed.isEmpty, [.key("improvements"), .index(i), .key("text")], "is empty")
        }
    }
}

/// The issues found so far in one record, and its source ids to check citations against.
private struct RecordValidator {
    let ids: Set<String>
    var issues: [ValidationIssue] = []

    /// The message is made only for a field that fails: a valid record costs no text.
    mutating func need(
        _ cond: Bool, _ path: @autoclosure () -> [ValidationIssue.PathComponent], _ message: @autoclosure () -> String
    ) {
        if !cond { issues.append(ValidationIssue(path(), message())) }
    }

    mutating func cite(_ id: String, _ path: @autoclosure () -> [ValidationIssue.PathComponent]) {
        let known = ids
        need(
            known.contains(id), path() + [.key("source")],
            "'\(id)' is not one of this record's sources (\(known.sorted().joined(separator: ", ")))")
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
