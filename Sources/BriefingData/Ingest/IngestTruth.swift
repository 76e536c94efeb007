import BriefingModel
import Foundation
import Yams

/// What a document should yield, to measure `brief ingest` against: the facts of a curated
/// record that cite it (by its `seed_file`), or a hand-written answer key `NAME.expected.yaml`
/// beside it (`council`, `quotes`, `funding`, `leaders`; `council: ambiguous` with `candidates`
/// for a document that should be refused).
public struct IngestTruth: Sendable {
    public struct Said: Sendable, Hashable {
        public var text: String
        public var speaker: String?
    }

    /// The council's slug; nil when the document should be refused as naming several.
    public var council: String?
    public var candidates: [String] = []
    public var quotes: [Said] = []
    public var funding: [Money] = []
    public var leaders: [String] = []
    /// People an answer key calls debatable leaders (a committee's chair): neither expected nor wrong.
    public var borderline: [String] = []
    /// Dated inspections, when the truth lists inspections at all (answer keys do not).
    public var inspections: [Visit]?

    public struct Money: Sendable, Hashable {
        public var amount: Int
        public var recurrence: FundingLine.Recurrence
    }

    public struct Visit: Sendable, Hashable {
        public var kind: Inspection.Kind
        public var year: Int
        public var month: Int?
    }

    /// The facts of `record` that cite the source written from `file` (a seed file's name).
    public init?(record: Council, file: String) {
        guard let source = record.sources.first(where: { $0.seedFile == file }) else { return nil }
        let id = source.id
        council = record.slug
        quotes = record.quotes.filter { $0.source == id }.map { Said(text: $0.text, speaker: $0.speaker) }
        funding = record.funding.filter { $0.source == id }.map { Money(amount: $0.amount, recurrence: $0.recurrence) }
        leaders = record.leaders.filter { $0.source == id }.map(\.name)
        inspections = record.inspections.filter { $0.source == id }.compactMap { i in
            i.date.map { Visit(kind: i.kind, year: $0.year, month: $0.month) }
        }
    }

    /// The answer key at `path`.
    public init(key path: String) throws(DataError) {
        struct Key: Decodable {
            struct Q: Decodable { var text: String; var speaker: String? }
            struct F: Decodable { var amount: Int; var recurrence: FundingLine.Recurrence }
            /// A person as `{name: …, role: …}` or as a name alone.
            struct L: Decodable {
                var name: String
                init(from decoder: any Decoder) throws {
                    if let n = try? decoder.singleValueContainer().decode(String.self) {
                        name = n
                    } else {
                        enum K: String, CodingKey { case name }
                        name = try decoder.container(keyedBy: K.self).decode(String.self, forKey: .name)
                    }
                }
            }
            var council: String
            var candidates: [String]?
            var quotes: [Q]?
            var funding: [F]?
            var leaders: [L]?
            var borderline_leaders: [L]?
        }
        let key: Key
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            key = try YAMLDecoder().decode(Key.self, from: String(decoding: data, as: UTF8.self))
        } catch {
            throw .invalid(file: path, line: nil, field: "", message: "is not an answer key: \(error)")
        }
        council = key.council == "ambiguous" ? nil : key.council
        candidates = key.candidates ?? []
        quotes = (key.quotes ?? []).map { Said(text: $0.text, speaker: $0.speaker) }
        funding = (key.funding ?? []).map { Money(amount: $0.amount, recurrence: $0.recurrence) }
        leaders = (key.leaders ?? []).map(\.name)
        borderline = (key.borderline_leaders ?? []).map(\.name)
    }
}
