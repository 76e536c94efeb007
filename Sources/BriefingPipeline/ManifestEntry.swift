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
