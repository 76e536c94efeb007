import BriefingData
import BriefingGraphics
import BriefingModel
import BriefingRender

/// A failure between the records and the bytes, worded for a person.
public enum PipelineError: Error, CustomStringConvertible {
    /// No council matches the name the user gave; `suggestion` is the likely one meant.
    case unknownCouncil(String, suggestion: String?)
    /// No council is in the region the user gave.
    case unknownRegion(String, known: [String])
    /// A file the user named is not what it should be (the mail merge's recipients).
    case badFile(String)
    /// SOURCE_DATE_EPOCH is malformed.
    case sourceDate(ModelError)
    /// A record or the national dataset could not be read.
    case data(DataError)
    /// The page could not be laid out.
    case render(RenderError)
    /// The page could not be written as a PDF.
    case export(GraphicsError)
    /// A file or folder could not be written.
    case file(ModelError)

    /// Whether the fault is in what the user asked for (exit status 64) rather than in the data
    /// or the machine (1).
    public var isUsage: Bool {
        switch self {
        case .unknownCouncil, .unknownRegion, .badFile, .sourceDate: true
        case .data, .render, .export, .file: false
        }
    }

    public var description: String {
        switch self {
        case .unknownCouncil(let query, let suggestion):
            "Unknown council '\(query)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        case .unknownRegion(let region, let known):
            "Unknown region '\(region)'; expected one of: \(known.isEmpty ? "none without --ofsted" : known.joined(separator: ", "))."
        case .badFile(let message): message
        case .sourceDate(let e): e.description
        case .data(let e): e.description
        case .render(let e): e.description
        case .export(let e): e.description
        case .file(let e): e.description
        }
    }
}

extension PipelineError {
    /// Runs a file operation (``AtomicFile``), its failure as a PipelineError.
    public static func writing<T>(_ body: () throws(ModelError) -> T) throws(PipelineError) -> T {
        do {
            return try body()
        } catch {
            throw .file(error)
        }
    }
}
