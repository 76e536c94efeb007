import ArgumentParser
import BriefingPipeline
import BriefingRender
import Foundation

extension Theme.Paper: ExpressibleByArgument {}

/// `brief <council>`: the council's briefing as a one-page PDF, its HTML twin or its page model.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write a council's one-page PDF briefing, or the same as HTML or JSON (the default command).")

    @Argument(help: "The council, by slug or name: wakefield, \"St Helens\", st-helens.")
    var council: String

    @OptionGroup var pdf: PDFOutputOptions

    /// What to write.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case pdf, html, json
    }

    @Option(
        help:
            "pdf (the page); html (the same briefing as one accessible, self-contained HTML page); json (what the page shows and leaves out, as data)."
    )
    var format: Format = .pdf

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        try reporting {
            if format == .pdf { try pdf.refuseTerminal(example: "brief \(council) > \(council).pdf") }
            let source = try sourceOptions.source()
            let briefing = source.briefing(
                for: try Failure.reporting { () throws(PipelineError) in try source.council(named: council) })
            let exporter = try Failure.reporting { () throws(PipelineError) in try source.exporter() }
            if format == .html { return try pdf.emit(Array(exporter.html(for: briefing, paper: pdf.paper, links: .files).utf8)) }
            if format == .json {
                return try pdf.emit(
                    try Failure.reporting { () throws(PipelineError) in try exporter.json(for: briefing, paper: pdf.paper) })
            }
            let fixed = try Failure.fixedDate()
            try pdf.emit(
                try Failure.reporting { () throws(PipelineError) in
                    try exporter.pdf(for: briefing, paper: pdf.paper, fixed: fixed)
                })
        }
    }
}
