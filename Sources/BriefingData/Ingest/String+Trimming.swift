import Foundation

extension StringProtocol {
    /// The text without white space or line breaks at either end.
    var trimmed: String { trimming(.whitespacesAndNewlines) }

    /// The text without the characters of `set` at either end: Foundation's
    /// `trimmingCharacters(in:)` without its trip through NSString, which on Linux took a quarter
    /// of the time to read a long document.
    func trimming(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
            let last = scalars.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
