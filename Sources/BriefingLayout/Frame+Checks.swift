/// Invariants every page must hold, used by the tests and by the fit policy.
extension Frame {
    /// Items whose rectangles leave `box` (normally the page).
    public func itemsOutside(_ box: Rect) -> [FrameItem] {
        items.filter { !box.contains($0.rect) }
    }

    /// Pairs of content items (text, markers) whose rectangles overlap.
    public func overlappingContent() -> [(FrameItem, FrameItem)] {
        let content = items.filter { $0.layer == .content }
        var pairs: [(FrameItem, FrameItem)] = []
        for i in content.indices {
            for j in content.indices where j > i && content[i].rect.intersects(content[j].rect) {
                pairs.append((content[i], content[j]))
            }
        }
        return pairs
    }

    /// Pairs of named regions that overlap.
    public func overlappingRegions() -> [(Region, Region)] {
        var pairs: [(Region, Region)] = []
        for i in regions.indices {
            for j in regions.indices where j > i && regions[i].rect.intersects(regions[j].rect) {
                pairs.append((regions[i], regions[j]))
            }
        }
        return pairs
    }
}
