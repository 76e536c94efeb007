import ArgumentParser
import BriefingPipeline
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
        case pdf, html, json
    }

    @Option(
        help:
            "pdf; html for the same briefing as one accessible, self-contained HTML page; json for what the page shows, as data.")
    var format: Format = .pdf

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        try reporting {
            if format == .pdf { try pdf.refuseTerminal(example: "brief \(council) > \(council).pdf") }
            let source = try sourceOptions.source()
            let briefing = source.briefing(
                for: try Failure.reporting { () throws(PipelineError) in try source.council(named: council) })
            let exporter = try Failure.reporting { () throws(PipelineError) in try source.exporter() }
            if format == .html { return try pdf.emit(Array(exporter.html(for: briefing).utf8)) }
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
