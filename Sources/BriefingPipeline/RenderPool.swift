import Dispatch
import Foundation

/// A fixed set of threads that run synchronous render jobs: the one pool of `brief all`,
/// `brief bench` and `brief serve` (off its event loops).
///
/// A Pango font map must never be shared between threads (each keeps its own, with its laid-out
/// text, in ``ThreadTextCache``), so a page is rendered wholly on one of these long-lived
/// threads. At most `queueLimit` jobs wait; more are refused at once with
/// ``RenderPoolError/busy`` so the caller can answer 503. A job that is not done within its time
/// limit fails with ``RenderPoolError/timedOut``: if it had not started it never runs, if it
/// had, its result is dropped.
public final class RenderPool: @unchecked Sendable {
    let condition = NSCondition()
    // Guarded by `condition`.
    var queue: [Job] = []
    private var head = 0
    private var busyThreads = 0
    private var stopping = false
    private var running = 0

    public let threadCount: Int
    public let queueLimit: Int

    struct Job {
        /// True once the caller has its answer (the time-out): the job is then skipped.
        let abandoned: () -> Bool
        let work: () -> Void
    }

    /// Starts `threads` render threads that take at most `queueLimit` waiting jobs.
    public init(threads: Int, queueLimit: Int) {
        threadCount = max(1, threads)
        self.queueLimit = max(0, queueLimit)
        for i in 0..<threadCount {
            let t = Thread { [self] in loop() }
            t.name = "brief-render-\(i)"
            t.stackSize = 4 << 20
            condition.lock()
            running += 1
            condition.unlock()
            t.start()
        }
    }

    /// Jobs waiting for a thread, and threads at work.
    public var load: (waiting: Int, rendering: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (queue.count - head, busyThreads)
    }

    /// Runs `work` on a render thread and returns its result.
    ///
    /// Throws ``RenderPoolError/busy`` when the queue is full, ``RenderPoolError/timedOut``
    /// after `timeLimit`, and ``RenderPoolError/stopped`` once ``shutdown()`` has begun.
    public func run<T: Sendable>(timeLimit: Duration, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let ticket = Ticket(continuation)
            condition.lock()
            if stopping {
                condition.unlock()
                ticket.finish(.failure(RenderPoolError.stopped))
                return
            }
            // Idle threads take jobs at once, so only jobs beyond them count against the limit.
            if queue.count - head >= queueLimit + (threadCount - busyThreads) {
                condition.unlock()
                ticket.finish(.failure(RenderPoolError.busy))
                return
            }
            queue.append(Job(abandoned: { ticket.isFinished }, work: { ticket.finish(Result { try work() }) }))
            condition.signal()
            condition.unlock()
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(clamping: timeLimit.nanoseconds))) {
                ticket.finish(.failure(RenderPoolError.timedOut))
            }
        }
    }

    /// Lets the queued jobs finish, then ends the threads; new jobs are refused.
    public func shutdown() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while head == queue.count && !stopping { condition.wait() }
            if head == queue.count {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let job = queue[head]
            head += 1
            if head > 1024 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            busyThreads += 1
            condition.unlock()
            // A job whose caller has given up (timed out) is skipped, not rendered.
            if !job.abandoned() { job.work() }
            condition.lock()
            busyThreads -= 1
            condition.unlock()
        }
    }
}

/// Delivers a job's outcome exactly once: the result or the time-out, whichever comes first.
private final class Ticket<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private let continuation: CheckedContinuation<T, any Error>

    init(_ continuation: CheckedContinuation<T, any Error>) { self.continuation = continuation }

    var isFinished: Bool {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    func finish(_ result: Result<T, any Error>) {
        lock.lock()
        let first = !done
        done = true
        lock.unlock()
        if first { continuation.resume(with: result) }
    }
}
