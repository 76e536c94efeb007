import BriefingRender
import Foundation

/// Rendered pages by council and paper, at most `capacity` of them (the oldest goes first), and
/// the renders under way for pages not yet kept.
final class PDFCache: @unchecked Sendable {
    struct Key: Hashable {
        var slug: String
        var paper: Theme.Paper
    }

    /// What a lookup found: the page, or the render that will give it (`joined` when another
    /// request started it).
    enum Lookup {
        case cached(BriefingService.PDF)
        case rendering(Task<BriefingService.PDF, any Error>, joined: Bool)
    }

    private let lock = NSLock()
    private var entries: [Key: BriefingService.PDF] = [:]
    private var order: [Key] = []
    private var rendering: [Key: Task<BriefingService.PDF, any Error>] = [:]
    let capacity: Int

    init(capacity: Int) { self.capacity = max(0, capacity) }

    /// The kept page for `key`, else the render under way for it, else the one `start` begins.
    /// `start` runs under the lock, so its task can only finish (``finish(_:with:)``) after it
    /// is recorded.
    func lookup(_ key: Key, orStart start: () -> Task<BriefingService.PDF, any Error>) -> Lookup {
        lock.lock()
        defer { lock.unlock() }
        if let page = entries[key] { return .cached(page) }
        if let task = rendering[key] { return .rendering(task, joined: true) }
        let task = start()
        rendering[key] = task
        return .rendering(task, joined: false)
    }

    /// Ends the render for `key`, keeping its page when it succeeded.
    func finish(_ key: Key, with page: BriefingService.PDF?) {
        lock.lock()
        defer { lock.unlock() }
        rendering[key] = nil
        guard let page, capacity > 0, entries.updateValue(page, forKey: key) == nil else { return }
        order.append(key)
        if order.count > capacity { entries[order.removeFirst()] = nil }
    }
}
