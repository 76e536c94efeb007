import BriefingData
import BriefingPipeline
import Foundation

extension Ingest {
    func mergeDraft(_ draft: IngestDraft, into locations: SourceLocations) throws {
        throw Failure("--merge is not built yet", code: 1)
    }
}
