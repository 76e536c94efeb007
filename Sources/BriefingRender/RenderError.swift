import BriefingGraphics

/// A failure to render a briefing, worded for a person.
public enum RenderError: Error, CustomStringConvertible {
    /// The theme file is missing or malformed.
    case theme(path: String, reason: String)
    /// Cairo or Pango failed.
    case graphics(GraphicsError)
    /// Even the most compact layout did not fit on one page.
    case doesNotFit(council: String, needed: Double, available: Double)

    public var description: String {
        switch self {
        case .theme(let path, let reason):
            "Theme '\(path)' could not be read: \(reason)."
        case .graphics(let e):
            e.description
        case .doesNotFit(let council, let needed, let available):
            "The page for '\(council)' does not fit on one page: its top and footer take \(Int(needed))pt of "
                + "\(Int(available))pt, and the columns under them do not fit in the rest."
        }
    }
}
