import Foundation

extension TestPaths {
    /// The tests' helper programs (`Tests/Support`), run with `python3`.
    public static var support: String { root + "/Tests/Support" }
    /// The made-up report texts (`Tests/Fixtures/reports`).
    public static var reports: String { root + "/Tests/Fixtures/reports" }

    /// The path of `Tests/Fixtures/<name>`, for fixtures other than the council records.
    public static func fixture(_ name: String) -> String { root + "/Tests/Fixtures/" + name }

    /// The made-up report `Tests/Fixtures/reports/<name>.txt`, exactly as the file has it.
    public static func report(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: reports + "/" + name + ".txt")), as: UTF8.self)
    }
}
