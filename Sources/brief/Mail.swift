import ArgumentParser
import BriefingData
import BriefingMail
import BriefingModel
import BriefingRender
import Foundation

/// `brief mail`: an RFC 5322 message per council with its briefing attached, as .eml.
struct Mail: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an email (.eml) per council with its briefing attached: to standard output for one, or --output DIR.")

    @Argument(help: "The councils, by slug or name.")
    var councils: [String]

    @Option(help: "A recipient, as addr@example.org or \"Name <addr@example.org>\"; repeat for more.")
    var to: [String] = []

    @Option(help: "A copy recipient; repeat for more.")
    var cc: [String] = []

    @Option(help: "The sender (default: $BRIEF_MAIL_FROM, else brief <brief@localhost.localdomain>).")
    var from: String?

    @Option(help: "The subject (default: \"<Council>: children’s services briefing (latest grade: ...)\").")
    var subject: String?

    @Option(help: "Write <slug>.eml files into this folder instead of standard output.")
    var output: String?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try reporting {
            guard !to.isEmpty else { throw Failure("Give at least one recipient with --to ADDR.", code: 64) }
            guard councils.count == 1 || output != nil else {
                throw Failure("Writing \(councils.count) messages needs --output DIR.", code: 64)
            }
            let env = ProcessInfo.processInfo.environment
            let sender = from ?? env["BRIEF_MAIL_FROM"] ?? "brief <brief@localhost.localdomain>"
            let fromAddress: Address
            let toAddresses: [Address]
            let ccAddresses: [Address]
            do {
                fromAddress = try Address(parsing: sender, field: "--from")
                toAddresses = try to.map { a throws(MailError) in try Address(parsing: a, field: "--to") }
                ccAddresses = try cc.map { a throws(MailError) in try Address(parsing: a, field: "--cc") }
            } catch {
                throw Failure("\(error)", code: 64)
            }
            let store = try dataOptions.store()
            let selected = try councils.map { try dataOptions.council($0, in: store) }
            let composer: MailComposer
            let renderer: BriefingRenderer
            do {
                composer = try MailComposer(directory: dataOptions.templatesFolder + "/mail")
                renderer = try BriefingRenderer(templates: dataOptions.templatesFolder)
            } catch {
                throw Failure("\(error)", code: 1)
            }
            let date = try Self.messageDate()
            if let output {
                do {
                    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                } catch {
                    throw Failure("Could not create '\(output)': \(error.localizedDescription)", code: 1)
                }
            }
            for council in selected {
                let briefing = store.briefing(for: council)
                let pdf: [UInt8]
                do {
                    pdf = try renderer.render(briefing, date: try Render.pdfDate(for: briefing))
                } catch let f as Failure {
                    throw f
                } catch {
                    throw Failure("\(error)", code: 1)
                }
                let message = composer.message(
                    for: briefing, pdf: pdf, from: fromAddress, to: toAddresses, cc: ccAddresses, subject: subject, date: date)
                let bytes = MIMEWriter(boundarySeed: MailComposer.fingerprint(message.messageID)).bytes(for: message)
                if let output {
                    try AtomicFile.write(bytes, to: output + "/\(council.slug).eml")
                } else {
                    FileHandle.standardOutput.write(Data(bytes))
                }
            }
        }
    }

    /// The Date header: SOURCE_DATE_EPOCH when set (reproducible messages), else now.
    static func messageDate() throws -> Date {
        guard let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !raw.isEmpty else { return Date() }
        guard let seconds = Int(raw), seconds >= 0 else {
            throw Failure("SOURCE_DATE_EPOCH '\(raw)' is not a number of seconds since 1970.", code: 64)
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
