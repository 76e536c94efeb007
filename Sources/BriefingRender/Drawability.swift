import BriefingGraphics
import BriefingModel

/// Text brief's fonts cannot draw (issue 15, point 8): CJK, Thai, emoji and the like were drawn as
/// boxes of hex digits without a word. A record with such text is refused, naming the field and
/// the characters, before a page is made.
public enum Drawability {
    /// One problem per drawn field that has characters neither Inter nor DejaVu Sans has. Uses
    /// the calling thread's fonts (call it on the thread that renders, after the fonts are set up).
    public static func problems(_ council: Council) throws(RenderError) -> [ValidationIssue] {
        let engine: TextEngine
        do {
            engine = try TextEngine()
        } catch {
            throw .graphics(error)
        }
        return council.drawnText.compactMap { path, text in
            let missing = engine.undrawable(text)
            guard !missing.isEmpty else { return nil }
            let named = missing.prefix(5).map { s in s.codePoint + " (\(Character(s)))" }
            let more = missing.count > 5 ? " and \(missing.count - 5) more" : ""
            return ValidationIssue(
                path,
                "has characters brief's fonts cannot draw: \(named.joined(separator: ", "))\(more); expected text in the "
                    + "scripts Inter and DejaVu Sans cover (Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic and more)")
        }
    }
}
