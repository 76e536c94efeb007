import BriefingModel
import Foundation

/// Reads a council record posted as JSON, and says precisely what is wrong with a bad one.
///
/// Malformed JSON is a 400. JSON that is well formed but not a valid record is a 422 naming the
/// field: too deep, a text too long or a list too long (checked on the raw JSON before decoding,
/// so the limits hold for every field), a missing or mistyped field, or a record that fails
/// ``BriefingModel/Council/validate()``.
enum PostedCouncil {
    /// Limits on a posted record. The page clamps long text anyway; these keep a request's work
    /// and memory small.
    static let maxDepth = 12
    static let maxTextLength = 4_000
    static let maxListLength = 100

    static func decode(_ data: Data) throws(BriefingServerError) -> Council {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw BriefingServerError(
                .badRequest, "The body is not well-formed JSON; expected one council record as a JSON object.")
        }
        guard json is [String: Any] else {
            throw BriefingServerError(.unprocessableContent, "The body is JSON but not an object; expected one council record.")
        }
        // The limits are checked on JSONSerialization's copy of each key and the decoder reads its
        // own: with a key given twice they could differ, so that is refused.
        if let (path, key) = JSONDuplicateKeys.first(in: data) {
            throw BriefingServerError(
                .unprocessableContent, "gives the key '\(key.prefix(64))' twice; expected each key once",
                field: path.isEmpty ? String(key.prefix(64)) : path + "." + key.prefix(64))
        }
        try checkLimits(json, path: "", depth: 1)
        let council: Council
        do {
            council = try JSONDecoder().decode(Council.self, from: data)
        } catch let error as DecodingError {
            throw unprocessable(error)
        } catch {
            throw BriefingServerError(.badRequest, "The body could not be read as a council record.")
        }
        if let issue = council.validate().first {
            throw BriefingServerError(.unprocessableContent, issue.message, field: issue.field)
        }
        return council
    }

    private static func checkLimits(_ value: Any, path: String, depth: Int) throws(BriefingServerError) {
        guard depth <= maxDepth else {
            throw BriefingServerError(
                .unprocessableContent, "is nested more than \(maxDepth) levels deep; a council record is not", field: path)
        }
        switch value {
        case let text as String where text.count > maxTextLength:
            throw BriefingServerError(
                .unprocessableContent, "is \(text.count) characters long; expected at most \(maxTextLength)", field: path)
        case let list as [Any]:
            guard list.count <= maxListLength else {
                throw BriefingServerError(
                    .unprocessableContent, "has \(list.count) items; expected at most \(maxListLength)", field: path)
            }
            for (i, item) in list.enumerated() { try checkLimits(item, path: "\(path)[\(i)]", depth: depth + 1) }
        case let object as [String: Any]:
            guard object.count <= maxListLength else {
                throw BriefingServerError(
                    .unprocessableContent, "has \(object.count) keys; expected at most \(maxListLength)", field: path)
            }
            for key in object.keys.sorted() {
                guard key.count <= 64 else {
                    throw BriefingServerError(.unprocessableContent, "has a key \(key.count) characters long", field: path)
                }
                try checkLimits(object[key]!, path: path.isEmpty ? key : "\(path).\(key)", depth: depth + 1)
            }
        default: break
        }
    }

    private static func unprocessable(_ error: DecodingError) -> BriefingServerError {
        func field(_ path: [any CodingKey]) -> String {
            path.reduce(into: "") { s, key in
                if let i = key.intValue {
                    s += "[\(i)]"
                } else {
                    s += s.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
        }
        switch error {
        case .keyNotFound(let key, let c):
            return BriefingServerError(.unprocessableContent, "is missing", field: field(c.codingPath + [key]))
        case .typeMismatch(let type, let c):
            return BriefingServerError(
                .unprocessableContent, "has the wrong type; expected \(expected(type))", field: field(c.codingPath))
        case .valueNotFound(let type, let c):
            return BriefingServerError(.unprocessableContent, "is null; expected \(expected(type))", field: field(c.codingPath))
        case .dataCorrupted(let c):
            return BriefingServerError(.unprocessableContent, c.debugDescription, field: field(c.codingPath))
        @unknown default:
            return BriefingServerError(.unprocessableContent, "is not a valid council record")
        }
    }

    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        default: "an object"
        }
    }
}
