internal import CPango
import Foundation

/// Points fontconfig at the project's fonts.conf once per process, before any font map exists.
///
/// Limiting fontconfig to the fonts named there (Inter, made from Debian's fonts-inter by
/// scripts/fonts.py, and DejaVu) makes every machine draw the same page.
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
    ///
    /// Throws when the configuration finds no face of `family`: Pango would otherwise draw the
    /// page in the fallback font without a word.
    public static func configure(fontsConf: String, family: String) throws(GraphicsError) {
        lock.lock()
        defer { lock.unlock() }
        if loaded == fontsConf { return }
        guard let config = FcConfigCreate() else { throw .fontConfig(path: fontsConf) }
        guard FcConfigParseAndLoad(config, fontsConf, 1) != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            throw .fontConfig(path: fontsConf)
        }
        guard hasFamily(family, in: config) else {
            FcConfigDestroy(config)
            throw .fontMissing(family: family, fontsConf: fontsConf)
        }
        // FcConfigSetCurrent takes its own reference.
        FcConfigSetCurrent(config)
        FcConfigDestroy(config)
        loaded = fontsConf
        loads += 1
    }

    private static func hasFamily(_ family: String, in config: OpaquePointer) -> Bool {
        guard let set = FcConfigGetFonts(config, FcSetSystem) else { return false }
        return (0..<Int(set.pointee.nfont)).contains { i in
            var name: UnsafeMutablePointer<FcChar8>?
            guard let font = set.pointee.fonts[i], FcPatternGetString(font, FC_FAMILY, 0, &name) == FcResultMatch,
                let name
            else { return false }
            return String(cString: name) == family
        }
    }
}
