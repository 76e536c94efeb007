import Foundation

/// What Cairo reads from the environment, set once per process.
///
/// Cairo 1.16 reads `CAIRO_DEBUG_PDF` each time it makes a PDF surface: when it is set, Cairo
/// writes content streams plain (`compress_content` is false in cairo-pdf-surface.c) and changes
/// nothing else. brief rewrites the page's content stream anyway, to mark its decoration as
/// artifacts (``PDFArtifacts``), and deflates it then, so Cairo's own deflate at zlib's default
/// level would be wasted work.
public enum PDFSettings {
    /// The variable Cairo reads.
    static let variable = "CAIRO_DEBUG_PDF"

    /// Sets the variable unless it is set. Call it at the start of `main`, while the process has
    /// one thread: `setenv` is not safe beside `getenv` on other threads, and Cairo, fontconfig
    /// and Pango all read the environment. Not earlier: set from a C constructor, before the
    /// static Swift runtime's own start-up (which finds the arguments through `environ`, which
    /// `setenv` moves), it left `brief` with no arguments. A PDF surface calls it too, for
    /// programs that do not (the tests' processes have it set by `make test`).
    public static func prepare() { _ = once }

    private static let once: Void = {
        if getenv(variable) == nil { setenv(variable, "1", 1) }
    }()

    /// Whether Cairo will write content streams plain.
    static var writesPlainContent: Bool { getenv(variable) != nil }
}
