import Foundation

/// A progress bar on standard error, drawn only when it is a terminal.
enum ProgressBar {
    /// A progress callback that draws the bar, or does nothing when standard error is not a terminal.
    static func onTerminal() -> @Sendable (Int, Int, String) -> Void {
        guard isatty(STDERR_FILENO) != 0 else { return { _, _, _ in } }
        return { done, total, slug in draw(done: done, total: total, slug: slug) }
    }

    /// Like ``onTerminal()``, but silent for the first `delay` seconds, so that a run that ends
    /// sooner draws nothing.
    static func onTerminal(after delay: Double) -> (Int, Int, String) -> Void {
        let draw = onTerminal()
        let clock = ContinuousClock()
        let start = clock.now
        return { done, total, name in
            if clock.now - start > .milliseconds(Int(delay * 1000)) { draw(done, total, name) }
        }
    }

    /// Wipes the bar's line, when there is one.
    static func clear() {
        if isatty(STDERR_FILENO) != 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private static func draw(done: Int, total: Int, slug: String) {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(done)/\(total) \(slug)".utf8))
    }
}
