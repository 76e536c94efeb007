/// Words said about or by the council, with who said them.
public struct Quote: Codable, Sendable, Hashable {
    /// Whose voice the quote is.
    public enum Voice: String, Codable, Sendable {
        case inspectors, council
    }

    public var text: String
    public var voice: Voice
    /// The person who said it, where named ("Peter Box"); inspectors' reports are unsigned.
    public var speaker: String?
    /// Their role, or the document it comes from ("leader of the council", "Ofsted report").
    public var role: String
    public var date: FactDate?
    public var source: String

    public init(text: String, voice: Voice, speaker: String? = nil, role: String, date: FactDate?, source: String) {
        self.text = text
        self.voice = voice
        self.speaker = speaker
        self.role = role
        self.date = date
        self.source = source
    }
}
