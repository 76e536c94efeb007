import BriefingServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The bounded render threads: a full queue and a time limit both answer 503 with Retry-After.
@Suite struct RenderLimitTests {
    @Test func fullQueueAnswers503WithRetryAfter() async throws {
        let app = ServerFixture.app {
            $0.renderThreads = 1
            $0.queueLimit = 0
        }
        try await app.test(.router) { client in
            let body = ServerFixture.body(ServerFixture.wakefieldJSON)
            let statuses = try await withThrowingTaskGroup(of: (HTTPResponse.Status, String?).self) { group in
                for _ in 0..<24 {
                    group.addTask {
                        let r = try await client.execute(
                            uri: "/briefings", method: .post, headers: ServerFixture.json, body: body)
                        return (r.status, r.headers[.retryAfter])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.contains { $0.0 == .ok })
            let refused = statuses.filter { $0.0 == .serviceUnavailable }
            #expect(!refused.isEmpty)
            #expect(refused.allSatisfy { $0.1 == "1" })
            #expect(statuses.allSatisfy { [.ok, .serviceUnavailable].contains($0.0) })
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.text.contains(#"brief_renders_refused_total{reason="busy"} \#(refused.count)"#))
        }
    }

    /// Many requests for a page not yet in memory share one render: with one render thread and
    /// no queue, each would otherwise have needed a thread of its own, and got 503.
    @Test func requestsForAPageBeingRenderedWaitForThatRender() async throws {
        let app = ServerFixture.app {
            $0.renderThreads = 1
            $0.queueLimit = 0
        }
        try await app.test(.router) { client in
            let responses = try await withThrowingTaskGroup(of: (HTTPResponse.Status, String?).self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        let r = try await client.execute(uri: "/councils/sandwell/briefing.pdf", method: .get)
                        return (r.status, r.headers[.eTag])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(responses.allSatisfy { $0.0 == .ok })
            #expect(Set(responses.map(\.1)).count == 1)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.text.contains("brief_renders_total 1\n"))
            #expect(!metrics.text.contains("brief_renders_refused_total"))
        }
    }

    @Test func timeLimitAnswers503() async throws {
        let app = ServerFixture.app { $0.renderTimeLimit = .microseconds(1) }
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/councils/wakefield/briefing.pdf", method: .get)
            #expect(r.status == .serviceUnavailable)
            #expect(r.headers[.retryAfter] == "1")
            #expect(r.error?.message.contains("time limit") == true)
            // The service still answers.
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
        }
    }
}

/// The pool itself: its threads, its bound, its time limit and its shutdown.
@Suite struct RenderPoolTests {
    @Test func jobsRunOnThePoolsOwnThreadsAtMostThreadCountAtOnce() async throws {
        let pool = RenderPool(threads: 2, queueLimit: 100)
        defer { pool.shutdown() }
        let active = Counter()
        let threads = try await withThrowingTaskGroup(of: UInt.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await pool.run(timeLimit: .seconds(30)) {
                        active.change(+1)
                        usleep(2_000)
                        active.change(-1)
                        return UInt(pthread_self())
                    }
                }
            }
            return try await group.reduce(into: Set<UInt>()) { $0.insert($1) }
        }
        // Twenty jobs, two long-lived threads: a page never lands on a third thread.
        #expect(threads.count <= 2)
        #expect(active.peak <= 2)
    }

    @Test func aFullQueueRefusesAtOnce() async throws {
        let pool = RenderPool(threads: 1, queueLimit: 1)
        defer { pool.shutdown() }
        let gate = DispatchSemaphore(value: 0)
        async let running: Int = pool.run(timeLimit: .seconds(60)) {
            gate.wait()
            return 1
        }
        try await until { pool.load == (0, 1) }
        async let queued: Int = pool.run(timeLimit: .seconds(60)) { 2 }
        try await until { pool.load == (1, 1) }
        // One thread busy, one job waiting: the next is refused at once, not queued.
        do {
            _ = try await pool.run(timeLimit: .seconds(60)) { 3 }
            Issue.record("a job was queued beyond the limit")
        } catch let e as RenderPoolError {
            #expect(e.description.contains("queue is full"))
        }
        gate.signal()
        #expect(try await running == 1)
        #expect(try await queued == 2)
    }

    @Test func shutdownFinishesQueuedJobsThenRefuses() async throws {
        let pool = RenderPool(threads: 1, queueLimit: 10)
        async let a: Int = pool.run(timeLimit: .seconds(30)) {
            usleep(100_000)
            return 1
        }
        async let b: Int = pool.run(timeLimit: .seconds(30)) { 2 }
        try await until { pool.load.waiting + pool.load.rendering == 2 }
        pool.shutdown()
        #expect(try await a + b == 3)
        do {
            _ = try await pool.run(timeLimit: .seconds(1)) { 0 }
            Issue.record("a stopped pool ran a job")
        } catch let e as RenderPoolError {
            #expect(e.description.contains("shutting down"))
        }
    }
}

/// Waits until `condition` holds, polling, for at most 30 s (the machine may be busy).
func until(_ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(30)
    while !condition() {
        guard ContinuousClock.now < deadline else { throw CancellationError() }
        try await Task.sleep(for: .milliseconds(5))
    }
}

/// Counts concurrent jobs and remembers the most seen at once.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0
    private(set) var peak = 0

    func change(_ by: Int) {
        lock.lock()
        now += by
        peak = max(peak, now)
        lock.unlock()
    }
}
