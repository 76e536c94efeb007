import ArgumentParser
import BriefingData
import BriefingModel
import BriefingPipeline
import Foundation

/// `brief ingest FILE`: a news article, press release or minutes read into a draft council record.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a news article, press release or council minutes into a draft council record (YAML).",
        discussion: """
            FILE is plain text (Markdown too) or HTML in English, up to 4 MiB. Prints a draft record in Data/councils' schema: the council the \
            text is about (matched to the known councils, or an error naming the candidates), the source, every \
            direct quote of a sentence or more with its speaker, every sum of money for the service with its \
            recurrence, the council's people named with roles, inspections mentioned, and context facts; each fact \
            with `line:`, the line of FILE it comes from. Sums that are not money for the service and quotes \
            left out are listed in comments. With --merge, adds the draft to the council's record in the data \
            folder instead (creating it if needed), never changing a fact already there and leaving out \
            inspections whose date the text does not state, then checks the result.
            """)

    @Argument(help: "The document: plain text or HTML.")
    var file: String

    @Flag(help: "Add the draft to the council's record in the data folder, then check it.")
    var merge = false

    @Option(help: "The council's slug, when the text names it in a way brief does not recognise.")
    var council: String?

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        try reporting {
            let data: Data
            switch BoundedFile.read(file, limit: ArticleText.limit) {
            case .success(let d): data = d
            case .failure(.unreadable):
                throw Failure("Could not read '\(file)'; expected an article as plain text or HTML.", code: 1)
            case .failure(let f): throw Failure("\(file): \(f.reason) for an article as plain text or HTML.", code: 1)
            }
            let source = try sourceOptions.source()
            let known = source.store.councils.map { CouncilMatcher.Known(slug: $0.slug, name: $0.name) }
            if let council, !known.contains(where: { $0.slug == council }) {
                throw Failure("--council: '\(council)' is not a known council; expected a slug from `brief list`.", code: 64)
            }
            let draft: IngestDraft
            do throws(IngestError) {
                draft = try IngestDraft.make(data: data, file: file, known: known, council: council)
            } catch {
                throw Failure(error.description, code: 1)
            }
            guard merge else {
                print(draft.yaml, terminator: "")
                return
            }
            try mergeDraft(draft, into: sourceOptions.locations)
        }
    }
}
