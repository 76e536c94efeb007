/// A finished page and what the file says about itself: what the exporters turn into bytes.
///
/// Render ends here; BriefingGraphics' `PDFExport` writes it as a PDF.
public struct Document: Sendable, Equatable {
    public var frame: Frame
    public var info: DocumentInfo

    public init(frame: Frame, info: DocumentInfo) {
        self.frame = frame
        self.info = info
    }
}

/// Document information written into a PDF's Info dictionary and catalog.
public struct DocumentInfo: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601 date (`2018-07-01T00:00:00Z`) for both creation and modification, so output is reproducible.
    public var date: String
    /// The document's language, as a BCP 47 tag.
    public var language: String

    public init(
        title: String, author: String, subject: String, keywords: String, creator: String, date: String,
        language: String = "en-GB"
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.date = date
        self.language = language
    }
}
