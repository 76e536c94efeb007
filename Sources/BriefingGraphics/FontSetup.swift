internal import CPango
import Foundation

/// Points fontconfig at the project's fonts.conf once per process, before any font map exists.
///
/// Limiting fontconfig to the fonts named there (Debian's fonts-inter and DejaVu) makes every
/// machine with those packages draw the same page.
public enum FontSetup {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var loaded: String?
    nonisolated(unsafe) private static var loads = 0

    /// Counts the configurations loaded, so text laid out under an earlier one is not reused.
    static var generation: Int {
        lock.lock()
        defer { lock.unlock() }
        return loads
    }

    /// Loads `fontsConf` as the process's fontconfig configuration; later calls with the same path do nothing.
    public static func configure(fontsConf: String) throws(GraphicsError) {
        lock.lock()
        defer { lock.unlock() }
        if loaded == fontsConf { return }
        guard let config = FcConfigCreate() else { throw .fontConfig(path: fontsConf) }
        guard FcConfigParseAndLoad(config, fontsConf, 1) != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            throw .fontConfig(path: fontsConf)
        }
        // FcConfigSetCurrent takes its own reference.
        FcConfigSetCurrent(config)
        FcConfigDestroy(config)
        loaded = fontsConf
        loads += 1
    }
}
