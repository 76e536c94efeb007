import BriefingLayout
import BriefingModel
import Foundation

/// The page theme from Templates/theme.json: paper sizes, margins, grid, type scale, colours.
public struct Theme: Sendable {
    /// Paper sizes the page can be drawn on.
    public enum Paper: String, Sendable, CaseIterable {
        case a4, letter
    }

    struct File: Decodable {
        struct PaperSize: Decodable { var width, height: Double }
        struct Margins: Decodable { var top, left, bottom, right: Double }
        struct Grid: Decodable { var gutter, sectionGap, leftColumnWeight, rightColumnWeight: Double }
        struct Fonts: Decodable { var family: String }
        struct TypeScale: Decodable {
            var title, titleFloor, banner, heading, body, quote, figure, small, label: Double
        }
        var papers: [String: PaperSize]
        var margins: Margins
        var grid: Grid
        var fonts: Fonts
        var type: TypeScale
        var colors: [String: String]
        var grades: [String: String]
    }

    let file: File
    /// Every named colour of the theme, text and background alike.
    public let colors: [String: Color]
    let gradeColors: [String: Color]
    /// The folder the theme came from; fonts.conf sits beside theme.json.
    public let directory: String

    /// Reads `theme.json` from the templates folder `directory`.
    public init(directory: String) throws(RenderError) {
        let path = (directory as NSString).appendingPathComponent("theme.json")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .theme(path: path, reason: "no such file")
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw .theme(path: path, reason: "\(error)")
        }
        var colors: [String: Color] = [:]
        for (k, v) in file.colors {
            guard let c = Color(hex: v) else { throw .theme(path: path, reason: "colors.\(k) '\(v)' is not #RRGGBB") }
            colors[k] = c
        }
        var grades: [String: Color] = [:]
        for (k, v) in file.grades {
            guard let c = Color(hex: v) else { throw .theme(path: path, reason: "grades.\(k) '\(v)' is not #RRGGBB") }
            grades[k] = c
        }
        for key in Grade.allCases.map(\.rawValue) + ["ungraded"] where grades[key] == nil {
            throw .theme(path: path, reason: "grades.\(key) is missing")
        }
        for key in ["ink", "muted", "faint", "rule", "panel", "heading", "inspectors", "council", "paper", "onGrade"]
        where colors[key] == nil {
            throw .theme(path: path, reason: "colors.\(key) is missing")
        }
        for paper in Paper.allCases where file.papers[paper.rawValue] == nil {
            throw .theme(path: path, reason: "papers.\(paper.rawValue) is missing")
        }
        self.file = file
        self.colors = colors
        self.gradeColors = grades
        self.directory = directory
    }

    /// The family every text style is set in.
    public var fontFamily: String { file.fonts.family }

    /// fonts.conf beside theme.json.
    public var fontsConf: String { (directory as NSString).appendingPathComponent("fonts.conf") }

    /// The page size of `paper` in points.
    public func size(of paper: Paper) -> Size {
        let p = file.papers[paper.rawValue]!
        return Size(width: p.width, height: p.height)
    }

    /// The area inside the margins.
    public func contentBox(for paper: Paper) -> Rect {
        let s = size(of: paper)
        let m = file.margins
        return Rect(x: m.left, y: m.top, width: s.width - m.left - m.right, height: s.height - m.top - m.bottom)
    }

    func color(_ name: String) -> Color { colors[name] ?? .black }

    /// The colour of `grade`, or the ungraded colour for nil.
    public func color(for grade: Grade?) -> Color { gradeColors[grade?.rawValue ?? "ungraded"]! }

    /// Every grade colour, keyed as in theme.json.
    public var allGradeColors: [String: Color] { gradeColors }
}
