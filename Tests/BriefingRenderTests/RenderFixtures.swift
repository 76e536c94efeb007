import BriefTestSupport
import BriefingData
import BriefingModel
import BriefingPipeline
import BriefingRender

/// The renderer and every council the render tests use: the five curated, and the made-up adversarial ones.
enum RenderFixtures {
    static let renderer: BriefingRenderer = {
        do {
            return try BriefingRenderer(templates: TestPaths.templates)
        } catch {
            fatalError("Templates unreadable: \(error)")
        }
    }()

    /// The same renderer with Graphics' PDF export: briefings to bytes, as the CLI makes them.
    static let exporter = BriefingExporter(renderer: renderer)

    static func briefing(_ slug: String) throws -> Briefing {
        let folder = TestPaths.curated.contains(slug) ? TestPaths.data : TestPaths.fixtures
        let council = try RecordLoader.load(path: folder + "/\(slug).yaml")
        return Briefing(council: council, asOf: Briefing.asOfDate(for: council))
    }

    static let all = TestPaths.curated + TestPaths.adversarial
}
