/// A fact about the council's situation: its workforce, caseloads or leadership.
public struct ContextFact: Codable, Sendable, Hashable {
    /// What the fact is about.
    public enum Topic: String, Codable, Sendable, CaseIterable {
        case workforce, caseloads, leadership, governance
    }

    public var topic: Topic
    public var text: String
    public var date: FactDate?
    public var source: String

    public init(topic: Topic, text: String, date: FactDate? = nil, source: String) {
        self.topic = topic
        self.text = text
        self.date = date
        self.source = source
    }
}

/// A named person and the role they held when the source was written.
public struct Leader: Codable, Sendable, Hashable {
    public var name: String
    public var role: String
    public var source: String

    public init(name: String, role: String, source: String) {
        self.name = name
        self.role = role
        self.source = source
    }
}

/// Something inspectors said must improve.
public struct Improvement: Codable, Sendable, Hashable {
    public var text: String
    public var date: FactDate?
    public var source: String

    public init(text: String, date: FactDate? = nil, source: String) {
        self.text = text
        self.date = date
        self.source = source
    }
}

/// Where facts come from: a news article (a seed file) or a report.
public struct Source: Codable, Sendable, Hashable {
    /// The identifier facts cite, such as the seed file's name.
    public var id: String
    public var publisher: String?
    public var headline: String
    public var date: FactDate?
    /// The seed file the record was written from, relative to the shared seeds folder.
    public var seedFile: String?
    public var url: String?

    public init(id: String, publisher: String?, headline: String, date: FactDate?, seedFile: String? = nil, url: String? = nil) {
        self.id = id
        self.publisher = publisher
        self.headline = headline
        self.date = date
        self.seedFile = seedFile
        self.url = url
    }

    private enum CodingKeys: String, CodingKey {
        case id, publisher, headline, date, url
        case seedFile = "seed_file"
    }
}
