import BriefingModel
import BriefingPipeline
import BriefingRender
import Logging
import NIOCore

extension BriefingService {
    /// Renders `briefing`'s web page on a render thread: the page is laid out there as for
    /// the PDF (its page model says what it shows), and linked as the service serves pages.
    func renderHTML(_ briefing: Briefing, logger: Logger) async throws -> PDF {
        let exporter = self.exporter
        do {
            return try await pool.run(timeLimit: configuration.renderTimeLimit) {
                let bytes = Array(exporter.html(for: briefing, links: .service).utf8)
                return PDF(bytes: ByteBuffer(bytes: bytes), etag: "\"" + Checksum.sha256(bytes).prefix(32) + "\"")
            }
        } catch let error as RenderPoolError {
            throw refused(error, briefing, logger: logger)
        }
    }

    /// The front page for `view`: every council's summary, filtered and sorted. Cheap (no
    /// layout), so made on every request.
    func indexPage(_ view: CouncilIndex) -> ByteBuffer {
        ByteBuffer(string: HTMLIndex(theme: exporter.renderer.theme).html(catalogue.summaries, view: view))
    }
}
