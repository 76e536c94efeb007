/// Where a council stands among every council by the latest inspection rule
/// (``Council/latestInspection``), when the national data is loaded. Render words it; this
/// holds only the counts.
public struct NationalStanding: Codable, Sendable, Hashable {
    /// The overall grade of the council's latest inspection; nil when it gave none (2026 rules).
    public var grade: Grade?
    /// Councils whose latest inspection gave `grade`, this one included (0 when `grade` is nil).
    public var sharing: Int
    /// Councils whose latest inspection gave an overall grade.
    public var graded: Int
    /// Councils whose latest inspection gave judgements but no overall grade (April 2026 on).
    public var judgedOnly: Int
    /// How many councils' latest inspections gave each of the four current grades, outstanding first.
    public var counts: [GradeCount]

    /// The standing of a council whose latest inspection gave `grade` (nil for none) among
    /// `latest`, every council's latest inspection's overall grade (nil where it gave none).
    public init(grade: Grade?, among latest: [Grade?]) {
        self.grade = grade
        let grades = latest.compactMap { $0 }
        sharing = grade.map { g in grades.filter { $0 == g }.count } ?? 0
        graded = grades.count
        judgedOnly = latest.count - grades.count
        counts = [Grade.outstanding, .good, .requiresImprovement, .inadequate].map { g in
            GradeCount(grade: g, count: grades.filter { $0 == g }.count)
        }
    }
}

/// How many councils hold a grade.
public struct GradeCount: Codable, Sendable, Hashable {
    public var grade: Grade
    public var count: Int

    public init(grade: Grade, count: Int) {
        self.grade = grade
        self.count = count
    }
}
