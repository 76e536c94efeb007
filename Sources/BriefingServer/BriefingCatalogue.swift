import BriefingModel
import Foundation
import NIOCore

/// The councils the service knows, each with its briefing ready to render.
///
/// Built once at start-up by `brief serve` from the same data as the CLI. Requests only ever
/// look councils up here by slug: no file is opened because of anything a client sends.
public struct BriefingCatalogue: Sendable {
    /// The council list, in the data's order.
    public let summaries: [CouncilSummary]
    /// `summaries` as the JSON `GET /councils` answers with, encoded once.
    let summariesJSON: ByteBuffer
    private let bySlug: [String: Briefing]
    private let prepare: @Sendable (Council) -> Briefing

    /// - Parameters:
    ///   - briefings: every known council's briefing.
    ///   - prepare: makes the briefing for a posted record of a known council (its neighbours'
    ///     grades and the national line), reading nothing from disk.
    public init(briefings: [Briefing], prepare: @escaping @Sendable (Council) -> Briefing) {
        summaries = briefings.map { CouncilSummary($0.council) }
        // Encoding plain strings and optionals cannot fail.
        summariesJSON = ByteBuffer(bytes: try! ServiceJSON.encoder.encode(summaries))
        bySlug = Dictionary(briefings.map { ($0.council.slug, $0) }, uniquingKeysWith: { a, _ in a })
        self.prepare = prepare
    }

    /// The briefing of the council with this exact slug.
    public func briefing(slug: String) -> Briefing? { bySlug[slug] }

    /// The briefing for a posted record; nil when its slug names no known council.
    public func briefing(posted council: Council) -> Briefing? {
        bySlug[council.slug] == nil ? nil : prepare(council)
    }

    /// Whether `text` is shaped like a slug: 1 to 64 lower-case ASCII letters, digits and
    /// hyphens. Anything else (dots, slashes, percent signs) is refused before any lookup.
    public static func isSlug(_ text: Substring) -> Bool {
        (1...64).contains(text.utf8.count)
            && text.utf8.allSatisfy { (0x61...0x7a).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2d }
    }
}
