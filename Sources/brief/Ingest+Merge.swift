import ArgumentParser
import BriefingData
import BriefingModel
import BriefingPipeline
import Foundation

extension Ingest {
    /// Adds `draft` to its council's record in the data folder (creating the record if needed),
    /// checks the result as `brief check` does before writing it (temporary name, then rename),
    /// then prints what was added, what was already there, and `brief check`'s verdict on the folder.
    func mergeDraft(_ draft: IngestDraft, into locations: SourceLocations) throws {
        let path = (locations.data as NSString).appendingPathComponent("\(draft.slug).yaml")
        var existing: (text: String, council: Council)?
        if FileManager.default.fileExists(atPath: path) {
            // Read once, checked as `brief check` checks it: a draft is merged only into a sound record.
            guard case .success(let data) = BoundedFile.read(path, limit: BoundedFile.record) else {
                throw Failure("Could not read '\(path)'; expected a council record.", code: 1)
            }
            let text = String(decoding: data, as: UTF8.self)
            let (council, problems) = RecordLoader.check(text: text, path: path)
            guard let council, problems.isEmpty else {
                let first = problems.first.map { "\($0)" } ?? "\(path): cannot be read"
                throw Failure("\(first); the record must pass `brief check` before a draft is merged into it.", code: 1)
            }
            existing = (text, council)
        }
        let merge: RecordMerge
        do throws(DataError) {
            merge = try RecordMerge(draft, into: existing)
        } catch {
            guard case .invalid(_, let line, let field, let message) = error else { throw Failure("\(error)", code: 1) }
            throw Failure("\(DataError.invalid(file: path, line: line, field: field, message: message))", code: 1)
        }
        let unchanged = existing?.text == merge.text
        if !unchanged { try write(merge.text, to: path) }
        for d in merge.duplicates { print("not added: \(d)") }
        let counts = merge.added.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
        print(
            unchanged
                ? "\(path): unchanged; every fact of the draft is already there."
                : "\(path): added \(counts.isEmpty ? "the source only" : counts.joined(separator: ", ")).")
        let check = try Failure.reporting { () throws(PipelineError) in
            try RecordCheck(folder: locations.data, templates: locations.templates)
        }
        for line in check.problems { print(line) }
        print("brief check: \(check.files) records, \(check.problems.count) problem\(check.problems.count == 1 ? "" : "s").")
        if !check.problems.isEmpty { throw ExitCode(1) }
    }

    /// Writes the merged record once it passes the checks `brief check` makes of a record.
    private func write(_ text: String, to path: String) throws {
        if let first = RecordLoader.check(text: text, path: path).1.first {
            throw Failure("the merged record would fail `brief check` (\(first)); \(path) is unchanged.", code: 1)
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
        } catch {
            throw Failure("\(error)", code: 1)
        }
    }
}
