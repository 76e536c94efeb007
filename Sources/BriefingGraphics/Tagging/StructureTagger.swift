import BriefingLayout

/// Opens and closes the PDF's structure elements around a Frame's items, in reading order.
///
/// Consecutive items of one ``StructureGroup`` share one element (a figure, a quote, a list);
/// an item's own ``StructureTag`` nests inside it. Cairo writes the structure tree from these
/// calls; ``PDFCatalogUpdate`` completes what Cairo 1.16 leaves out of the catalog.
///
/// A list item is `LI` holding `Lbl` (its marker, when it has one) and `LBody` (its text), as
/// PDF/UA-1 asks: the marker item opens the `LI`, its text closes it.
struct StructureTagger {
    private var openGroup: StructureGroup?
    /// An `LI` opened by its label, waiting for its body.
    private var openItem = false

    /// Ends the open group if `item` leaves it, then opens `item`'s group and tag.
    mutating func enter(_ item: FrameItem, on dc: DrawingContext) {
        if openGroup?.id != item.group?.id {
            closeItem(on: dc)
            if let g = openGroup { dc.endTag(g.role.rawValue) }
            if let g = item.group { dc.beginTag(g.role.rawValue) }
            openGroup = item.group
        }
        switch item.tag {
        case .label?:
            closeItem(on: dc)
            dc.beginTag("LI")
            dc.beginTag("Lbl")
            openItem = true
        case .listItem?:
            if !openItem { dc.beginTag("LI") }
            dc.beginTag("LBody")
            openItem = true
        case let tag?:
            dc.beginTag(tag.rawValue)
        case nil:
            break
        }
    }

    /// Closes `item`'s own tag: a label's `Lbl`, a body's `LBody` and its `LI`.
    mutating func leave(_ item: FrameItem, on dc: DrawingContext) {
        switch item.tag {
        case .label?:
            dc.endTag("Lbl")
        case .listItem?:
            dc.endTag("LBody")
            closeItem(on: dc)
        case let tag?:
            dc.endTag(tag.rawValue)
        case nil:
            break
        }
    }

    private mutating func closeItem(on dc: DrawingContext) {
        if openItem { dc.endTag("LI") }
        openItem = false
    }

    /// Closes the group still open after the last item.
    mutating func finish(on dc: DrawingContext) {
        closeItem(on: dc)
        if let g = openGroup { dc.endTag(g.role.rawValue) }
        openGroup = nil
    }
}
