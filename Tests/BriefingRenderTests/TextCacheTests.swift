import BriefingModel
import Foundation
import Testing

@testable import BriefingRender

/// Layouts are kept per thread from one render to the next; a warm cache must never change a
/// page's bytes, and each thread must start with its own.
@Suite struct TextCacheTests {
    static let date = "2018-07-01T00:00:00Z"

    func render(_ slug: String) throws -> [UInt8] {
        try RenderFixtures.renderer.render(try RenderFixtures.briefing(slug), date: Self.date)
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

    @Test(arguments: [("wakefield", "long-quotes"), ("long-name", "wakefield"), ("everything", "crowded-year")])
    func warmCacheGivesTheSameBytes(_ a: String, _ b: String) throws {
        let renders = try onNewThread { [self] in [try render(a), try render(b), try render(a)] }
        let fresh = try onNewThread { [self] in try render(a) }
        #expect(renders[0] == fresh, "\(a) differs on two fresh threads")
        #expect(renders[2] == fresh, "\(a) rendered after \(a) and \(b) differs from \(a) on a fresh thread")
        #expect(renders[1] != fresh)
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
            #expect(try page.get() == expected[i], "\(slug) differs when rendered on several threads at once")
        }
    }
}

/// Carries a result from a thread back to the test, which waits for the thread before reading it.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
