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
}

/// An element that encloses several items: a figure (with alternative text), a quote, a list.
public struct StructureGroup: Codable, Sendable, Equatable {
    /// The group's structure role.
    public enum Role: String, Codable, Sendable {
        case figure = "Figure"
        case blockQuote = "BlockQuote"
        case list = "L"
        case section = "Sect"
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
