import Foundation

/// Writes a file by way of a temporary name in the same folder, so nothing is ever half-written:
/// every file brief writes (PDFs, manifests, emails, the outbox) goes through here.
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing it in one step.
    public static func write(_ bytes: [UInt8], to path: String) throws(ModelError) {
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: tmp))
        } catch {
            throw .write(path: path, reason: error.localizedDescription)
        }
        // rename(2) replaces the target in one step: readers see the old file or the new one.
        guard rename(tmp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw .write(path: path, reason: reason + ".")
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
