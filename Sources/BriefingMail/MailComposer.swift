import BriefingModel
import Foundation
import Mustache

/// Builds the message that carries a council's briefing, from the templates in Templates/mail.
public struct MailComposer: Sendable {
    let text: MustacheTemplate
    let html: MustacheTemplate

    /// Loads `briefing.txt.mustache` and `briefing.html.mustache` from `directory`.
    public init(directory: String) throws(MailError) {
        text = try Self.load(directory + "/briefing.txt.mustache")
        html = try Self.load(directory + "/briefing.html.mustache")
    }

    private static func load(_ path: String) throws(MailError) -> MustacheTemplate {
        guard let data = FileManager.default.contents(atPath: path) else { throw .template(path: path, reason: "no such file") }
        do {
            return try MustacheTemplate(string: String(decoding: data, as: UTF8.self))
        } catch {
            throw .template(path: path, reason: "\(error)")
        }
    }

    /// The default subject: `Wakefield: children's services briefing (latest grade: good)`, or
    /// for an inspection with judgements and no overall grade `(latest inspection: June 2026, no overall grade)`.
    public static func subject(for b: Briefing) -> String {
        let latest = b.council.latestInspection
        let grade: String
        if let g = latest?.grade {
            grade = "latest grade: \(g.rawValue)"
        } else if let x = latest?.inspection {
            grade = "latest inspection: \(x.date.map(Format.date) ?? "date not stated"), no overall grade"
        } else {
            grade = "no overall grade recorded"
        }
        return "\(b.council.name): children’s services briefing (\(grade))"
    }

    /// The message for `briefing` with `pdf` attached. `document`, when given, makes the HTML
    /// part: it receives the HTML template's fragment (the greeting) and returns the whole page,
    /// so the email's HTML body is the briefing's accessible HTML twin.
    public func message(
        for b: Briefing, pdf: [UInt8], from: Address, to: [Address], cc: [Address] = [], subject: String? = nil, date: Date,
        recipientName: String? = nil, document: ((String) -> String)? = nil
    ) -> MailMessage {
        let c = b.council
        var context: [String: Any] = [
            "council": c.name, "asOf": b.asOf.map { Format.dateNoted($0) } ?? "source dates not stated",
        ]
        if let latest = c.latestInspection, latest.grade == nil {
            let judgements = latest.inspection.judgements.map(\.words).joined(separator: ", ")
            context["judged"] =
                "\(latest.inspection.kind.words.lowercased()), \(Format.dateNoted(latest.inspection.date)), no overall grade (Ofsted gives none from April 2026); \(judgements)"
        } else if let r = c.rating {
            context["grade"] = r.grade.rawValue
            context["gradeWhen"] = "\(r.latest.kind.words.lowercased()), \(Format.dateNoted(r.latest.date))"
            if let dir = r.direction, let prev = r.previousGrade {
                context["direction"] = "\(dir.rawValue.capitalized) from \(prev.rawValue) at the inspection before"
            }
        }
        if let recipientName { context["recipient"] = recipientName }
        let stamp = ISO8601DateFormatter().string(from: date).filter { $0.isNumber }
        let domain = from.email.split(separator: "@").last.map(String.init) ?? "localhost"
        let id = "\(c.slug).\(stamp).\(Self.fingerprint(to.map(\.email).joined(separator: ",") + c.slug + stamp))@\(domain)"
        return MailMessage(
            from: from, to: to, cc: cc, subject: subject ?? Self.subject(for: b), date: date, messageID: id,
            text: text.render(context), html: (document ?? { $0 })(html.render(context)),
            attachment: .init(filename: "\(c.slug).pdf", contentType: "application/pdf", bytes: pdf))
    }

    /// Eight hex digits (FNV-1a) that keep Message-IDs for different recipients apart.
    public static func fingerprint(_ s: String) -> String {
        var h: UInt32 = 2_166_136_261
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
