internal import CCairo

/// A failure in Cairo or Pango, worded for a person.
public enum GraphicsError: Error, CustomStringConvertible, Equatable {
    /// Cairo refused an operation; `reason` is Cairo's own words.
    case cairo(operation: String, reason: String)
    /// The font configuration file could not be loaded.
    case fontConfig(path: String)
    /// The font configuration loads, but finds no face of the theme's family.
    case fontMissing(family: String, fontsConf: String)

    public var description: String {
        switch self {
        case .cairo(let operation, let reason):
            "Cairo could not \(operation): \(reason)."
        case .fontConfig(let path):
            "Fontconfig could not load '\(path)'; expected a readable fonts.conf."
        case .fontMissing(let family, let fontsConf):
            "'\(fontsConf)' finds no '\(family)' font; expected the faces scripts/fonts.py makes (run scripts/setup.sh)."
        }
    }
}

extension GraphicsError {
    /// Converts a Cairo status into an error, or nil for success.
    static func check(_ status: cairo_status_t, _ operation: String) -> GraphicsError? {
        guard status != CAIRO_STATUS_SUCCESS else { return nil }
        return .cairo(operation: operation, reason: String(cString: cairo_status_to_string(status)))
    }
}
