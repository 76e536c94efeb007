/// Turns a ``Node`` tree into positioned ``FrameItem``s, measuring text through a ``TextMeasuring``.
public struct LayoutEngine {
    public let measurer: any TextMeasuring

    public init(measurer: any TextMeasuring) {
        self.measurer = measurer
    }

    /// The height `node` needs at `width`.
    public func height(of node: Node, width: Double) -> Double {
        switch node {
        case .text(let run, _):
            return measurer.measure(run.text, style: run.style, width: width, maxLines: run.maxLines).height
        case .column(let children, let spacing):
            guard !children.isEmpty else { return 0 }
            return children.reduce(0) { $0 + height(of: $1, width: width) } + spacing * Double(children.count - 1)
        case .row(let children, let spacing, let weights):
            let widths = columnWidths(count: children.count, width: width, spacing: spacing, weights: weights)
            return zip(children, widths).map { height(of: $0, width: $1) }.max() ?? 0
        case .box(let child, let style, _):
            return height(of: child, width: max(0, width - style.padding.horizontal)) + style.padding.vertical
        case .group(let child, _, _):
            return height(of: child, width: width)
        case .bullet(let child, _, let indent):
            return height(of: child, width: max(0, width - indent))
        case .spacer(let h):
            return h
        case .canvas(let h, _):
            return h
        }
    }

    /// Lays `node` out at `origin` with `width`, giving it at least its own height, and returns a frame.
    public func frame(for node: Node, page: Size, origin: Point, width: Double) -> Frame {
        var state = State()
        let h = height(of: node, width: width)
        place(node, in: Rect(x: origin.x, y: origin.y, width: width, height: h), groups: [], state: &state)
        return Frame(size: page, items: state.items, regions: state.regions)
    }

    private struct State {
        var items: [FrameItem] = []
        var regions: [Region] = []
        var nextGroup = 1
    }

    /// Widths of `count` columns sharing `width` in proportion to `weights`, `spacing` apart.
    public func columnWidths(count: Int, width: Double, spacing: Double, weights: [Double]) -> [Double] {
        guard count > 0 else { return [] }
        let w = weights.count == count ? weights : Array(repeating: 1, count: count)
        let total = w.reduce(0, +)
        let free = max(0, width - spacing * Double(count - 1))
        return w.map { free * $0 / total }
    }

    private func place(_ node: Node, in rect: Rect, groups: [StructureGroup], state: inout State) {
        switch node {
        case .text(let run, let tag):
            placeText(run, tag: tag, in: rect, groups: groups, state: &state)
        case .column(let children, let spacing):
            var y = rect.y
            for child in children {
                let h = height(of: child, width: rect.width)
                place(child, in: Rect(x: rect.x, y: y, width: rect.width, height: h), groups: groups, state: &state)
                y += h + spacing
            }
        case .row(let children, let spacing, let weights):
            var x = rect.x
            let widths = columnWidths(count: children.count, width: rect.width, spacing: spacing, weights: weights)
            for (child, w) in zip(children, widths) {
                // Children of a row share its height, so boxes side by side line up at the bottom.
                place(child, in: Rect(x: x, y: rect.y, width: w, height: rect.height), groups: groups, state: &state)
                x += w + spacing
            }
        case .box(let child, let style, let name):
            placeBox(child, style: style, name: name, in: rect, groups: groups, state: &state)
        case .group(let child, let role, let alt):
            let g = StructureGroup(id: state.nextGroup, role: role, alt: alt)
            state.nextGroup += 1
            place(child, in: rect, groups: groups + [g], state: &state)
        case .bullet(let child, let marker, let indent):
            placeBullet(child, marker: marker, indent: indent, in: rect, groups: groups, state: &state)
        case .spacer:
            break
        case .canvas(let h, let draw):
            let area = Rect(x: rect.x, y: rect.y, width: rect.width, height: h)
            for var item in draw(area, measurer) {
                item.groups = groups + item.groups
                state.items.append(item)
            }
        }
    }

    private func placeText(_ run: TextRun, tag: StructureTag?, in rect: Rect, groups: [StructureGroup], state: inout State) {
        var run = run
        let m = measurer.measure(run.text, style: run.style, width: rect.width, maxLines: run.maxLines)
        // Cut at a word boundary ourselves, so the frame (and the PDF's text) holds exactly what shows.
        if m.truncated, let limit = run.maxLines {
            run.text = measurer.clamp(run.text, style: run.style, width: rect.width, maxLines: limit)
        }
        var item = FrameItem.text(run, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: m.height), tag: tag)
        item.groups = tag == .listItem ? Self.listItem(in: groups, state: &state) : groups
        state.items.append(item)
    }

    /// `groups` with a list item of its own appended when they end in a list: a bullet, or a
    /// list item's text without one, directly in a list is one of its items.
    private static func listItem(in groups: [StructureGroup], state: inout State) -> [StructureGroup] {
        guard groups.last?.role == .list else { return groups }
        state.nextGroup += 1
        return groups + [StructureGroup(id: state.nextGroup - 1, role: .listItem)]
    }

    /// A box's fill and stroke, its accent bar and its region, then its child inside the padding.
    private func placeBox(
        _ child: Node, style: BoxStyle, name: String?, in rect: Rect, groups: [StructureGroup], state: inout State
    ) {
        if style.fill != nil || style.stroke != nil {
            let content = FrameItem.Content.box(
                fill: style.fill, stroke: style.stroke, lineWidth: style.stroke == nil ? 0 : style.lineWidth,
                radius: style.radius)
            state.items.append(FrameItem(rect: rect, content: content, layer: .decoration, groups: groups))
        }
        if style.accentWidth > 0, let accent = style.accent {
            let bar = Rect(x: rect.x, y: rect.y, width: style.accentWidth, height: rect.height)
            state.items.append(
                FrameItem(
                    rect: bar, content: .box(fill: accent, stroke: nil, lineWidth: 0, radius: 0), layer: .decoration,
                    groups: groups))
        }
        if let name { state.regions.append(Region(name: name, rect: rect)) }
        let inner = rect.inset(by: style.padding)
        place(child, in: inner, groups: groups, state: &state)
    }

    /// A list item's marker in the indent, then its child beside it.
    private func placeBullet(
        _ child: Node, marker: BulletMarker, indent: Double, in rect: Rect, groups: [StructureGroup], state: inout State
    ) {
        // A bullet in a list is one of its items: its marker the label, the rest the body.
        let groups = Self.listItem(in: groups, state: &state)
        var item: FrameItem
        switch marker {
        case .text(let run):
            let m = measurer.measure(run.text, style: run.style, width: indent, maxLines: 1)
            item = .text(run, in: Rect(x: rect.x, y: rect.y, width: indent, height: m.height))
        case .shape(let shape, let color, let size, let lineHeight):
            let r = Rect(x: rect.x, y: rect.y + (lineHeight - size) / 2, width: size, height: size)
            item = FrameItem(rect: r, content: .marker(shape: shape, fill: color, stroke: color), layer: .decoration)
        }
        item.groups = groups
        // The marker of a list item is its label (StructureTagger opens the item around both).
        if groups.last?.role == .listItem { item.tag = .label }
        state.items.append(item)
        place(
            child, in: Rect(x: rect.x + indent, y: rect.y, width: max(0, rect.width - indent), height: rect.height),
            groups: groups, state: &state)
    }
}
