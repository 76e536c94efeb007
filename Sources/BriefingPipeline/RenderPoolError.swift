/// Why a render job did not run to a result.
public enum RenderPoolError: Error, Sendable, CustomStringConvertible {
    case busy
    case timedOut
    case stopped

    public var description: String {
        switch self {
        case .busy: "Every render thread is busy and the queue is full."
        case .timedOut: "The page was not rendered within the time limit."
        case .stopped: "The service is shutting down."
        }
    }
}
