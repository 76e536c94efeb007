import Foundation

/// JSON as brief writes it for people and files (`--json`, `--format json`, index.json,
/// `brief extract`): pretty-printed, keys sorted, slashes unescaped, a newline at the end, so the
/// same data always gives the same bytes.
public enum JSONOutput {
    public static func pretty<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value)) + [0x0A]
    }
}
