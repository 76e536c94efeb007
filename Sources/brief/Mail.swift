import ArgumentParser
import BriefingMail
import BriefingModel
import BriefingPipeline
import Foundation

/// `brief mail`: an RFC 5322 message per council with its briefing attached, as .eml.
struct Mail: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an email (.eml) per council with its briefing attached: to standard output for one, or --output DIR.")

    @Argument(help: "The councils, by slug or name.")
    var councils: [String] = []

    @Flag(help: "Every council in the --recipients file.")
    var all = false

    @Option(help: "A CSV file with columns council, name, email, role: each council's briefing goes to its own people.")
    var recipients: String?

    @Flag(help: "Deliver through the SMTP server (--smtp or $BRIEF_SMTP_URL) by way of the outbox.")
    var send = false

    @Option(help: "The SMTP server: smtp://user:pass@host:587 (STARTTLS) or smtps://host:465.")
    var smtp: String?

    @Option(name: .customLong("smtp-ca"), help: "A PEM file of certificate authorities to trust for the server's certificate.")
    var smtpCA: String?

    @Flag(name: .customLong("smtp-plain"), help: "Allow an smtp:// server without TLS (passwords and messages in plain text).")
    var smtpPlain = false

    @Option(help: "The outbox folder for --send (default: the project's Output/mail).")
    var outbox: String?

    @Option(help: "Attempts per message when the server answers 4xx, the first included.")
    var attempts = 4

    @Option(name: .customLong("retry-wait"), help: "Seconds before the first retry; each later wait doubles.")
    var retryWait = 2.0

    @Option(
        name: .customLong("smtp-deadline"),
        help: "Seconds one message may take at the server in all, however it paces its replies (each step has 30 s).")
    var smtpDeadline: Int = 120

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

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        try reporting {
            guard !to.isEmpty || recipients != nil else {
                throw Failure("Give at least one recipient with --to ADDR, or a --recipients file.", code: 64)
            }
            guard !councils.isEmpty || (all && recipients != nil) else {
                throw Failure("Name the councils, or use --all with a --recipients file.", code: 64)
            }
            guard send || councils.count == 1 || output != nil else {
                throw Failure("Writing \(councils.count) messages needs --output DIR.", code: 64)
            }
            let (fromAddress, toAddresses, ccAddresses) = try addresses()
            let source = try sourceOptions.source()
            let letters = try Failure.reporting { () throws(PipelineError) in
                try MailPlan.letters(councils: councils, to: toAddresses, recipients: recipients, source: source)
            }
            let composer: MailComposer
            do {
                composer = try MailComposer(directory: sourceOptions.locations.templates + "/mail")
            } catch {
                throw Failure("\(error)", code: 1)
            }
            let exporter = try Failure.reporting { () throws(PipelineError) in try source.exporter() }
            let fixed = try Failure.fixedDate()
            let merge = MailMerge(
                composer: composer, from: fromAddress, cc: ccAddresses, subject: subject, date: fixed?.date ?? Date(),
                render: { b in
                    let (pdf, model) = try exporter.pdfAndModel(for: b, fixed: fixed)
                    return MailMerge.Rendered(pdf: pdf, html: { exporter.html(for: b, model: model, prelude: $0) })
                })
            let destination = try write(letters, with: merge)
            if case .outbox(let mailbox) = destination { try deliver(mailbox) }
        }
    }

    /// Writes every letter where the flags say: the outbox with --send, else --output's folder,
    /// else standard output.
    private func write(_ letters: [MailMerge.Letter], with merge: MailMerge) throws -> MailMerge.Destination {
        do {
            // --send ignores --output but has always made its folder: zero letters make just that.
            if send, let output { try merge.write([], to: .folder(output)) }
            let destination: MailMerge.Destination =
                send ? .outbox(try openOutbox()) : output.map { .folder($0) } ?? .standardOutput
            try merge.write(letters, to: destination)
            return destination
        } catch let f as Failure {
            throw f
        } catch let e as PipelineError {
            throw Failure(e)
        } catch {
            throw Failure("\(error)", code: 1)
        }
    }

    /// The sender, the --to recipients and the copies; a bad one is a usage error.
    private func addresses() throws -> (from: Address, to: [Address], cc: [Address]) {
        let sender = from ?? ProcessInfo.processInfo.environment["BRIEF_MAIL_FROM"] ?? "brief <brief@localhost.localdomain>"
        do {
            return (
                try Address(parsing: sender, field: "--from"),
                try to.map { a throws(MailError) in try Address(parsing: a, field: "--to") },
                try cc.map { a throws(MailError) in try Address(parsing: a, field: "--cc") }
            )
        } catch {
            throw Failure("\(error)", code: 64)
        }
    }

    private func openOutbox() throws -> MailOutbox {
        do {
            return try MailOutbox(folder: outbox ?? SourceLocations.projectRoot() + "/Output/mail")
        } catch {
            throw Failure("\(error)", code: 1)
        }
    }

    /// Sends the outbox and prints the summary; exit 1 if any failed, 75 if any is deferred or unconfirmed.
    private func deliver(_ mailbox: MailOutbox) throws {
        guard let url = smtp ?? ProcessInfo.processInfo.environment["BRIEF_SMTP_URL"], !url.isEmpty else {
            throw Failure("--send needs a server: --smtp URL or $BRIEF_SMTP_URL.", code: 64)
        }
        let configuration: SMTPConfiguration
        do {
            configuration = try SMTPConfiguration(url: url, allowPlain: smtpPlain, caFile: smtpCA)
        } catch {
            throw Failure("\(error)", code: 64)
        }
        let attempts = attempts
        let firstWait = Duration.milliseconds(Int(retryWait * 1000))
        let deadline = max(1, smtpDeadline)
        let result = Blocking.run { () async -> Result<MailDelivery.Summary, MailError> in
            do throws(MailError) {
                return .success(
                    try await MailDelivery.send(
                        mailbox, through: configuration, attempts: attempts, firstWait: firstWait,
                        deadline: .seconds(Int64(deadline))))
            } catch {
                return .failure(error)
            }
        }
        let summary: MailDelivery.Summary
        switch result {
        case .success(let s): summary = s
        case .failure(let e): throw Failure("\(e)", code: 1)
        }
        for note in summary.notes { FileHandle.standardError.write(Data(("brief: " + note + "\n").utf8)) }
        print(summary.line)
        if summary.failed > 0 { throw ExitCode(1) }
        if summary.deferred + summary.unconfirmed > 0 { throw ExitCode(75) }
    }
}
