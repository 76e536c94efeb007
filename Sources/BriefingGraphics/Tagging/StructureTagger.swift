import BriefingLayout

/// Opens and closes the PDF's structure elements around a Frame's items, in reading order.
///
/// Consecutive items of one ``StructureGroup`` share one element (a figure, a quote, a list, a
/// list item, a table row); groups nest as the items' ``FrameItem/groups`` say, and an item's own
/// ``StructureTag`` nests inside the innermost. Cairo writes the structure tree from these calls;
/// ``PDFCatalogUpdate`` completes what Cairo 1.16 leaves out of the catalog.
///
/// A list item is `LI` holding `Lbl` (its marker, when it has one) and `LBody` (everything else
/// in it), as PDF/UA-1 asks. A text tagged ``StructureTag/listItem`` is the `LBody` itself;
/// other elements in an item go inside one `LBody`, opened before the first of them.
/// Where the tagger's elements go: the PDF's drawing context, or a test's record.
protocol StructureSink {
    func beginTag(_ name: String)
    func endTag(_ name: String)
}

extension DrawingContext: StructureSink {}

struct StructureTagger {
    /// The groups open now, outermost first, each with whether its `LBody` is open.
    private var open: [(group: StructureGroup, body: Bool)] = []
    /// An `LI` opened by a label outside any list-item group, waiting for its body.
    private var looseItem = false

    /// Closes the groups `item` is not in, opens those it is in, then its own tag.
    mutating func enter(_ item: FrameItem, on dc: some StructureSink) {
        var kept = 0
        while kept < open.count, kept < item.groups.count, open[kept].group.id == item.groups[kept].id { kept += 1 }
        if kept < open.count || kept < item.groups.count { closeLoose(on: dc) }
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
        case .label?:
            closeLoose(on: dc)
            dc.beginTag("LI")
            dc.beginTag("Lbl")
            looseItem = true
        case .listItem? where inItem:
            dc.beginTag("LBody")
        case .listItem?:
            if !looseItem { dc.beginTag("LI") }
            dc.beginTag("LBody")
            looseItem = true
        case let tag?:
            openBody(on: dc)
            dc.beginTag(tag.element)
        case nil:
            break
        }
    }

    /// Closes `item`'s own tag: a label's `Lbl`, a body's `LBody` (and a loose item's `LI`).
    mutating func leave(_ item: FrameItem, on dc: some StructureSink) {
        switch item.tag {
        case .label?:
            dc.endTag("Lbl")
        case .listItem?:
            dc.endTag("LBody")
            closeLoose(on: dc)
        case let tag?:
            dc.endTag(tag.element)
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

    private mutating func closeLoose(on dc: some StructureSink) {
        if looseItem { dc.endTag("LI") }
        looseItem = false
    }

    /// Closes every group still open after the last item.
    mutating func finish(on dc: some StructureSink) {
        closeLoose(on: dc)
        while !open.isEmpty { closeGroup(on: dc) }
    }
}
