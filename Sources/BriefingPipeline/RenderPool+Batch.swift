import Foundation

extension RenderPool {
    /// Runs `work` for every index in `0..<count` on the pool's threads and waits for all of
    /// them: a batch from a synchronous command. The queue limit does not apply; `done` is
    /// called after each job, under a lock, with the index finished and how many are done.
    public func runAll<T: Sendable>(
        _ count: Int, _ work: @escaping @Sendable (Int) -> T, done: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> [T] {
        let results = BatchResults<T>(count: count)
        let group = DispatchGroup()
        condition.lock()
        for i in 0..<count {
            group.enter()
            queue.append(
                Job(
                    abandoned: { false },
                    work: {
                        results.set(i, work(i), done: done)
                        group.leave()
                    }))
        }
        condition.broadcast()
        condition.unlock()
        group.wait()
        return results.values
    }
}

/// The results of one batch, each written once by the job that made it.
private final class BatchResults<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]
    private var finished = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T, done: (Int, Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        slots[i] = value
        finished += 1
        done(i, finished)
    }

    /// Every job has finished when this is read.
    var values: [T] { slots.compactMap { $0 } }
}
