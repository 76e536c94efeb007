import BriefTestSupport
import BriefingData
import BriefingModel
import BriefingPipeline
import BriefingServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

/// Builds the service over the five curated councils, as `brief serve` does without national data.
enum ServerFixture {
    static let store: CouncilStore = try! CouncilStore.load(folder: TestPaths.data)
    static let exporter: BriefingExporter = try! BriefingExporter(templates: TestPaths.templates)

    static var catalogue: BriefingCatalogue {
        let store = self.store
        return BriefingCatalogue(
            briefings: store.councils.map { BriefingAssembler(store: store).briefing(for: $0) },
            prepare: { BriefingAssembler(store: store).briefing(for: $0, reports: false) })
    }

    /// A quiet logger: tests read the responses, not the access log.
    static var logger: Logger {
        var l = Logger(label: "brief.serve.test")
        l.logLevel = .critical
        return l
    }

    static func app(_ configure: (inout ServerConfiguration) -> Void = { _ in }) -> some ApplicationProtocol {
        var config = ServerConfiguration()
        config.port = 0
        configure(&config)
        return buildApplication(config: config, catalogue: catalogue, exporter: exporter, logger: logger)
    }

    /// Wakefield's record as `GET /councils/wakefield` gives it, for posting back.
    static var wakefieldJSON: [String: Any] {
        let data = try! JSONEncoder().encode(BriefingAssembler(store: store).briefing(for: store.find("wakefield")!).council)
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    static func body(_ object: Any) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    static let json: HTTPFields = [.contentType: "application/json"]
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The JSON error body `{"error":{"message":..., "field":...}}`.
    var error: (message: String, field: String?)? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any],
            let e = object["error"] as? [String: Any], let m = e["message"] as? String
        else { return nil }
        return (m, e["field"] as? String)
    }

    var isPDF: Bool { text.hasPrefix("%PDF-") }
}

extension TestResponse {
    /// What poppler's `tool` (pdfinfo, pdftotext) says about the body, as a PDF file.
    func poppler(_ tool: String) throws -> String {
        let path = try temporaryFolder() + "/body.pdf"
        try Data(buffer: body).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try run(tool, tool == "pdftotext" ? [path, "-"] : [path]).stdoutText
    }
}
