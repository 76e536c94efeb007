import BriefingModel
import BriefingRender
import Foundation

/// Renders briefings on `jobs` threads, each page wholly on one thread (Pango's font map is
/// per thread), writing each file atomically; one failure does not stop the others.
struct BatchRenderer: Sendable {
    let renderer: BriefingRenderer
    let paper: Theme.Paper
    let folder: String
    let jobs: Int

    /// Shared state of one run, guarded by a lock.
    private final class Progress: @unchecked Sendable {
        let lock = NSLock()
        var next = 0
        var done = 0
        var results: [Result<All.Entry, Failure>?]
        init(count: Int) { results = Array(repeating: nil, count: count) }
    }

    func run(_ briefings: [Briefing]) -> [Result<All.Entry, Failure>] {
        let progress = Progress(count: briefings.count)
        let showBar = isatty(STDERR_FILENO) != 0
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, briefings.count)) {
            group.enter()
            let thread = Thread {
                while true {
                    progress.lock.lock()
                    let i = progress.next
                    progress.next += 1
                    progress.lock.unlock()
                    guard i < briefings.count else { break }
                    let result = render(briefings[i])
                    progress.lock.lock()
                    progress.results[i] = result
                    progress.done += 1
                    if showBar { drawBar(done: progress.done, total: briefings.count, slug: briefings[i].council.slug) }
                    progress.lock.unlock()
                }
                group.leave()
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
        group.wait()
        if showBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return progress.results.map { $0 ?? .failure(Failure("not rendered", code: 1)) }
    }

    private func render(_ b: Briefing) -> Result<All.Entry, Failure> {
        do {
            let bytes = try renderer.render(b, paper: paper, date: try Render.pdfDate(for: b))
            let file = "\(b.council.slug).pdf"
            try AtomicFile.write(bytes, to: folder + "/" + file)
            let r = b.council.rating
            return .success(
                All.Entry(
                    slug: b.council.slug, name: b.council.name, latestGrade: r?.grade.rawValue, date: r?.latest.date?.iso,
                    file: file, bytes: bytes.count, sha256: SHA256.hex(bytes)))
        } catch let f as Failure {
            return .failure(f)
        } catch {
            return .failure(Failure("\(error)", code: 1))
        }
    }

    private func drawBar(done: Int, total: Int, slug: String) {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(done)/\(total) \(slug)".utf8))
    }
}
