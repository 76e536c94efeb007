/// Why `brief ingest` cannot make a draft from a file, as one line naming the file.
public struct IngestError: Error, CustomStringConvertible, Equatable {
    public enum Reason: Error, Equatable {
        case empty
        case binary
        case tooShort(words: Int)
        case notEnglish(percent: Int)
        /// No known council is named in the text.
        case noCouncil
        /// Several councils are named about as often; the candidates with their counts.
        case severalCouncils([String])
    }

    public var file: String
    public var reason: Reason

    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        let what: String
        switch reason {
        case .empty: what = "has no text; expected a news article, press release or minutes as plain text or HTML"
        case .binary:
            what = "is binary data, not UTF-8 text; expected a news article, press release or minutes as plain text or HTML"
        case .tooShort(let n): what = "has \(n) words; expected an article of at least 12 words"
        case .notEnglish(let p):
            what =
                "does not read as English (\(p)% of its words are common English words; expected at least \(Int(Language.englishThreshold * 100))%)"
        case .noCouncil: what = "names none of the known councils; expected an article about one council's children's services"
        case .severalCouncils(let names):
            what =
                "names several councils about equally (\(names.joined(separator: ", "))); expected one council, or pass --council SLUG"
        }
        return "\(file): \(what)"
    }
}
