import Foundation
import Yams

extension RecordLoader {
    /// Plain scalars that YAML means as null (`null`, `Null`, `NULL`, `~`): the basic resolver
    /// reads every plain scalar as text, so `name: null` would be a council named "null". No
    /// field of a record takes null (a missing value is left out), so each is a problem, with
    /// its field path and line. A quoted 'null' is text, and stays.
    static func nullValues(in node: Yams.Node, path: String = "", file: String) -> [DataError] {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain, ["null", "Null", "NULL", "~"].contains(scalar.string) else { return [] }
            return [
                .invalid(
                    file: file, line: node.mark?.line, field: path,
                    message:
                        "is null; expected a value (leave the field out if it is not known, or quote 'null' to mean the word)")
            ]
        case .mapping(let mapping):
            return mapping.flatMap { key, value in
                let name = key.string ?? "?"
                return nullValues(in: value, path: path.isEmpty ? name : path + "." + name, file: file)
            }
        case .sequence(let sequence):
            return sequence.enumerated().flatMap { i, item in nullValues(in: item, path: path + "[\(i)]", file: file) }
        case .alias:
            return []
        }
    }
}
