import Foundation

extension AtomicFile {
    /// The temporary name ``write(_:to:)`` gives `file` while it is written: `.NAME.tmp-PID`.
    static func temporaryName(for file: String, pid: Int32 = getpid()) -> String { ".\(file).tmp-\(pid)" }

    /// Removes from `folder` the temporary files of writes that never finished: those of this
    /// process (`ownOnly`, for a run that is stopping) or of any process no longer running (a run
    /// that was killed). Returns how many it removed.
    @discardableResult
    public static func removeLeftovers(in folder: String, ownOnly: Bool = false) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(".") {
            guard let mark = name.range(of: ".tmp-", options: .backwards),
                let pid = Int32(name[mark.upperBound...]), pid > 0
            else { continue }
            // kill(pid, 0) fails with ESRCH only when no such process exists.
            let gone = kill(pid, 0) != 0 && errno == ESRCH
            guard ownOnly ? pid == getpid() : gone || pid == getpid() else { continue }
            if unlink(folder + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }
}
