/// Sums of money written in figures or words, read to whole pounds.
enum MoneyWords {
    static let scales: [String: Double] = [
        "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9, "k": 1e3, "thousand": 1e3,
    ]
    static let numbers: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 0.5,
    ]

    /// Each sum in `text`: its amount in pounds, its words as written, and where those words are
    /// among the text's words (split at spaces).
    static func amounts(in text: String) -> [(amount: Int, written: String, words: Range<Int>)] {
        let words = text.split(separator: " ")
        var out: [(amount: Int, written: String, words: Range<Int>)] = []
        var i = 0
        while i < words.count {
            if let (amount, length) = figure(words, at: i) ?? spelled(words, at: i) {
                let written = words[i..<i + length].joined(separator: " ")
                out.append((amount, written.trimming(.punctuationCharacters.subtracting(["£"])), i..<i + length))
                i += length
            } else {
                i += 1
            }
        }
        return out
    }

    /// "£3.5m", "£1.64 million", "£250,000", "£400k" or "1.5 million pounds" at `i`: the
    /// amount and how many words it takes.
    static func figure(_ words: [Substring], at i: Int) -> (Int, Int)? {
        var w = Substring(words[i].drop { "(“‘\"'".contains($0) })
        let pound = w.hasPrefix("£")
        if pound { w = w.dropFirst() }
        let digits = w.prefix { $0.isNumber || $0 == "," || $0 == "." }
        guard !digits.isEmpty, digits.first!.isNumber, let value = Double(digits.replacingOccurrences(of: ",", with: "")) else {
            return nil
        }
        let rest = w.dropFirst(digits.count).trimming(.punctuationCharacters).lowercased()
        var scale = 1.0
        var length = 1
        if let s = scales[rest] {
            scale = s
        } else if !rest.isEmpty {
            return nil
        } else if i + 1 < words.count, let s = scales[bare(words[i + 1])] {
            scale = s
            length = 2
        }
        if !pound {
            // Figures without "£" are money only as "N million pounds".
            guard scale > 1, i + length < words.count, bare(words[i + length]).hasPrefix("pound") else { return nil }
            length += 1
        }
        guard value * scale >= 1, value * scale < 1e13 else { return nil }
        return (Int((value * scale).rounded()), length)
    }

    /// "SIX MILLION pound", "half a million pounds", "two and a half million pounds" at `i`.
    static func spelled(_ words: [Substring], at i: Int) -> (Int, Int)? {
        var k = i
        var value = 0.0
        var article = false
        while k < words.count, k - i < 7 {
            let w = bare(words[k])
            switch w {
            case "a", "an": article = true
            case "half": value += 0.5
            case "quarter": value += 0.25
            case "hundred": value = max(value, 1) * 100
            case "and", "of": guard value > 0 || article else { return nil }
            default:
                guard let n = numbers[w] else { break }
                value += n
            }
            guard w == "a" || w == "an" || w == "and" || w == "of" || numbers[w] != nil || w == "quarter" else { break }
            k += 1
        }
        if value == 0, article { value = 1 }
        guard value > 0, k < words.count, let scale = scales[bare(words[k])], scale >= 1e3 else { return nil }
        k += 1
        guard k < words.count, bare(words[k]).hasPrefix("pound") else { return nil }
        return (Int((value * scale).rounded()), k + 1 - i)
    }

    static func bare(_ w: Substring) -> String {
        w.trimming(.punctuationCharacters).lowercased()
    }
}
