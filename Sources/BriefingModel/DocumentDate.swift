import Foundation

/// The date every document brief writes carries when `SOURCE_DATE_EPOCH` is set (reproducible
/// builds): the PDFs' creation date and the emails' Date header alike.
public struct DocumentDate: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let seconds: Int
    /// ISO 8601 in UTC (`2023-11-14T22:13:20Z`), as a PDF's creation date: formatted once, not per page.
    public let timestamp: String

    public init(seconds: Int) {
        self.seconds = seconds
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        timestamp = f.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The moment, for an email's Date header.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    /// `SOURCE_DATE_EPOCH` from `environment`: nil when it is not set or empty.
    public static func sourceDateEpoch(in environment: [String: String]) throws(ModelError) -> DocumentDate? {
        guard let raw = environment["SOURCE_DATE_EPOCH"], !raw.isEmpty else { return nil }
        guard let seconds = Int(raw), seconds >= 0 else { throw .sourceDateEpoch(raw) }
        return DocumentDate(seconds: seconds)
    }

    /// This process's `SOURCE_DATE_EPOCH`, read once, for every page and command alike.
    public static let fromEnvironment: Result<DocumentDate?, ModelError> = Result {
        () throws(ModelError) -> DocumentDate? in try sourceDateEpoch(in: ProcessInfo.processInfo.environment)
    }
}
