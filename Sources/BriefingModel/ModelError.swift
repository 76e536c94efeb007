/// A value from outside (an environment variable) that the model cannot take, or a file that
/// could not be written, worded for a person.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    /// SOURCE_DATE_EPOCH is set but is not a whole number of seconds since 1970.
    case sourceDateEpoch(String)
    /// A folder could not be made.
    case createFolder(path: String, reason: String)
    /// A file could not be written; `reason` ends the sentence.
    case write(path: String, reason: String)
    /// Standard output could not be written (a full disk, a closed descriptor); `reason` ends the sentence.
    case standardOutput(reason: String)

    public var description: String {
        switch self {
        case .sourceDateEpoch(let raw): "SOURCE_DATE_EPOCH '\(raw)' is not a number of seconds since 1970."
        case .createFolder(let path, let reason): "Could not create '\(path)': \(reason)"
        case .write(let path, let reason): "Could not write '\(path)': \(reason)"
        case .standardOutput(let reason): "Could not write to standard output: \(reason)"
        }
    }
}
