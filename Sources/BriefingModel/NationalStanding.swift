/// Where a council's latest overall grade stands among every council's latest grade, when the
/// national data is loaded. Render words it; this holds only the counts.
public struct NationalStanding: Codable, Sendable, Hashable {
    /// The council's latest overall grade.
    public var grade: Grade
    /// Councils whose latest overall grade is `grade`, this one included.
    public var sharing: Int
    /// Councils with a latest overall grade.
    public var graded: Int
    /// How many councils hold each of the four current grades, outstanding first.
    public var counts: [GradeCount]

    public init(grade: Grade, sharing: Int, graded: Int, counts: [GradeCount]) {
        self.grade = grade
        self.sharing = sharing
        self.graded = graded
        self.counts = counts
    }

    /// The standing of `grade` among `grades` (one latest grade per graded council).
    public init(grade: Grade, among grades: [Grade]) {
        self.grade = grade
        sharing = grades.filter { $0 == grade }.count
        graded = grades.count
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
