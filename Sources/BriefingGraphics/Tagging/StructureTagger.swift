import BriefingLayout

/// Opens and closes the PDF's structure elements around a Frame's items, in reading order.
///
/// Consecutive items of one ``StructureGroup`` share one element (a figure, a quote, a list);
/// an item's own ``StructureTag`` nests inside it. Cairo writes the structure tree from these
/// calls; ``PDFCatalogUpdate`` completes what Cairo 1.16 leaves out of the catalog.
struct StructureTagger {
    private var openGroup: StructureGroup?

    /// Ends the open group if `item` leaves it, then opens `item`'s group and tag.
    mutating func enter(_ item: FrameItem, on dc: DrawingContext) {
        if openGroup?.id != item.group?.id {
            if let g = openGroup { dc.endTag(g.role.rawValue) }
            if let g = item.group { dc.beginTag(g.role.rawValue) }
            openGroup = item.group
        }
        if let tag = item.tag { dc.beginTag(tag.rawValue) }
    }

    /// Closes `item`'s own tag.
    func leave(_ item: FrameItem, on dc: DrawingContext) {
        if let tag = item.tag { dc.endTag(tag.rawValue) }
    }

    /// Closes the group still open after the last item.
    mutating func finish(on dc: DrawingContext) {
        if let g = openGroup { dc.endTag(g.role.rawValue) }
        openGroup = nil
    }
}
