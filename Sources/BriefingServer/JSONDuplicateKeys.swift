import Foundation

/// Finds a key given twice in one JSON object. JSONSerialization keeps one copy and a decoder may
/// read another, so a record with duplicate keys could pass the limits on one copy and render
/// the other: it is refused instead.
enum JSONDuplicateKeys {
    /// The path and key of the first key repeated within one object of `data` (well-formed JSON),
    /// or nil when every object's keys differ. Keys are compared as decoded (`"a"` is `"\u0061"`).
    static func first(in data: Data) -> (path: String, key: String)? {
        let bytes = [UInt8](data)
        // One frame per open container: its keys so far, and the key that its next value belongs to.
        var stack: [(isObject: Bool, keys: Set<String>, path: String, index: Int)] = []
        var expectingKey = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                stack.append((b == UInt8(ascii: "{"), [], currentPath(stack), 0))
                expectingKey = b == UInt8(ascii: "{")
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                stack.removeLast()
                if !stack.isEmpty, !stack[stack.count - 1].isObject { stack[stack.count - 1].index += 1 }
                expectingKey = false
            case UInt8(ascii: ","):
                if let top = stack.last, top.isObject {
                    expectingKey = true
                } else if !stack.isEmpty {
                    stack[stack.count - 1].index += 1
                }
            case UInt8(ascii: "\""):
                let end = stringEnd(bytes, from: i)
                if expectingKey, let key = decodedString(bytes[i...end]) {
                    let top = stack.count - 1
                    if stack[top].keys.contains(key) { return (currentPath(Array(stack.dropLast())), key) }
                    stack[top].keys.insert(key)
                    stack[top].path = currentPath(Array(stack.dropLast()), key: key)
                    expectingKey = false
                }
                i = end
            default:
                break
            }
            i += 1
        }
        return nil
    }

    /// The index of the quote that closes the string opening at `start`.
    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var j = start + 1
        while j < bytes.count, bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
        return min(j, bytes.count - 1)
    }

    private static func decodedString(_ quoted: ArraySlice<UInt8>) -> String? {
        try? JSONSerialization.jsonObject(with: Data(quoted), options: [.fragmentsAllowed]) as? String
    }

    /// Where the next value goes: the frames' keys and indices, as a field path (`quotes[0].text`).
    private static func currentPath(_ stack: [(isObject: Bool, keys: Set<String>, path: String, index: Int)], key: String? = nil)
        -> String
    {
        guard let top = stack.last else { return key ?? "" }
        let base = top.isObject ? top.path : top.path + "[\(top.index)]"
        guard let key else { return base }
        return base.isEmpty ? key : base + "." + key
    }
}
