import Foundation

extension NationalSnapshot {
    /// One line of findings.tsv: where it is, and where its first three fields end.
    private struct FindingLine {
        var start: Int
        var end: Int
        var tabs: (Int, Int, Int)
    }

    /// The findings of every report whose text was read (an empty extract where it yielded none).
    /// Only the file's header is checked here: a report's lines are found
    /// and decoded when its page asks for them (``SnapshotFindings``), and ``checkFindings(_:reportsRead:)``
    /// checks every line (`brief check`, and the tests).
    static func readFindings(
        _ file: String, reportsRead: Set<NationalDataset.ReportKey>
    ) throws(DataError) -> ReportFindings {
        // Mapped, not read: a page touches only the part of the file before its report's lines.
        // Where it cannot be mapped it is read, or the error names the file.
        var mapped = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped)
        if mapped == nil { mapped = Data(try bytes(file)) }
        guard let mapped else { return .none }
        _ = try TSV.rows(Array(mapped.prefix { $0 != 0x0A }), file: file, columns: findingColumns)
        return ReportFindings(snapshot: SnapshotFindings(bytes: mapped), read: reportsRead)
    }

    /// Checks every line of findings.tsv: four fields, a known kind, and a report whose text
    /// inspections.tsv says was read; throws naming the first bad line.
    static func checkFindings(_ file: String, reportsRead: Set<NationalDataset.ReportKey>) throws(DataError) {
        let all = try bytes(file)
        let (lines, bad) = all.withUnsafeBufferPointer { scan($0) }
        if let bad {
            throw .invalid(
                file: file, line: bad.line, field: "",
                message: "has \(bad.fields) fields; expected \(findingColumns.count) (\(findingColumns.joined(separator: ", ")))")
        }
        for (n, l) in lines.enumerated().dropFirst() {
            let key = NationalDataset.ReportKey(
                urn: String(decoding: all[l.start..<l.tabs.0], as: UTF8.self),
                published: String(decoding: all[l.tabs.0 + 1..<l.tabs.1], as: UTF8.self))
            guard reportsRead.contains(key) else {
                throw .invalid(
                    file: file, line: n + 1, field: "published",
                    message: "'\(key.urn) \(key.published)' is not a report read in inspections.tsv; expected one that is")
            }
            let kind = String(decoding: all[l.tabs.1 + 1..<l.tabs.2], as: UTF8.self)
            guard Kind(rawValue: kind) != nil else {
                throw .invalid(
                    file: file, line: n + 1, field: "kind",
                    message: "'\(kind)' is not a kind of finding; expected verdict, strength, concern or improvement")
            }
        }
    }

    /// Every line of `buf` with its first three tabs, found with memchr; or the first line
    /// (1-based) without exactly four fields, and how many it has.
    private static func scan(_ buf: UnsafeBufferPointer<UInt8>) -> ([FindingLine], bad: (line: Int, fields: Int)?) {
        guard let base = buf.baseAddress else { return ([], nil) }
        var lines: [FindingLine] = []
        var start = 0
        while start < buf.count {
            let rest = buf.count - start
            let end =
                memchr(base + start, 0x0A, rest).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? buf.count
            // The first three tabs, and whether there is a fourth.
            var tabs = (0, 0, 0)
            var count = 0
            var at = start
            while at < end, count < 4, let t = memchr(base + at, 0x09, end - at) {
                let i = UnsafePointer(t.assumingMemoryBound(to: UInt8.self)) - base
                switch count {
                case 0: tabs.0 = i
                case 1: tabs.1 = i
                case 2: tabs.2 = i
                default: break
                }
                count += 1
                at = i + 1
            }
            guard count == 3 else {
                let fields = buf[start..<end].count { $0 == 0x09 } + 1
                return (lines, (lines.count + 1, fields))
            }
            lines.append(FindingLine(start: start, end: end, tabs: tabs))
            start = end + 1
        }
        return (lines, nil)
    }
}

/// The snapshot's findings.tsv, read into a report's extract when a page asks for it.
struct SnapshotFindings: Sendable {
    /// The file, mapped into memory.
    let bytes: Data

    /// The verdict, strengths, concerns and improvements on `key`'s lines, in the file's order.
    /// Its lines are together (the file lists each report's findings in one run), found with
    /// memchr; a line without four fields is passed over (``NationalSnapshot/check(folder:)`` reports it).
    func extract(_ key: NationalDataset.ReportKey) -> ReportExtract {
        var out = ReportExtract()
        let prefix = Array((key.urn + "\t" + key.published + "\t").utf8)
        let lines: [UInt8] = bytes.withUnsafeBytes { raw in
            let buf = raw.bindMemory(to: UInt8.self)
            guard let start = Self.firstLine(in: buf, startingWith: prefix) else { return [] }
            var end = start
            // The run of lines that start with `prefix`.
            while end < buf.count, buf.count - end >= prefix.count, memcmp(buf.baseAddress! + end, prefix, prefix.count) == 0 {
                end = (buf[end...].firstIndex(of: 0x0A) ?? buf.count - 1) + 1
            }
            return Array(buf[start..<end])
        }
        for line in lines.split(separator: 0x0A) {
            let f = TSV.split(line)
            guard f.count == 4 else { continue }
            switch NationalSnapshot.Kind(rawValue: f[2]) {
            case .verdict: out.verdict = f[3]
            case .strength: out.strengths.append(f[3])
            case .concern: out.concerns.append(f[3])
            case .improvement: out.improvements.append(f[3])
            case nil: break
            }
        }
        return out
    }

    /// Where the first line after the header that starts with `prefix` starts, going from line
    /// to line with memchr.
    private static func firstLine(in buf: UnsafeBufferPointer<UInt8>, startingWith prefix: [UInt8]) -> Int? {
        guard let base = buf.baseAddress, let first = prefix.first else { return nil }
        var at = 0
        while let nl = memchr(base + at, 0x0A, buf.count - at) {
            let start = UnsafePointer(nl.assumingMemoryBound(to: UInt8.self)) - base + 1
            if start + prefix.count <= buf.count, base[start] == first,
                memcmp(base + start, prefix, prefix.count) == 0
            {
                return start
            }
            at = start
            if at >= buf.count { return nil }
        }
        return nil
    }
}
