/// One line of `brief all`'s index.json.
public struct ManifestEntry: Codable, Sendable {
    public var slug: String
    public var name: String
    public var latestGrade: String?
    public var date: String?
    public var file: String
    public var bytes: Int
    public var sha256: String

    enum CodingKeys: String, CodingKey {
        case slug, name, date, file, bytes, sha256
        case latestGrade = "latest_grade"
    }
}

extension ManifestEntry {
    /// Every key, with null for a council without an overall grade or a date (the synthesised
    /// encoder would leave them out).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(slug, forKey: .slug)
        try c.encode(name, forKey: .name)
        try c.encode(latestGrade, forKey: .latestGrade)
        try c.encode(date, forKey: .date)
        try c.encode(file, forKey: .file)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(sha256, forKey: .sha256)
    }
}
