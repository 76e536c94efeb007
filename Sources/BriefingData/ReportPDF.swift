import BriefingModel
import Foundation

/// An Ofsted report's PDF, read in process through poppler-glib.
///
/// Each call opens its own poppler document and frees it before returning, so calls on different
/// threads share no poppler object (poppler-glib guards its own global state).
public enum ReportPDF {
    /// The report's text in the shape `pdftotext -layout` gives (one line per printed line,
    /// columns kept apart by runs of spaces, pages separated by form feeds), read in process through poppler-glib.
    ///
    /// The text is rebuilt from the position and size of every glyph (see ``Layout``); the PDF is
    /// never handed to another program.
    public static func text(path: String) throws(DataError) -> String {
        try document(path: path).text
    }

    /// The report's text (``text(path:)``) and the day its PDF says it was made, if it says.
    public static func document(path: String) throws(DataError) -> (text: String, created: FactDate?) {
        let bytes = try read(path)
        let document = try PDFDocument(bytes: bytes, path: path)
        var text = ""
        var glyphCount = 0
        for index in 0..<document.pageCount {
            let glyphs = document.page(index)?.glyphs() ?? []
            glyphCount += glyphs.count { !$0.isSeparator }
            text += Layout.page(glyphs)
        }
        guard glyphCount > 0 else {
            let pages = document.pageCount == 1 ? "its one page" : "any of its \(document.pageCount) pages"
            throw .report(path: path, reason: "has no text layer (no text on \(pages)); expected an Ofsted report with text")
        }
        return (text, document.created)
    }

    /// Whether `bytes` are a PDF: `%PDF-` in the first 1024 bytes, where PDF readers look for it.
    public static func isPDF(_ bytes: Data) -> Bool {
        bytes.prefix(1024).range(of: Data("%PDF-".utf8)) != nil
    }

    /// The file's bytes, if they are a PDF.
    static func read(_ path: String) throws(DataError) -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .report(path: path, reason: "does not exist; expected an Ofsted report PDF")
        }
        let bytes: Data
        switch isFolder.boolValue ? .failure(.unreadable) : BoundedFile.read(path, limit: BoundedFile.reportPDF) {
        case .success(let b): bytes = b
        case .failure(.unreadable): throw .report(path: path, reason: "could not be read; expected a readable Ofsted report PDF")
        case .failure(let f): throw .report(path: path, reason: f.reason + "; expected an Ofsted report PDF")
        }
        guard isPDF(bytes) else {
            let start = String(decoding: bytes.prefix(16), as: UTF8.self).filter { !$0.isNewline && !$0.isASCIIControl }
            let opening = start.isEmpty ? "it is empty" : "it starts '\(start)'"
            throw .report(path: path, reason: "is not a PDF (\(opening), not '%PDF-'); expected an Ofsted report PDF")
        }
        return bytes
    }
}

extension Character {
    fileprivate var isASCIIControl: Bool { isASCII && (asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) }
}
