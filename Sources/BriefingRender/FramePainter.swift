import BriefingGraphics
import BriefingLayout

/// Paints a ``Frame`` onto a drawing context, opening structure tags in reading order.
struct FramePainter {
    func paint(_ frame: Frame, on dc: DrawingContext) {
        var openGroup: StructureGroup?
        for item in frame.items {
            if openGroup?.id != item.group?.id {
                if let g = openGroup { dc.endTag(g.role.rawValue) }
                if let g = item.group { dc.beginTag(g.role.rawValue) }
                openGroup = item.group
            }
            if let tag = item.tag { dc.beginTag(tag.rawValue) }
            switch item.content {
            case .text(let run):
                dc.text(run, in: item.rect)
            case .box(let fill, let stroke, let lineWidth, let radius):
                dc.box(item.rect, fill: fill, stroke: stroke, lineWidth: lineWidth, radius: radius)
            case .line(let from, let to, let color, let width, let dash):
                dc.line(from: from, to: to, color: color, width: width, dash: dash)
            case .marker(let shape, let fill, let stroke):
                dc.marker(shape, in: item.rect, fill: fill, stroke: stroke)
            }
            if let tag = item.tag { dc.endTag(tag.rawValue) }
        }
        if let g = openGroup { dc.endTag(g.role.rawValue) }
    }
}
