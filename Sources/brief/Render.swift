import ArgumentParser
import BriefingData
import BriefingModel
import BriefingRender
import Foundation

extension Theme.Paper: ExpressibleByArgument {}

/// `brief <council>`: the council's briefing as a one-page PDF.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Write a council's one-page PDF briefing (the default command).")

    @Argument(help: "The council, by slug or name: wakefield, \"St Helens\", st-helens.")
    var council: String

    @OptionGroup var pdf: PDFOutputOptions

    /// What to write.
    enum Format: String, ExpressibleByArgument {
        case pdf, html
    }

    @Option(help: "pdf, or html for the same briefing as one accessible, self-contained HTML page.")
    var format: Format = .pdf

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try reporting {
            if format == .pdf { try pdf.refuseTerminal(example: "brief \(council) > \(council).pdf") }
            let store = try dataOptions.store()
            let c = try dataOptions.council(council, in: store)
            let renderer = try dataOptions.renderer()
            let briefing = store.briefing(for: c)
            if format == .html {
                try pdf.emit(Array(HTMLBriefing().html(for: briefing).utf8))
                return
            }
            let date = try Self.pdfDate(for: briefing)
            let bytes: [UInt8]
            do {
                bytes = try renderer.render(briefing, paper: pdf.paper, date: date)
            } catch {
                throw Failure("\(error)", code: 1)
            }
            try pdf.emit(bytes)
        }
    }

    /// The PDF's creation date: SOURCE_DATE_EPOCH when set, else the briefing's as-of date, else
    /// the record's newest dated fact; never the clock.
    static func pdfDate(for briefing: Briefing) throws -> String {
        try sourceDate.get() ?? briefing.documentDate
    }

    /// `SOURCE_DATE_EPOCH` as an ISO 8601 date, or nil when it is not set: read once per
    /// process, for every page and command alike (`brief serve` included).
    static let sourceDate: Result<String?, Failure> = {
        guard let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !raw.isEmpty else { return .success(nil) }
        guard let seconds = Int(raw), seconds >= 0 else {
            return .failure(Failure("SOURCE_DATE_EPOCH '\(raw)' is not a number of seconds since 1970.", code: 64))
        }
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return .success(f.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))))
    }()
}

/// Writes a file by way of a temporary name in the same folder, so nothing is ever half-written.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: tmp))
        } catch {
            throw Failure("Could not write '\(path)': \(error.localizedDescription)", code: 1)
        }
        // rename(2) replaces the target in one step: readers see the old file or the new one.
        guard rename(tmp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw Failure("Could not write '\(path)': \(reason).", code: 1)
        }
    }
}
