import Foundation

/// Standard output, written with write(2), so that a full disk or a closed descriptor is a
/// one-line error and not a crash (Foundation's `FileHandle.write(_:)` traps on failure).
public enum StandardOutput {
    /// Writes all of `bytes` to descriptor 1.
    public static func write(_ bytes: [UInt8]) throws(ModelError) {
        if let reason = writeAll(bytes, to: 1) { throw .standardOutput(reason: reason) }
    }

    /// Writes all of `bytes` to descriptor `fd` with write(2), again after an interruption;
    /// nil when all went, else why not (strerror's words, ending the sentence).
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> String? {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBufferPointer { Foundation.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return String(cString: strerror(errno)) + "." }
            done += n
        }
        return nil
    }

    /// Flushes what `print` buffered, and throws when any of it could not be written (the
    /// stream's error flag: a large `print` that failed leaves nothing to flush).
    public static func flush() throws(ModelError) {
        errno = 0
        guard let out = cStandardOutput() else { return }
        if fflush(out) != 0 || ferror(out) != 0 {
            throw .standardOutput(reason: errno == 0 ? "not all of it was written." : String(cString: strerror(errno)) + ".")
        }
    }

    /// C's `stdout` stream, the one `print` writes to. Swift 6 will not read the C global, so its
    /// address is asked of the dynamic linker, which has it in every build (glibc is always
    /// linked dynamically).
    private static func cStandardOutput() -> UnsafeMutablePointer<FILE>? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "stdout") else { return nil }
        return symbol.assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self).pointee
    }

    /// Holds each of descriptors 0, 1 and 2 that the process was started without (`>&-`) with
    /// /dev/null opened for reading, so that no file brief opens later takes its number and
    /// writes meant for the terminal fail, as they should, instead of going into that file.
    public static func holdClosedDescriptors() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let held = open("/dev/null", O_RDONLY)
            if held >= 0, held != fd {
                dup2(held, fd)
                close(held)
            }
        }
    }
}
