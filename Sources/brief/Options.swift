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
            "Folder of the national Ofsted dataset (inspections.csv, local-authorities.csv); default $BRIEF_OFSTED_DATA. Without it, only the curated records."
    )
    var ofsted: String?

    var locations: SourceLocations { SourceLocations(data: data, templates: templates, ofsted: ofsted) }

    /// The records these flags name, loaded.
    func source() throws -> BriefingSource { try Failure.reporting { () throws(PipelineError) in try BriefingSource(locations) } }
}
