import BriefTestSupport
import BriefingGraphics
import Foundation
import Testing

@testable import BriefingRender

/// Each page painted at half a pixel per point and compared with its reference picture, with a
/// tolerance. On a difference the actual and difference pictures are written and their paths
/// printed. References are re-recorded only with RECORD_REFERENCES=1, and a recording run fails.
@Suite struct PictureTests {
    static let scale = 0.5
    /// A pixel differs when a channel moves by more than this (anti-aliasing noise stays below it).
    static let channelTolerance = 2
    /// The page fails when more than this share of its pixels differ.
    static let pixelTolerance = 0.001

    static let references = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("References").path
    static let failures = TestPaths.root + "/.build/render-failures"

    @Test(arguments: RenderFixtures.all)
    func pageLooksAsRecorded(_ slug: String) throws {
        let actual = try RasterExport.raster(
            try RenderFixtures.renderer.layout(try RenderFixtures.briefing(slug)).frame, scale: Self.scale)
        try Self.check(actual, against: Self.references + "/\(slug).png", failures: Self.failures + "/\(slug)")
    }

    /// Compares `actual` with the reference picture at `reference`, or records it there with
    /// RECORD_REFERENCES=1 (and fails, so a new reference is never accepted silently). On a
    /// difference, writes `failures`-actual.png and `failures`-diff.png and says where.
    static func check(_ actual: RasterImage, against reference: String, failures: String) throws {
        if ProcessInfo.processInfo.environment["RECORD_REFERENCES"] == "1" {
            try FileManager.default.createDirectory(
                atPath: (reference as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.writePNG(to: reference)
            Issue.record("Recorded \(reference); a recording run fails so a new reference is never accepted silently.")
            return
        }
        guard FileManager.default.fileExists(atPath: reference) else {
            Issue.record("No reference picture \(reference); record it with RECORD_REFERENCES=1 and look at it.")
            return
        }
        let expected = try RasterImage(png: reference)
        let (differing, diff) = compare(actual, expected)
        let share = Double(differing) / Double(max(1, expected.width * expected.height))
        if actual.width != expected.width || actual.height != expected.height || share > pixelTolerance {
            try FileManager.default.createDirectory(
                atPath: (failures as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.writePNG(to: failures + "-actual.png")
            try diff?.writePNG(to: failures + "-diff.png")
            Issue.record(
                "\(reference): \(actual.width)x\(actual.height), \(differing) pixels (\(String(format: "%.3f", share * 100))%) differ; see \(failures)-actual.png and \(failures)-diff.png"
            )
        }
    }

    /// How many pixels differ by more than the channel tolerance, and a picture of where: the
    /// reference faded, differing pixels in red. Nil picture when the sizes differ.
    static func compare(_ a: RasterImage, _ b: RasterImage) -> (Int, RasterImage?) {
        guard a.width == b.width, a.height == b.height else { return (max(a.width * a.height, b.width * b.height), nil) }
        var out = [UInt8](repeating: 255, count: b.rgb.count)
        var differing = 0
        for p in stride(from: 0, to: b.rgb.count, by: 3) {
            let d = (0..<3).map { abs(Int(a.rgb[p + $0]) - Int(b.rgb[p + $0])) }.max() ?? 0
            if d > channelTolerance {
                differing += 1
                (out[p], out[p + 1], out[p + 2]) = (220, 0, 0)
            } else {
                let grey = UInt8(200 + Int(b.rgb[p]) * 55 / 255)
                (out[p], out[p + 1], out[p + 2]) = (grey, grey, grey)
            }
        }
        return (differing, RasterImage(width: b.width, height: b.height, rgb: out))
    }

    @Test func comparisonCanFail() {
        let white = RasterImage(width: 10, height: 10, rgb: .init(repeating: 255, count: 300))
        var moved = white
        moved.rgb[0] = 0
        #expect(Self.compare(white, white).0 == 0)
        #expect(Self.compare(white, moved).0 == 1)
        var noise = white
        noise.rgb[3] = 253
        #expect(Self.compare(white, noise).0 == 0, "a change of 2 is within tolerance")
    }
}
