import BriefingPipeline
import Foundation
import Testing

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
        let gate = DispatchSemaphore(value: 0)
        // Opened on every way out: a wait that throws would otherwise leave the pool's one
        // thread at the gate and shutdown waiting for it for ever.
        defer {
            gate.signal()
            pool.shutdown()
        }
        async let running: Int = pool.run(timeLimit: .seconds(60)) {
            gate.wait()
            return 1
        }
        // Nothing here throws before the gate opens: the running job's async let is awaited on the way out.
        #expect((try? await until { pool.load == (0, 1) }) != nil)
        async let queued: Int = pool.run(timeLimit: .seconds(60)) { 2 }
        #expect((try? await until { pool.load == (1, 1) }) != nil)
        // One thread busy, one job waiting: the next is refused at once, not queued.
        do {
            _ = try await pool.run(timeLimit: .seconds(60)) { 3 }
            Issue.record("a job was queued beyond the limit")
        } catch {
            #expect((error as? RenderPoolError)?.description.contains("queue is full") == true, "\(error)")
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
    // Generous: other suites running beside these may keep this task waiting for a minute.
    let deadline = ContinuousClock.now + .seconds(120)
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

/// The pool's batch for synchronous commands (`brief all`, `brief bench`).
@Suite struct RenderPoolBatchTests {
    @Test func runAllGivesEveryResultInOrderFromThePoolsThreads() {
        let pool = RenderPool(threads: 2, queueLimit: 0)
        defer { pool.shutdown() }
        let done = Counter()
        let results = pool.runAll(50, { i in (i * i, UInt(pthread_self())) }, done: { _, _ in done.change(+1) })
        #expect(results.map(\.0) == (0..<50).map { $0 * $0 })
        #expect(Set(results.map(\.1)).count <= 2)
        #expect(!Set(results.map(\.1)).contains(UInt(pthread_self())))
        #expect(done.peak == 50)
    }
}
