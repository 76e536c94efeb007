import BriefTestSupport
import BriefingModel
import BriefingServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /briefings`: a posted record becomes a page; every kind of bad input is a clean 4xx.
/// Each test is bounded: a hang fails it (the limit allows for a loaded machine running the whole suite).
@Suite(.timeLimit(.minutes(5))) struct PostBriefingTests {
    private func post(_ body: ByteBuffer, headers: HTTPFields = ServerFixture.json, uri: String = "/briefings") async throws
        -> TestResponse
    {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .post, headers: headers, body: body)
        }
    }

    @Test func postedRecordIsRenderedAndNotCached() async throws {
        var record = ServerFixture.wakefieldJSON
        record["name"] = "Wakefield (posted)"
        let r = try await post(ServerFixture.body(record))
        #expect(r.status == .ok)
        #expect(r.isPDF)
        #expect(r.headers[.contentType] == "application/pdf")
        #expect(r.headers[.cacheControl] == "no-store")
        #expect(r.headers[.contentDisposition] == "inline; filename=\"wakefield.pdf\"")
        #expect(try r.poppler("pdftotext").contains("Wakefield (posted)"))
        #expect(try r.poppler("pdfinfo").contains("Pages:           1"))
    }

    @Test func postedLetterPaper() async throws {
        let r = try await post(ServerFixture.body(ServerFixture.wakefieldJSON), uri: "/briefings?paper=letter")
        #expect(r.status == .ok)
        #expect(try r.poppler("pdfinfo").contains("612 x 792 pts (letter)"))
    }

    @Test(arguments: ["{\"slug\": \"wakefield\",", "not json", "", "{\"slug\": \"wakefield\"} trailing", "\u{FEFF}{]"])
    func malformedJSONIs400(text: String) async throws {
        let r = try await post(ByteBuffer(string: text))
        #expect(r.status == .badRequest, "\(text)")
        #expect(r.error?.message.contains("not well-formed JSON") == true)
    }

    @Test func deeplyNestedJSONIsRefusedCleanly() async throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let r = try await post(ByteBuffer(string: #"{"slug":"wakefield","name":"W","sources":"# + deep + "}"))
        #expect([.badRequest, .unprocessableContent].contains(r.status))
        let shallow = try await post(
            ByteBuffer(
                string: #"{"slug":"wakefield","x":"# + String(repeating: "[", count: 20) + String(repeating: "]", count: 20) + "}"
            ))
        #expect(shallow.status == .unprocessableContent)
        #expect(shallow.error?.message.contains("nested more than") == true)
    }

    @Test func unknownCouncilIs404() async throws {
        var record = ServerFixture.wakefieldJSON
        record["slug"] = "atlantis"
        let r = try await post(ServerFixture.body(record))
        #expect(r.status == .notFound)
        #expect(r.error?.field == "slug")
        #expect(r.error?.message.contains("Unknown council 'atlantis'") == true)
    }

    typealias Change = @Sendable (inout [String: Any]) -> Void

    /// A change to item `index` of the record's list under `key`.
    static func item(_ key: String, _ index: Int = 0, _ change: @escaping @Sendable (inout [String: Any]) -> Void) -> Change {
        { record in
            var list = record[key] as! [[String: Any]]
            change(&list[index])
            record[key] = list
        }
    }

    /// Each case: a change to Wakefield's record, and the field the 422 must name.
    static let invalid: [(String, Change)] = [
        ("name", { $0["name"] = nil }),
        ("name", { $0["name"] = 42 }),
        ("name", { $0["name"] = " " }),
        ("slug", { $0["slug"] = "Wakefield/../x" }),
        ("quotes[0].text", item("quotes") { $0["text"] = "" }),
        ("quotes[0].text", item("quotes") { $0["text"] = String(repeating: "word ", count: 1_000) }),
        ("inspections[0].grade", item("inspections") { $0["grade"] = "brilliant" }),
        ("inspections[0].date", item("inspections") { $0["date"] = "last spring" }),
        ("funding[0].amount", item("funding") { $0["amount"] = -5 }),
        // Two of these once summed past Int64 and killed the server; one is over the £10bn bound.
        ("funding[0].amount", item("funding") { $0["amount"] = 9_000_000_000_000_000_000 }),
        ("neighbours", { $0["neighbours"] = Array(repeating: "E08000036", count: 101) }),
        ("quotes[0].source", item("quotes") { $0["source"] = "nowhere" }),
    ]

    @Test(arguments: 0..<invalid.count)
    func invalidRecordIs422NamingTheField(index: Int) async throws {
        let (field, change) = Self.invalid[index]
        var record = ServerFixture.wakefieldJSON
        change(&record)
        let r = try await post(ServerFixture.body(record))
        #expect(r.status == .unprocessableContent, "\(field)")
        #expect(r.error?.field == field)
        #expect(r.headers[.contentType] == "application/json; charset=utf-8")
    }

    /// A key given twice once let the limits check one copy while the page drew the other
    /// (a 200,000-character quote was accepted): refused, naming the field.
    @Test(arguments: [
        ("{\"name\": \"Wakefield\", \"name\": \"Wakefield\",", "name"),
        ("{\"quotes\": [{\"text\": \"a\", \"t\\u0065xt\": \"b\"}],", "quotes[0].text"),
    ])
    func duplicateKeysAre422(prefix: String, field: String) async throws {
        let record = String(decoding: ServerFixture.body(ServerFixture.wakefieldJSON).readableBytesView, as: UTF8.self)
        let body = prefix + record.drop { $0 != "{" }.dropFirst()
        let r = try await post(ByteBuffer(string: body))
        #expect(r.status == .unprocessableContent, "\(body.prefix(120))")
        #expect(r.error?.field == field)
    }

    @Test func jsonThatIsNotAnObjectIs422() async throws {
        let r = try await post(ByteBuffer(string: "[1, 2, 3]"))
        #expect(r.status == .unprocessableContent)
    }

    @Test func oversizedBodyIs413() async throws {
        var record = ServerFixture.wakefieldJSON
        record["padding"] = String(repeating: "x", count: 300 * 1024)
        let r = try await post(ServerFixture.body(record))
        #expect(r.status == .contentTooLarge)
        #expect(r.error?.message.contains("at most 262144") == true)
    }

    @Test func nonJSONContentTypeIs415() async throws {
        let r = try await post(ServerFixture.body(ServerFixture.wakefieldJSON), headers: [.contentType: "text/plain"])
        #expect(r.status == .unsupportedMediaType)
    }
}
