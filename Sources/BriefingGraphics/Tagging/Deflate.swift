internal import CZlib

/// zlib, as `/FlateDecode` reads and writes it: the streams brief adds to a PDF or rewrites
/// (the ICC profile, a page's content stream, fonts' ToUnicode maps).
enum Deflate {
    /// `data`, zlib-deflated as `/FlateDecode` writes it, inflated; nil if it is not, or if it
    /// would pass `limit` bytes.
    static func inflated(_ data: [UInt8], limit: Int = 16 << 20) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: max(4096, data.count * 4))
        var status = Z_OK
        data.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            while status == Z_OK {
                if Int(stream.total_out) == out.count {
                    guard out.count < limit else { return }
                    out += [UInt8](repeating: 0, count: out.count)
                }
                let done = Int(stream.total_out)
                status = out.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress.map { $0 + done }
                    stream.avail_out = uInt(buffer.count - done)
                    return inflate(&stream, Z_NO_FLUSH)
                }
            }
        }
        return status == Z_STREAM_END ? Array(out.prefix(Int(stream.total_out))) : nil
    }

    /// `data` deflated at `level`, zlib's fastest by default: a page's content stream is deflated
    /// on every render, and level 1 costs a fraction of the default for a few per cent more bytes
    /// (the ICC profile, deflated once per process, takes the best).
    /// The window and hash table are sized to the data, at most 16 KB and zlib's default 64 KB
    /// (much less for a font's ToUnicode map), since setting them up costs more than deflating a
    /// small stream: on a page's 20 KB content stream a 16 KB window costs a third less time than
    /// zlib's 32 KB, for 7 bytes more. Never ending in a carriage return, which a reader would
    /// take with the line feed after it as the end of the data: the next level is tried instead.
    static func deflated(_ data: [UInt8], level first: Int32 = Z_BEST_SPEED) -> [UInt8]? {
        var window: Int32 = 9
        while window < 14, 1 << window < data.count + 262 { window += 1 }
        let memory = max(1, min(8, window - 7))
        var out = [UInt8](repeating: 0, count: Int(compressBound(uLong(data.count))) + 64)
        for level in first...Z_BEST_COMPRESSION {
            guard let size = deflate(data, into: &out, level: level, window: window, memory: memory) else { return nil }
            if size > 0, out[size - 1] != 13 || level == Z_BEST_COMPRESSION { return Array(out.prefix(size)) }
        }
        return nil
    }

    private static func deflate(_ data: [UInt8], into out: inout [UInt8], level: Int32, window: Int32, memory: Int32) -> Int? {
        var stream = z_stream()
        let size = Int32(MemoryLayout<z_stream>.size)
        guard deflateInit2_(&stream, level, Z_DEFLATED, window, memory, Z_DEFAULT_STRATEGY, ZLIB_VERSION, size) == Z_OK
        else { return nil }
        defer { deflateEnd(&stream) }
        let status = data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        return status == Z_STREAM_END ? Int(stream.total_out) : nil
    }
}
