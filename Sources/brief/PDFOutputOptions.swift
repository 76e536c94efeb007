import ArgumentParser
import BriefingModel
import BriefingPipeline
import BriefingRender
import Foundation

/// Where a one-page PDF goes and on what paper: shared by `brief <council>` and `brief overview`.
struct PDFOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Paper size: a4 or letter.")
    var paper: Theme.Paper = .a4

    /// Refuses, with a hint, to send a PDF to a terminal; `example` is the command to suggest.
    func refuseTerminal(example: String) throws {
        if output == nil, isatty(STDOUT_FILENO) != 0 {
            throw Failure("Refusing to write a PDF to a terminal; redirect it (\(example)) or use -o FILE.", code: 64)
        }
    }

    /// Writes the finished document: to the -o file atomically, else to standard output.
    func emit(_ bytes: [UInt8]) throws {
        if let output {
            try Failure.reporting { () throws(PipelineError) in
                try PipelineError.writing { () throws(ModelError) in try AtomicFile.write(bytes, to: output) }
            }
        } else {
            try Failure.reporting { () throws(PipelineError) in
                try PipelineError.writing { () throws(ModelError) in try StandardOutput.write(bytes) }
            }
        }
    }
}
