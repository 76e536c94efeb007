import BriefTestSupport
import Foundation
import Testing

/// The faces scripts/fonts.py makes: TrueType outlines, glyphs numbered in character order.
@Suite struct FontFileTests {
    /// The (platform 3, encoding 1) format 4 cmap of a TrueType file: each segment's first and
    /// last code, delta and range offset.
    static func segments(_ path: String) throws -> [(start: Int, end: Int, delta: Int, rangeOffset: Int)] {
        let b = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func u16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
        func u32(_ i: Int) -> Int { u16(i) << 16 | u16(i + 2) }
        guard let cmap = (0..<u16(4)).map({ 12 + $0 * 16 }).first(where: { b[$0..<$0 + 4].elementsEqual("cmap".utf8) })
        else { throw CocoaError(.fileReadCorruptFile) }
        let table = u32(cmap + 8)
        guard
            let sub = (0..<u16(table + 2)).map({ table + 4 + $0 * 8 }).first(where: {
                u16($0) == 3 && u16($0 + 2) == 1 && u16(table + u32($0 + 4)) == 4
            })
        else { throw CocoaError(.fileReadCorruptFile) }
        let f = table + u32(sub + 4)
        let n = u16(f + 6) / 2
        let ends = f + 14
        return (0..<n).map { i in
            (u16(ends + 2 + 2 * n + 2 * i), u16(ends + 2 * i), u16(ends + 2 + 4 * n + 2 * i), u16(ends + 2 + 6 * n + 2 * i))
        }
    }

    /// Cairo 1.16 finds the character of each glyph new to a page by scanning the format 4 cmap,
    /// first for segments mapped by a delta. With glyphs in code order, printable ASCII is mapped
    /// by a delta from the first segments (it was spread over glyph arrays in Inter's own order,
    /// 4% of a page's work).
    @Test(arguments: ["Regular", "Italic", "Medium", "SemiBold"])
    func asciiGlyphsRunInCodeOrder(_ face: String) throws {
        let segments = try Self.segments(TestPaths.templates + "/fonts/Inter-\(face).ttf")
        let ascii = segments.filter { $0.end >= 0x20 && $0.start <= 0x7E }
        #expect(ascii.count == 1, "\(ascii)")
        #expect(ascii.first.map { $0.start <= 0x20 && $0.end >= 0x7E && $0.rangeOffset == 0 } == true, "\(ascii)")
        #expect(segments.firstIndex { $0.end >= 0x20 }.map { $0 < 3 } == true)
    }
}
