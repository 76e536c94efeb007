import Foundation

/// Reads a whole file, refusing one larger than its kind ever is (issue 15, point 9: a 10 MB
/// quote in a record took 17.5 s and 990 MB to load, a 50 MB one-line report 25 s and 455 MB).
/// The limits are many times the largest real file of each kind.
public enum BoundedFile {
    /// A council record (the largest curated one is 6 KB; a posted one may be 256 KB).
    public static let record = 1 << 20
    /// A report's text (the largest of the dataset's 478 is 157 KB).
    public static let reportText = 2 << 20
    /// A report PDF (the largest of the dataset's 25 is 552 KB).
    public static let reportPDF = 32 << 20
    /// A table: the dataset's CSVs (149 KB), a recipients file.
    public static let table = 16 << 20

    public enum Failure: Error, Equatable {
        /// It does not exist, is a folder, or cannot be opened or read.
        case unreadable
        /// Larger than `limit` bytes (`size` when its size is known, else more than `limit`).
        case tooLarge(size: Int?, limit: Int)

        /// "is 10,485,760 bytes; expected at most 1,048,576", for an error line after the file's name.
        public var reason: String {
            switch self {
            case .unreadable: "cannot be read"
            case .tooLarge(let size?, let limit): "is \(Format.grouped(size)) bytes; expected at most \(Format.grouped(limit))"
            case .tooLarge(nil, let limit): "is more than \(Format.grouped(limit)) bytes, the most expected"
            }
        }
    }

    /// The bytes of `path`, if it is at most `limit` bytes. A regular file's size is checked before
    /// reading; anything else (a pipe, a device) is read up to one byte past the limit.
    public static func read(_ path: String, limit: Int) -> Result<Data, Failure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(.unreadable) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return .failure(.unreadable) }
        if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limit {
            return .failure(.tooLarge(size: Int(info.st_size), limit: limit))
        }
        var bytes = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { return .failure(.unreadable) }
            if n == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .failure(.tooLarge(size: nil, limit: limit))
    }
}
