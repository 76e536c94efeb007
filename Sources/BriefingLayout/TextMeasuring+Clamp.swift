extension TextMeasuring {
    /// The longest word-boundary prefix of `text` that fits `maxLines` lines, with an ellipsis
    /// when anything was cut, found by binary search over word counts. The page then holds
    /// exactly the words it shows.
    public func clamp(_ text: String, style: TextStyle, width: Double, maxLines: Int) -> String {
        let full = measure(text, style: style, width: width, maxLines: nil)
        guard full.lineCount > maxLines else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var lo = 0
        var hi = words.count
        // Binary search for the most words whose clamped form still fits.
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            let candidate = words[0..<mid].joined(separator: " ") + "…"
            if measure(candidate, style: style, width: width, maxLines: nil).lineCount <= maxLines {
                lo = mid
            } else {
                hi = mid - 1
            }
        }
        guard lo > 0 else { return "…" }
        var cut = words[0..<lo].joined(separator: " ")
        while let last = cut.last, ",;:–—-(".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}
