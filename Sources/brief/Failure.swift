import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// A failure reported as one line on standard error, with an exit status.
struct Failure: Error {
    let message: String
    let code: Int32
    init(_ message: String, code: Int32) {
        self.message = message
        self.code = code
    }

    /// `error` with its exit status: 64 for bad input, else 1.
    init(_ error: PipelineError) { self.init(error.description, code: error.isUsage ? 64 : 1) }

    /// Runs `body`, turning a ``PipelineError`` into a Failure.
    static func reporting<T>(_ body: () throws(PipelineError) -> T) throws(Failure) -> T {
        do {
            return try body()
        } catch {
            throw Failure(error)
        }
    }

    /// This process's SOURCE_DATE_EPOCH, or a Failure (exit 64) when it is malformed.
    static func fixedDate() throws(Failure) -> DocumentDate? {
        do {
            return try DocumentDate.fromEnvironment.get()
        } catch {
            throw Failure(.sourceDate(error))
        }
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a ``Failure`` into its one line and exit status.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let f as Failure {
            FileHandle.standardError.write(Data(("brief: " + f.message + "\n").utf8))
            throw ExitCode(f.code)
        }
    }
}
