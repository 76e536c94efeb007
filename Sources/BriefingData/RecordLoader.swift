import BriefingModel
import Foundation
import Yams

/// Reads one council record (YAML) and reports problems with the file, line and field.
public enum RecordLoader {
    /// Decodes and validates the record at `path`; throws the first problem found.
    public static func load(path: String) throws(DataError) -> Council {
        let (council, issues) = try check(path: path)
        if let first = issues.first { throw first }
        return council!
    }

    /// Decodes the record at `path` and returns it with every validation problem found.
    ///
    /// A record that cannot be decoded at all returns nil and the decoding problem.
    public static func check(path: String) throws(DataError) -> (Council?, [DataError]) {
        let data: Data
        switch BoundedFile.read(path, limit: BoundedFile.record) {
        case .success(let d): data = d
        case .failure(let f): throw .invalid(file: path, line: nil, field: "", message: f.reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalid(file: path, line: nil, field: "", message: "is not UTF-8 text")
        }
        return check(text: text, path: path)
    }

    /// Decodes `text`, the record that is or would be at `path` (its name must match the slug),
    /// and returns it with every validation problem found, as ``check(path:)`` does.
    public static func check(text: String, path: String) -> (Council?, [DataError]) {
        let name = (path as NSString).lastPathComponent
        let root: Yams.Node?
        do {
            root = try compose(text)
        } catch let error as YamlError {
            return (nil, [syntaxError(error, file: path)])
        } catch {
            return (nil, [.invalid(file: path, line: nil, field: "", message: "is not YAML: \(error)")])
        }
        guard let root, root.mapping != nil else {
            return (nil, [.invalid(file: path, line: 1, field: "", message: "expected a mapping with slug, name and sources")])
        }
        let nulls = nullValues(in: root, file: path)
        guard nulls.isEmpty else { return (nil, nulls) }
        let council: Council
        do {
            council = try YAMLDecoder().decode(Council.self, from: root)
        } catch let error as DecodingError {
            return (nil, [decodingError(error, root: root, file: path)])
        } catch {
            return (nil, [.invalid(file: path, line: nil, field: "", message: "\(error)")])
        }
        var issues = council.validate().map { issue in
            DataError.invalid(file: path, line: line(of: issue.path, in: root), field: issue.field, message: issue.message)
        }
        let expected = (name as NSString).deletingPathExtension
        if council.slug != expected {
            issues.append(
                .invalid(
                    file: path, line: line(of: [.key("slug")], in: root), field: "slug",
                    message: "'\(council.slug)' does not match the file name; expected '\(expected)'"))
        }
        return (council, issues)
    }

    /// The YAML node tree of `text`, with every plain scalar tagged as a string.
    ///
    /// The basic resolver, because Yams's default one runs regular expressions over a scalar each
    /// time a key lookup asks for its tag, and the decoder never needs those tags: numbers,
    /// booleans and nulls are read from the scalar's text.
    static func compose(_ text: String) throws -> Yams.Node? {
        try Yams.compose(yaml: text, .basic)
    }

    static func syntaxError(_ error: YamlError, file: String) -> DataError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return .invalid(file: file, line: mark.line, field: "", message: "YAML syntax: \(problem)")
        default:
            // Yams appends the document after its first line ("Context: ..."): one line is the message.
            let first = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            return .invalid(file: file, line: nil, field: "", message: "YAML: \(first)")
        }
    }

    static func decodingError(_ error: DecodingError, root: Yams.Node, file: String) -> DataError {
        let (path, message): ([CodingKey], String)
        switch error {
        case .keyNotFound(let key, let ctx):
            (path, message) = (ctx.codingPath + [key], "is missing")
        case .typeMismatch(let type, let ctx):
            (path, message) = (
                ctx.codingPath, "has the wrong type; expected \(describe(type))" + value(at: ctx.codingPath, in: root)
            )
        case .valueNotFound(let type, let ctx):
            (path, message) = (ctx.codingPath, "is empty; expected \(describe(type))")
        case .dataCorrupted(let ctx):
            (path, message) = (ctx.codingPath, dataCorrupted(ctx, root: root))
        @unknown default:
            (path, message) = ([], "\(error)")
        }
        let components = path.map { k in k.intValue.map { ValidationIssue.PathComponent.index($0) } ?? .key(k.stringValue) }
        let field = ValidationIssue(components, "").field
        return .invalid(file: file, line: line(of: components, in: root), field: field, message: message)
    }

    private static func dataCorrupted(_ ctx: DecodingError.Context, root: Yams.Node) -> String {
        // Enum values arrive here: name the value and the choices.
        let last = ctx.codingPath.last?.stringValue
        let got = node(at: ctx.codingPath.map { k in k.intValue.map { .index($0) } ?? .key(k.stringValue) }, in: root)?.string
        let choices: [String: [String]] = [
            "kind": Inspection.Kind.allCases.map(\.rawValue), "grade": Grade.allCases.map(\.rawValue),
            "voice": ["inspectors", "council"], "recurrence": FundingLine.Recurrence.allCases.map(\.rawValue),
            "topic": ContextFact.Topic.allCases.map(\.rawValue),
            "council_type": ["Unitary Authority", "Metropolitan District", "London Borough", "County"],
        ]
        if let last, let options = choices[last], let got {
            return "'\(got)' is not allowed; expected one of: \(options.joined(separator: ", "))"
        }
        return ctx.debugDescription
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        default: "\(type)".lowercased().contains("array") ? "a list" : "a mapping"
        }
    }

    private static func value(at path: [CodingKey], in root: Yams.Node) -> String {
        let comps = path.map { k in k.intValue.map { ValidationIssue.PathComponent.index($0) } ?? .key(k.stringValue) }
        guard let s = node(at: comps, in: root)?.scalar?.string else { return "" }
        return ", not '\(s)'"
    }

    /// The node at `path` in the YAML tree, or nil.
    static func node(at path: [ValidationIssue.PathComponent], in root: Yams.Node) -> Yams.Node? {
        var current: Yams.Node? = root
        for part in path {
            guard let n = current else { return nil }
            switch part {
            case .key(let k):
                current = n.mapping?.first(where: { $0.key.string == k })?.value
            case .index(let i):
                guard let seq = n.sequence, i < seq.count else { return nil }
                current = seq[i]
            }
        }
        return current
    }

    /// The 1-based line of `path` in the record at `file`, or nil when it cannot be read.
    public static func line(of path: [ValidationIssue.PathComponent], path file: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: file),
            let root = try? compose(String(decoding: data, as: UTF8.self))
        else { return nil }
        return line(of: path, in: root)
    }

    /// The 1-based line of the deepest node on `path` that exists.
    static func line(of path: [ValidationIssue.PathComponent], in root: Yams.Node) -> Int? {
        var best = root.mark?.line
        for n in 0...path.count {
            if let found = node(at: Array(path.prefix(n)), in: root) {
                best = found.mark?.line ?? best
            }
        }
        return best
    }
}
