import Foundation

extension MailOutbox {
    /// An exclusive hold on the outbox for one run of deliveries: `flock(2)` on its `.lock`
    /// file, released when the run ends or its process dies (a killed run leaves no stale lock).
    public final class Lock: Sendable {
        private let fd: Int32

        fileprivate init(fd: Int32) { self.fd = fd }

        deinit { close(fd) }
    }

    /// Takes the outbox for this run, or throws when another run has it: two runs on one outbox
    /// would each send what the other is sending.
    public func lock() throws(MailError) -> Lock {
        let fd = open(folder + "/.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .outbox(path: folder, reason: "cannot open .lock: \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .outbox(
                path: folder,
                reason: "another brief mail --send is sending it; expected one run at a time (try again when it ends)")
        }
        return Lock(fd: fd)
    }

    /// Finishes a move to another box that a run was stopped in the middle of: its envelope (and
    /// reply) are in that box, its message still here. Returns the box, or nil when `name` is whole.
    public func finishMove(_ name: String) throws(MailError) -> Box? {
        guard !FileManager.default.fileExists(atPath: path(.outbox, name, "envelope.json")),
            let box = Box.allCases.first(where: {
                $0 != .outbox && FileManager.default.fileExists(atPath: path($0, name, "envelope.json"))
            })
        else { return nil }
        do {
            try FileManager.default.moveItem(atPath: path(.outbox, name, "eml"), toPath: path(box, name, "eml"))
        } catch {
            throw .outbox(path: folder, reason: "cannot finish moving '\(name)' to \(box.rawValue)/: \(Self.reason(error))")
        }
        clearInFlight(name)
        return box
    }
}
