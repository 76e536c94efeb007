/// Words said about or by the council, with who said them.
public struct Quote: Codable, Sendable, Hashable {
    /// Whose voice the quote is.
    public enum Voice: String, Codable, Sendable {
        case inspectors, council
    }

    /// What an inspectors' quote read from a report stands for on the page: the report's
    /// overall verdict (under the banner), a strength or a concern (in the quote panels).
    public enum Finding: String, Codable, Sendable {
        case verdict, strength, concern
    }

    public var text: String
    public var voice: Voice
    /// The person who said it, where named ("Peter Box"); inspectors' reports are unsigned.
    public var speaker: String?
    /// Their role, or the document it comes from ("leader of the council", "Ofsted report").
    public var role: String
    public var date: FactDate?
    public var source: String
    /// Set for inspectors' sentences read from a report; nil for curated quotes.
    public var finding: Finding?

    public init(
        text: String, voice: Voice, speaker: String? = nil, role: String, date: FactDate?, source: String,
        finding: Finding? = nil
    ) {
        self.finding = finding
        self.text = text
        self.voice = voice
        self.speaker = speaker
        self.role = role
        self.date = date
        self.source = source
    }
}
