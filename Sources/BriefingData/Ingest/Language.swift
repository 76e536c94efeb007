/// Words, and whether a text reads as English: the share of its words that are English's
/// commonest function words. English prose runs at 35–45%; French, German or Welsh prose at
/// under 5% (they share "a", "in", "on" at most).
enum Language {
    static let englishThreshold = 0.15
    static let functionWords: Set<String> = [
        "the", "and", "of", "to", "a", "in", "is", "was", "for", "that", "on", "with", "as", "by", "it", "be", "are",
        "were", "has", "have", "had", "this", "from", "at", "an", "not", "or", "which", "their", "its", "but", "been",
        "will", "would", "said", "they", "we", "our", "he", "she", "who",
    ]

    /// The words of `text`: runs of letters, with apostrophes and hyphens inside them.
    static func words(in text: String) -> [Substring] {
        text.split { !($0.isLetter || $0 == "’" || $0 == "'" || $0 == "-") }.filter { $0.first?.isLetter == true }
    }

    /// The share of common English words among the words of `texts`; nil for fewer than 12 words.
    static func englishShare(_ texts: [String]) -> Double? {
        var total = 0
        var common = 0
        for t in texts {
            for w in words(in: t) {
                total += 1
                if functionWords.contains(w.lowercased()) { common += 1 }
            }
        }
        return total < 12 ? nil : Double(common) / Double(total)
    }
}
