import BriefingLayout

/// Where the tagger's elements go: the PDF's drawing context, or a test's record.
protocol StructureSink {
    func beginTag(_ name: String)
    func endTag(_ name: String)
}

extension DrawingContext: StructureSink {}

/// Opens and closes the PDF's structure elements around a Frame's items, in reading order.
///
/// Consecutive items of one ``StructureGroup`` share one element (a figure, a quote, a list, a
/// list item, a table row); groups nest as the items' ``FrameItem/groups`` say, and an item's own
/// ``StructureTag`` nests inside the innermost. Cairo writes the structure tree from these calls;
/// ``PDFCatalogUpdate`` completes what Cairo 1.16 leaves out of the catalog.
///
/// A list item is `LI` holding `Lbl` (its marker, when it has one) and `LBody` (everything else
/// in it), as PDF/UA-1 asks. A text tagged ``StructureTag/listItem`` is the `LBody` itself;
/// other elements in an item go inside one `LBody`, opened before the first of them. The layout
/// puts every bullet, and every list item's text, that sits directly in a list in an item of its
/// own (``LayoutEngine``).
struct StructureTagger {
    /// The groups open now, outermost first, each with whether its `LBody` is open.
    private var open: [(group: StructureGroup, body: Bool)] = []

    /// Closes the groups `item` is not in, opens those it is in, then its own tag.
    mutating func enter(_ item: FrameItem, on dc: some StructureSink) {
        var kept = 0
        while kept < open.count, kept < item.groups.count, open[kept].group.id == item.groups[kept].id { kept += 1 }
        while open.count > kept { closeGroup(on: dc) }
        for g in item.groups[kept...] {
            openBody(on: dc)
            dc.beginTag(g.role.rawValue)
            open.append((g, false))
        }
        let inItem = open.last?.group.role == .listItem
        switch item.tag {
        case .label? where inItem:
            dc.beginTag("Lbl")
        case .listItem? where inItem:
            dc.beginTag("LBody")
        case let tag?:
            openBody(on: dc)
            dc.beginTag(Self.element(tag))
        case nil:
            break
        }
    }

    /// The element a tag opens: a label or a list item's text outside any list item (which the
    /// layout never makes: a bullet in a list is its own item) is a plain paragraph.
    private static func element(_ tag: StructureTag) -> String {
        switch tag {
        case .label, .listItem: "P"
        default: tag.element
        }
    }

    /// Closes `item`'s own tag: a label's `Lbl`, a body's `LBody` (and a loose item's `LI`).
    mutating func leave(_ item: FrameItem, on dc: some StructureSink) {
        let inItem = open.last?.group.role == .listItem
        switch item.tag {
        case .label? where inItem:
            dc.endTag("Lbl")
        case .listItem? where inItem:
            dc.endTag("LBody")
        case let tag?:
            dc.endTag(Self.element(tag))
        case nil:
            break
        }
    }

    /// Opens the innermost list item's `LBody`, once, before an element inside it.
    private mutating func openBody(on dc: some StructureSink) {
        guard let last = open.last, last.group.role == .listItem, !last.body else { return }
        dc.beginTag("LBody")
        open[open.count - 1].body = true
    }

    private mutating func closeGroup(on dc: some StructureSink) {
        guard let last = open.popLast() else { return }
        if last.body { dc.endTag("LBody") }
        dc.endTag(last.group.role.rawValue)
    }

    /// Closes every group still open after the last item.
    mutating func finish(on dc: some StructureSink) {
        while !open.isEmpty { closeGroup(on: dc) }
    }
}
