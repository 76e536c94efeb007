internal import CCairo

/// A failure in Cairo or Pango, worded for a person.
public enum GraphicsError: Error, CustomStringConvertible, Equatable {
    /// Cairo refused an operation; `reason` is Cairo's own words.
    case cairo(operation: String, reason: String)
    /// The font configuration file could not be loaded.
    case fontConfig(path: String)

    public var description: String {
        switch self {
        case .cairo(let operation, let reason):
            "Cairo could not \(operation): \(reason)."
        case .fontConfig(let path):
            "Fontconfig could not load '\(path)'; expected a readable fonts.conf."
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
