/// Column positions in inspections.csv, the national dataset's table of inspections. Its column
/// names are written here and nowhere else; the loader and the extraction accuracy both use it.
struct InspectionsCSV {
    /// A column that is not a judgement, by its name in the header.
    enum Column: String, Hashable {
        case urn
        case published = "publication_date"
        case start = "inspection_start_date"
        case end = "inspection_end_date"
        case datesText = "inspection_dates_text"
        case framework
        case overall = "overall_effectiveness"
        case link = "inspection_link"
        case reportFile = "report_file"
    }

    /// A judgement column, by its name in the header, in the order the areas are listed.
    enum JudgementColumn: String, CaseIterable {
        case leaders
        case helpAndProtection = "help_and_protection"
        case inCare = "in_care"
        case careLeavers = "care_leavers"
        case sifLookedAfter = "sif_looked_after_and_permanence"
        case sifAdoption = "sif_adoption"
        case sifLeadership = "sif_leadership_management_governance"

        /// The area judged, as a briefing names it.
        var area: String {
            switch self {
            case .leaders: "impact of leaders"
            case .helpAndProtection: "help and protection"
            case .inCare: "children in care"
            case .careLeavers: "care leavers"
            case .sifLookedAfter: "looked after and permanence"
            case .sifAdoption: "adoption"
            case .sifLeadership: "leadership, management and governance"
            }
        }
    }

    /// Each judgement column asked for, with its position, in the order asked.
    let judgements: [(column: JudgementColumn, position: Int)]
    private let positions: [Column: Int]

    /// Finds `columns`, then `judgements`, in `table`'s header; throws naming the first one missing.
    /// Each reader asks for the columns it reads, and needs no others.
    init(_ table: CSVTable, file: String, columns: [Column], judgements: [JudgementColumn]) throws(DataError) {
        var positions: [Column: Int] = [:]
        for column in columns { positions[column] = try table.column(column.rawValue, file: file) }
        var found: [(JudgementColumn, Int)] = []
        for column in judgements { found.append((column, try table.column(column.rawValue, file: file))) }
        self.positions = positions
        self.judgements = found
    }

    /// The position of `column`, one of the columns this table was opened with.
    subscript(column: Column) -> Int { positions[column]! }
}
