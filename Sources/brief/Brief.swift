import ArgumentParser
import BriefingGraphics
import BriefingModel
import Foundation
import Logging

/// `brief`: one-page PDF briefings on English councils' children's services.
@main
struct Brief: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "One-page PDF briefings on English councils' children's services inspections.",
        subcommands: [
            Render.self, List.self, Check.self, All.self, OverviewCommand.self, Mail.self, Serve.self, Bench.self, Extract.self,
            ExtractAccuracy.self, Import.self, Ingest.self, IngestAccuracyCommand.self,
        ],
        defaultSubcommand: Render.self)

    static func main() {
        // Before any thread starts: what Cairo reads from the environment.
        PDFSettings.prepare()
        LoggingSystem.bootstrap { label in
            var h = StreamLogHandler.standardError(label: label)
            h.logLevel = .warning
            return h
        }
        StandardOutput.holdClosedDescriptors()
        do {
            var command = try parseAsRoot()
            try command.run()
            // What `print` buffered, written now: a full disk or a closed descriptor is an error, not exit 0.
            try StandardOutput.flush()
        } catch let error as ModelError {
            FileHandle.standardError.write(Data("brief: \(error)\n".utf8))
            Self.exit(withError: ExitCode(1))
        } catch {
            exit(withError: error)
        }
    }
}
