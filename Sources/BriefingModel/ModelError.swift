/// A value from outside (an environment variable) that the model cannot take, worded for a person.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    /// SOURCE_DATE_EPOCH is set but is not a whole number of seconds since 1970.
    case sourceDateEpoch(String)

    public var description: String {
        switch self {
        case .sourceDateEpoch(let raw): "SOURCE_DATE_EPOCH '\(raw)' is not a number of seconds since 1970."
        }
    }
}
