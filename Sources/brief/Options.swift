import ArgumentParser
import BriefingData
import BriefingModel
import BriefingRender
import Foundation

/// Where the data and templates live, shared by every command.
struct DataOptions: ParsableArguments {
    @Option(help: "Folder of curated council records (default: Data/councils beside Templates/).")
    var data: String?

    @Option(help: "Folder with theme.json and fonts.conf (default: the project's Templates/).")
    var templates: String?

    @Option(
        help:
            "Folder of the national Ofsted dataset (inspections.csv, local-authorities.csv); default $BRIEF_OFSTED_DATA. Without it, only the curated records."
    )
    var ofsted: String?

    /// The national dataset's folder: --ofsted, else $BRIEF_OFSTED_DATA, else none.
    var ofstedFolder: String? {
        if let ofsted { return ofsted }
        let env = ProcessInfo.processInfo.environment["BRIEF_OFSTED_DATA"] ?? ""
        return env.isEmpty ? nil : env
    }

    /// The project folder: $BRIEF_ROOT, or the nearest folder above the executable or the
    /// working directory that holds Templates/theme.json.
    static func projectRoot() -> String {
        if let env = ProcessInfo.processInfo.environment["BRIEF_ROOT"], !env.isEmpty { return env }
        let fm = FileManager.default
        var starts: [String] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") { starts.append(exe) }
        starts.append(fm.currentDirectoryPath)
        for start in starts {
            var dir = URL(fileURLWithPath: start)
            for _ in 0..<8 {
                if fm.fileExists(atPath: dir.appendingPathComponent("Templates/theme.json").path) { return dir.path }
                dir.deleteLastPathComponent()
            }
        }
        return fm.currentDirectoryPath
    }

    var dataFolder: String { data ?? Self.projectRoot() + "/Data/councils" }
    var templatesFolder: String { templates ?? Self.projectRoot() + "/Templates" }

    func store() throws -> CouncilStore {
        try storeAndDisagreements().0
    }

    /// The curated records, laid over the national data when it is given, and where they disagree.
    func storeAndDisagreements() throws -> (CouncilStore, [Disagreement]) {
        do {
            let curated = try CouncilStore.load(folder: dataFolder)
            guard let folder = ofstedFolder else { return (curated, []) }
            return CouncilStore.merged(curated: curated, national: try NationalDataset.load(folder: folder))
        } catch {
            throw Failure("\(error)", code: 1)
        }
    }

    /// The page renderer, with the theme and fonts from the templates folder.
    func renderer() throws -> BriefingRenderer {
        do {
            return try BriefingRenderer(templates: templatesFolder)
        } catch {
            throw Failure("\(error)", code: 1)
        }
    }

    func council(_ query: String, in store: CouncilStore) throws -> Council {
        if let c = store.find(query) { return c }
        var message = "Unknown council '\(query)'."
        if let s = store.suggestion(for: query) { message += " Did you mean '\(s)'?" }
        throw Failure(message, code: 64)
    }
}

/// A failure reported as one line on standard error, with an exit status.
struct Failure: Error {
    let message: String
    let code: Int32
    init(_ message: String, code: Int32) {
        self.message = message
        self.code = code
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a ``Failure`` into its one line and exit status.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let f as Failure {
            FileHandle.standardError.write(Data(("brief: " + f.message + "\n").utf8))
            throw ExitCode(f.code)
        }
    }
}
