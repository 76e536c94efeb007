import Foundation

/// Writes a file by way of a temporary name in the same folder, so nothing is ever half-written:
/// every file brief writes (PDFs, manifests, emails, the outbox) goes through here.
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing it in one step.
    ///
    /// A symbolic link is written through: the file it names is replaced, and the link stays.
    /// Anything at the end of it that is not a regular file (a device such as /dev/null, a FIFO)
    /// is written into directly, since renaming over it would replace it; a folder is refused.
    public static func write(_ bytes: [UInt8], to path: String) throws(ModelError) {
        let target = resolvingLinks(path)
        var info = stat()
        if lstat(target, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            guard info.st_mode & S_IFMT != S_IFDIR else { throw .write(path: path, reason: "it is a folder.") }
            return try writeInto(bytes, path: target, named: path)
        }
        try replace(target, with: bytes, named: path)
    }

    /// `path` with every symbolic link at its end followed (at most 32), relative links read
    /// from the folder they are in; the path itself when it is no link.
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<32 {
            guard let next = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current =
                next.hasPrefix("/")
                ? next : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(next)
        }
        return current
    }

    /// Writes `bytes` into the existing non-regular file at `path` (a device, a FIFO).
    private static func writeInto(_ bytes: [UInt8], path: String, named name: String) throws(ModelError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .write(path: name, reason: String(cString: strerror(errno)) + ".") }
        defer { close(fd) }
        if let reason = StandardOutput.writeAll(bytes, to: fd) { throw .write(path: name, reason: reason) }
    }

    /// Writes `bytes` to a temporary name beside `path` and renames it over `path`.
    private static func replace(_ path: String, with bytes: [UInt8], named name: String) throws(ModelError) {
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(temporaryName(for: url.lastPathComponent)).path
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: tmp))
        } catch {
            throw .write(path: name, reason: error.localizedDescription)
        }
        // rename(2) replaces the target in one step: readers see the old file or the new one.
        guard rename(tmp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw .write(path: name, reason: reason + ".")
        }
    }

    /// Makes `path` and the folders above it, if missing.
    public static func createFolder(_ path: String) throws(ModelError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .createFolder(path: path, reason: error.localizedDescription)
        }
    }
}
