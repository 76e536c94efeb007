/// Tags for single items in the PDF's structure tree.
public enum StructureTag: String, Codable, Sendable {
    case h1 = "H1"
    case h2 = "H2"
    case h3 = "H3"
    case paragraph = "P"
    case listItem = "LI"
    /// A list item's marker (a bullet, a grade's square): the item's `Lbl`; the text that follows
    /// it, tagged ``listItem``, is the item's `LBody`.
    case label = "Lbl"
    case caption = "Caption"
    /// A table's column header (`TH` with `/Scope /Column`).
    case columnHeader = "TH"
    /// A table's row header, the first cell of a row (`TH` with `/Scope /Row`).
    case rowHeader = "TH.Row"
    /// A table's data cell.
    case cell = "TD"

    /// The element's structure type: `TH` for both kinds of header.
    public var element: String { self == .rowHeader ? "TH" : rawValue }

    /// The `/Scope` a header cell's attributes give: `Column`, `Row`, or nil for other tags.
    public var scope: String? {
        switch self {
        case .columnHeader: "Column"
        case .rowHeader: "Row"
        default: nil
        }
    }
}

/// An element that encloses several items: a figure (with alternative text), a quote, a list, a
/// list item, a table, a table row. Groups nest: an item carries every group around it.
public struct StructureGroup: Codable, Sendable, Equatable {
    /// The group's structure role.
    public enum Role: String, Codable, Sendable {
        case figure = "Figure"
        case blockQuote = "BlockQuote"
        case list = "L"
        case section = "Sect"
        /// One item of a list: its label (a marker tagged ``StructureTag/label``) and its body,
        /// every other tagged item inside it.
        case listItem = "LI"
        case table = "Table"
        /// A table's row: its cells are the items inside it, tagged as headers or cells.
        case tableRow = "TR"
    }

    /// Unique within a frame; consecutive items with the same id share one element.
    public var id: Int
    public var role: Role
    /// Words that say what a figure shows, for readers who cannot see it.
    public var alt: String?

    public init(id: Int, role: Role, alt: String? = nil) {
        self.id = id
        self.role = role
        self.alt = alt
    }
}
