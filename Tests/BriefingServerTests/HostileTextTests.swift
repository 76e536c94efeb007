import BriefingServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Issue 15, points 2, 3, 7 and 8, through `POST /briefings`: text that once gave a 500 (a
/// noncharacter), drew a lie (a bidi override showed "Reading" for "gnidaeR"), was cut (a NUL) or
/// cost seconds of layout (a 4,000-letter word) is a 422 naming the field, before any layout.
/// Every value is made up.
/// Each test is bounded: a hang fails it (the limit allows for a loaded machine running the whole suite).
@Suite(.timeLimit(.minutes(5))) struct HostileTextTests {
    static let cases: [(field: String, text: String)] = [
        ("name", "Wake" + scalar(0xFFFE) + "field"),
        ("name", scalar(0xFFFF)),
        ("name", "Wakefield " + scalar(0xFDD0)),
        ("name", "Wakefield " + scalar(0x10FFFF)),
        ("name", "Wake\u{0}field"),
        ("name", "\u{202E}dleifekaW"),
        ("name", "Wakefield \u{E000}"),
        ("name", String(repeating: "W", count: 4_000)),
        ("quotes[0].text", "Inspectors found " + String(repeating: "a", count: 3_000)),
        ("quotes[0].role", "lead\u{2066}er"),
        ("funding[0].label", "Extra \u{1B}[31mmoney"),
    ]

    @Test(arguments: 0..<cases.count)
    func hostileTextIs422NamingTheField(index: Int) async throws {
        let (field, text) = Self.cases[index]
        var record = ServerFixture.wakefieldJSON
        let path = field.split(separator: ".")
        if path.count == 1 {
            record[field] = text
        } else {
            let list = String(path[0].prefix { $0 != "[" })
            var items = record[list] as! [[String: Any]]
            items[0][String(path[1])] = text
            record[list] = items
        }
        let body = ServerFixture.body(record)
        let r = try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/briefings", method: .post, headers: ServerFixture.json, body: body)
        }
        #expect(r.status == .unprocessableContent, "\(field)")
        #expect(r.error?.field == field)
    }

    /// Issue 15, point 7: 20 sub-judgements on one inspection gave a 500 because the page did not
    /// fit. Twenty fit (small type, two columns) with or without an overall grade; 21 are a 422.
    @Test(arguments: [(20, true, 200), (20, false, 200), (21, true, 422)])
    func manySubJudgementsFitOrAreRefused(count: Int, graded: Bool, status: Int) async throws {
        var record = ServerFixture.wakefieldJSON
        var inspections = record["inspections"] as! [[String: Any]]
        let last = try #require(inspections.lastIndex { ($0["kind"] as? String) == "full inspection" })
        inspections[last]["judgements"] = (1...count).map { i in
            ["area": "made-up judgement area number \(i)", "grade": ["good", "outstanding", "inadequate"][i % 3]]
        }
        if !graded {
            inspections[last]["grade"] = nil
            inspections[last]["grade_note"] = "made-up: no overall grade"
        }
        record["inspections"] = inspections
        let body = ServerFixture.body(record)
        let r = try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/briefings", method: .post, headers: ServerFixture.json, body: body)
        }
        #expect(Int(r.status.code) == status, "\(r.error?.message ?? "")")
        if status == 200 {
            let words = try r.poppler("pdftotext").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("Made-up judgement area number 20"))
            #expect(try r.poppler("pdfinfo").contains("Pages:           1"))
        } else {
            #expect(r.error?.field == "inspections[\(last)].judgements")
        }
    }

    /// Issue 15, point 8: CJK, Thai and emoji were drawn as hex boxes with no word. A posted field
    /// with characters neither Inter nor DejaVu Sans has is a 422 naming them; Greek, Cyrillic
    /// and accented Latin are drawn.
    @Test(arguments: [
        ("name", "Wakefield 中文", "U+4E2D (中), U+6587 (文)"),
        ("quotes[0].text", "Made-up quote ภาษาไทย", "U+0E20 (ภ)"),
        ("quotes[0].role", "leader 👍 (😀 is drawn)", "U+1F44D (👍)"),
    ])
    func textTheFontsCannotDrawIs422(field: String, text: String, named: String) async throws {
        var record = ServerFixture.wakefieldJSON
        if field == "name" {
            record["name"] = text
        } else {
            var quotes = record["quotes"] as! [[String: Any]]
            quotes[0][String(field.split(separator: ".")[1])] = text
            record["quotes"] = quotes
        }
        let body = ServerFixture.body(record)
        let r = try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/briefings", method: .post, headers: ServerFixture.json, body: body)
        }
        #expect(r.status == .unprocessableContent)
        #expect(r.error?.field == field)
        #expect(r.error?.message.contains("cannot draw: " + named) == true, "\(r.error?.message ?? "")")
    }

    @Test func greekCyrillicAndAccentsAreDrawn() async throws {
        var record = ServerFixture.wakefieldJSON
        record["name"] = "Wakefield Ελλάδα Москва Łódź Ynys Môn"
        let body = ServerFixture.body(record)
        let r = try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/briefings", method: .post, headers: ServerFixture.json, body: body)
        }
        #expect(r.status == .ok, "\(r.error?.message ?? "")")
    }
}

/// A code point Swift will not take in a literal (noncharacters), as a string.
private func scalar(_ value: UInt32) -> String { String(Character(Unicode.Scalar(value)!)) }
