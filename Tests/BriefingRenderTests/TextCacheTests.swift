import BriefTestSupport
import BriefingLayout
import BriefingModel
import BriefingPipeline
import Foundation
import Testing

@testable import BriefingGraphics
@testable import BriefingRender

/// Layouts are kept per thread from one render to the next; a warm cache must never change a
/// page's bytes, and each thread must start with its own.
@Suite struct TextCacheTests {
    static let date = "2018-07-01T00:00:00Z"

    func render(_ slug: String) throws -> [UInt8] {
        try RenderFixtures.exporter.pdf(for: try RenderFixtures.briefing(slug), date: Self.date)
    }

    /// Runs `body` on a new thread, whose text cache starts empty, and waits for it.
    func onNewThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = Result { try body() }
            done.signal()
        }
        thread.start()
        done.wait()
        guard let result = box.result else { throw CancellationError() }
        return try result.get()
    }

    /// Colour is painted, not laid out, so one text in two colours is shaped once.
    @Test func colourDoesNotMakeANewLayout() throws {
        let same = try onNewThread {
            let engine = try TextEngine()
            let ink = TextStyle(size: 9, color: Color(red: 0.1, green: 0.1, blue: 0.1))
            let a = engine.layout("Requires improvement", style: ink, width: 200)
            let b = engine.layout("Requires improvement", style: ink.with(color: .white), width: 200)
            let c = engine.layout("Requires improvement", style: ink.with(size: 10), width: 200)
            return a === b && a !== c
        }
        #expect(same)
    }

    @Test(arguments: [("wakefield", "long-quotes"), ("long-name", "wakefield"), ("everything", "crowded-year")])
    func warmCacheGivesTheSameBytes(_ a: String, _ b: String) throws {
        let renders = try onNewThread { [self] in [try render(a), try render(b), try render(a)] }
        let fresh = try onNewThread { [self] in try render(a) }
        let twoFresh = firstDifference(renders[0], fresh)
        let warm = firstDifference(renders[2], fresh)
        #expect(twoFresh == nil, "\(a) differs on two fresh threads")
        #expect(warm == nil, "\(a) rendered after \(a) and \(b) differs from \(a) on a fresh thread")
        #expect(firstDifference(renders[1], fresh) != nil)
    }

    @Test func threadsRenderAtOnce() throws {
        let slugs = RenderFixtures.all
        let expected = try slugs.map { try render($0) }
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var pages: [(String, Result<[UInt8], any Error>)] = []
        }
        let results = Results()
        let group = DispatchGroup()
        for t in 0..<4 {
            group.enter()
            Thread { [self] in
                // Each thread takes the councils in a different order.
                for slug in slugs[t...] + slugs[..<t] {
                    let page = Result { try render(slug) }
                    results.lock.withLock { results.pages.append((slug, page)) }
                }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(results.pages.count == 4 * slugs.count)
        for (slug, page) in results.pages {
            let i = try #require(slugs.firstIndex(of: slug))
            let difference = firstDifference(try page.get(), expected[i])
            #expect(difference == nil, "\(slug) differs when rendered on several threads at once")
        }
    }
}

extension TextCacheTests {
    /// A thread that laid text out before fonts.conf was loaded must not keep the system's fonts:
    /// it draws exactly what a fresh thread draws. Run in a new process (an exit test), the only
    /// place where fonts.conf is not loaded yet; it failed when the cache used the thread's default
    /// font map, which kept the fonts it first saw (an extra Inter SemiBold from the system).
    @Test func textLaidOutBeforeFontsAreLoadedDoesNotStick() async {
        await #expect(processExitsWith: .success) {
            guard FontSetup.generation == 0 else { exit(3) }
            let briefing = try RenderFixtures.briefing("wakefield")
            let date = TextCacheTests.date
            let early = ResultBox<[UInt8]>()
            let measured = DispatchSemaphore(value: 0)
            let configured = DispatchSemaphore(value: 0)
            let done = DispatchSemaphore(value: 0)
            Thread {
                early.result = Result {
                    let text = try TextEngine()
                    _ = text.measure(
                        "Wakefield ► Inadequate", style: TextStyle(size: 9, weight: .semibold), width: 300, maxLines: nil)
                    measured.signal()
                    configured.wait()
                    return try RenderFixtures.exporter.pdf(for: briefing, date: date)
                }
                done.signal()
            }.start()
            measured.wait()
            let renderer = RenderFixtures.renderer  // loads fonts.conf
            configured.signal()
            done.wait()
            let fresh = ResultBox<[UInt8]>()
            Thread {
                fresh.result = Result { try BriefingExporter(renderer: renderer).pdf(for: briefing, date: date) }
                done.signal()
            }.start()
            done.wait()
            if let difference = firstDifference(try early.result!.get(), try fresh.result!.get()) {
                FileHandle.standardError.write(Data("the early thread's page differs: \(difference)\n".utf8))
                exit(1)
            }
        }
    }
}

/// Carries a result from a thread back to the test, which waits for the thread before reading it.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
