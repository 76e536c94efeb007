/// A laid-out page: its size and every positioned item, in reading order. Pure data.
///
/// Painting a Frame is the only step that touches Cairo; everything before it is testable without.
public struct Frame: Codable, Sendable, Equatable {
    public var size: Size
    /// Items in painting and reading order.
    public var items: [FrameItem]
    /// The named blocks of the page (banner, timeline, quotes...) and where they landed.
    public var regions: [Region]

    public init(size: Size, items: [FrameItem] = [], regions: [Region] = []) {
        self.size = size
        self.items = items
        self.regions = regions
    }

    /// The alternative text of each figure, in reading order ("" where a figure has none).
    public var figureAlts: [String] {
        var seen = Set<Int>()
        var out: [String] = []
        for item in items {
            guard let g = item.groups.last(where: { $0.role == .figure }), seen.insert(g.id).inserted else { continue }
            out.append(g.alt ?? "")
        }
        return out
    }

    /// The `/Scope` of each table header cell, in reading order (`Column` or `Row`).
    public var headerScopes: [String] { items.compactMap { $0.tag?.scope } }

    /// The text of every text item, in reading order.
    public var texts: [String] {
        items.compactMap { if case .text(let run) = $0.content { run.text } else { nil } }
    }
}

/// A named block of the page and its rectangle.
public struct Region: Codable, Sendable, Equatable {
    public var name: String
    public var rect: Rect
    public init(name: String, rect: Rect) {
        self.name = name
        self.rect = rect
    }
}

/// One positioned thing to paint.
public struct FrameItem: Codable, Sendable, Equatable {
    /// What the item draws.
    public enum Content: Codable, Sendable, Equatable {
        case text(TextRun)
        case box(fill: Color?, stroke: Color?, lineWidth: Double, radius: Double)
        case line(from: Point, to: Point, color: Color, width: Double, dash: [Double])
        case marker(shape: MarkerShape, fill: Color, stroke: Color)
    }

    /// Whether an item draws content a reader reads (must not collide) or decoration under it.
    public enum Layer: String, Codable, Sendable {
        case content, decoration
    }

    public var rect: Rect
    public var content: Content
    public var layer: Layer
    /// The structure tag of this item alone (a heading, a paragraph, a list item).
    public var tag: StructureTag?
    /// The structure elements that enclose this item with its neighbours (a list, then its
    /// item; a figure, a quote), outermost first.
    public var groups: [StructureGroup]

    /// The innermost structure element around the item.
    public var group: StructureGroup? { groups.last }

    public init(rect: Rect, content: Content, layer: Layer, tag: StructureTag? = nil, group: StructureGroup? = nil) {
        self.init(rect: rect, content: content, layer: layer, tag: tag, groups: group.map { [$0] } ?? [])
    }

    public init(rect: Rect, content: Content, layer: Layer, tag: StructureTag? = nil, groups: [StructureGroup]) {
        self.rect = rect
        self.content = content
        self.layer = layer
        self.tag = tag
        self.groups = groups
    }

    /// Text set in a box; content layer.
    public static func text(_ run: TextRun, in rect: Rect, tag: StructureTag? = nil) -> FrameItem {
        FrameItem(rect: rect, content: .text(run), layer: .content, tag: tag)
    }
}

/// Text to set with Pango inside an item's rectangle.
public struct TextRun: Codable, Sendable, Equatable {
    public var text: String
    public var style: TextStyle
    /// At most this many lines, the last ellipsized; nil for no limit.
    public var maxLines: Int?

    public init(text: String, style: TextStyle, maxLines: Int? = nil) {
        self.text = text
        self.style = style
        self.maxLines = maxLines
    }
}

/// Marker shapes: in the timeline the shape says the kind of inspection; the banner's
/// direction is a triangle pointing up (improved), down (declined) or right (unchanged).
public enum MarkerShape: String, Codable, Sendable, CaseIterable {
    case circle, diamond, square, triangle, triangleDown, triangleRight
}
