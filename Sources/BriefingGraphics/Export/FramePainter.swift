import BriefingLayout

/// Paints a ``Frame`` onto a drawing context, with its structure tags in reading order.
struct FramePainter {
    func paint(_ frame: Frame, on dc: DrawingContext) {
        var tagger = StructureTagger()
        // One root element, as PDF/UA-1 and poppler expect of a tagged file.
        dc.beginTag("Document")
        for item in frame.items {
            tagger.enter(item, on: dc)
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
            tagger.leave(item, on: dc)
        }
        tagger.finish(on: dc)
        dc.endTag("Document")
    }
}
