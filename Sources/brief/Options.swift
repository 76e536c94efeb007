import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// Where the data and templates live: the flags every command shares.
struct SourceOptions: ParsableArguments {
    @Option(help: "Folder of curated council records (default: Data/councils beside Templates/).")
    var data: String?

    @Option(help: "Folder with theme.json and fonts.conf (default: the project's Templates/).")
    var templates: String?

    @Option(
        help:
            "Folder of a raw Ofsted dataset (inspections.csv, local-authorities.csv, reports/) to read instead of the snapshot; default $BRIEF_OFSTED_DATA."
    )
    var ofsted: String?

    @Option(
        help: "Folder of the national snapshot (default: Data/national beside Templates/); 'none' for the curated records alone."
    )
    var national: String?

    var locations: SourceLocations { SourceLocations(data: data, templates: templates, ofsted: ofsted, national: national) }

    /// The records these flags name, loaded.
    func source() throws -> BriefingSource { try Failure.reporting { () throws(PipelineError) in try BriefingSource(locations) } }
}
