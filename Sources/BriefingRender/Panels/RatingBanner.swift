import BriefingLayout
import BriefingModel

/// The rating banner: the latest overall grade in words and colour, when and how it was given,
/// the grade before it and the direction, and the sub-judgements where known.
struct RatingBanner {
    let styles: Styles
    /// Set by the fit policy when the page has no room for more than ``mostTiles`` judgements in
    /// body type: they are listed in small type.
    var compact = false
    var theme: Theme { styles.theme }

    /// Whether the inspection the banner leads with has more judgements than ``mostTiles``.
    static func hasManyJudgements(_ council: Council) -> Bool {
        (council.latestInspection?.inspection.judgements.count ?? 0) > mostTiles
    }

    /// The style of a judgement listed as a line.
    var listStyle: TextStyle { compact ? styles.small.with(color: theme.color("ink")) : styles.body }

    func node(for council: Council) -> Node {
        if let latest = council.latestInspection, latest.grade == nil { return judgementsOnly(latest, council: council) }
        guard let rating = council.rating else { return unrated(council) }
        let gradeColor = theme.color(for: rating.grade)
        let onGrade = theme.color("onGrade")
        let when = describe(rating.latest)
        let gradeBlock = Node.box(
            .column(
                [
                    .text("OVERALL EFFECTIVENESS", styles.label.with(color: onGrade), maxLines: 1, tag: .paragraph),
                    .text(
                        rating.grade.words, styles.title(size: styles.type.banner).with(color: onGrade), maxLines: 2,
                        tag: .paragraph),
                    .text(when, styles.small.with(color: onGrade), maxLines: 2, tag: .paragraph),
                ], spacing: 3),
            style: BoxStyle(padding: EdgeInsets(top: 9, left: 12, bottom: 9, right: 10), fill: gradeColor, radius: 3),
            name: nil)
        var lines: [Node] = []
        lines.append(direction(rating))
        if let finding = rating.latest.finding {
            lines.append(.text(PageWording.inspectorsFound + finding, styles.body, maxLines: 3, tag: .paragraph))
        }
        lines.append(subJudgements(rating.latest))
        for visit in visits(council, rating: rating) {
            lines.append(.text(visit, styles.muted, maxLines: 3, tag: .paragraph))
        }
        let detail = Node.box(
            .column(lines, spacing: 4),
            style: BoxStyle(padding: EdgeInsets(top: 8, left: 12, bottom: 8, right: 12)), name: nil)
        return .box(
            .row([gradeBlock, detail], spacing: 0, weights: [0.34, 0.66]),
            style: BoxStyle(fill: theme.color("panel"), radius: 3), name: "banner")
    }

    private func unrated(_ council: Council) -> Node {
        let text: String
        if council.inspections.isEmpty {
            text = PageWording.noInspections
        } else {
            text = "No overall grade is given in the sources: the inspections recorded are visits or ungraded."
        }
        return .box(
            .column(
                [
                    .text("OVERALL EFFECTIVENESS", styles.label, maxLines: 1, tag: .paragraph),
                    .text(
                        PageWording.gradeNotKnown, styles.title(size: styles.type.banner).with(color: theme.color("ink")),
                        maxLines: 1,
                        tag: .paragraph),
                    .text(text, styles.body, maxLines: 2, tag: .paragraph),
                ], spacing: 3),
            style: BoxStyle(
                padding: EdgeInsets(top: 9, left: 14, bottom: 9, right: 12), fill: theme.color("panel"), radius: 3,
                accentWidth: 5, accent: theme.color(for: nil)),
            name: "banner")
    }

    /// "Full inspection (ILACS standard), June 2018", the date kept on one line.
    func describe(_ x: Inspection) -> String {
        var s = x.kind.words
        if let f = x.framework { s += " (\(f))" }
        s += ", " + Self.unbroken(Format.dateNoted(x.date))
        return s
    }

    /// `text` with its dates kept on one line ("22 April 2024" never wraps as "22 April / 2024"):
    /// a space before a digit, or between a digit and a capital, gets a word joiner (U+2060) on
    /// each side. Not a no-break space: Cairo 1.16 puts U+00A0 in a font subset of its own.
    static func unbroken(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        for i in chars.indices {
            let joined =
                chars[i] == " " && i > 0 && i + 1 < chars.count
                && (chars[i + 1].isNumber || (chars[i - 1].isNumber && chars[i + 1].isUppercase))
            out += joined ? "\u{2060} \u{2060}" : String(chars[i])
        }
        return out
    }

    /// The direction since the grade before, after a triangle drawn in ink: up, down or right.
    func direction(_ r: Rating) -> Node {
        let (direction, plain) = PageWording.direction(r)
        let words = Self.unbroken(plain)
        let style = styles.bodyStrong
        let line = Node.text(words, style, maxLines: 2, tag: .paragraph)
        let shape: MarkerShape
        switch direction {
        case .improved: shape = .triangle
        case .declined: shape = .triangleDown
        case .unchanged: shape = .triangleRight
        case nil: return line
        }
        let marker = BulletMarker.shape(shape, color: style.color, size: 6.5, lineHeight: style.size * style.lineHeight)
        return .bullet(line, marker: marker, indent: 10.5)
    }

    private func subJudgements(_ x: Inspection) -> Node {
        guard !x.judgements.isEmpty else {
            return .text(PageWording.noSubJudgements, styles.muted, maxLines: 1, tag: .paragraph)
        }
        // Past ``mostTiles`` (a record may give up to 20), two columns, read down.
        let many = x.judgements.count > Self.mostTiles
        let items = x.judgements.map { j in
            Node.text(
                "\(Format.sentenceCase(j.area)): \(j.grade.words.lowercased())", many ? listStyle : styles.body,
                maxLines: many ? 3 : 1,
                tag: .listItem)
        }
        guard many else { return .group(.column(items, spacing: 1), role: .list, alt: nil) }
        let half = (items.count + 1) / 2
        let columns = [Array(items[..<half]), Array(items[half...])].map { Node.column($0, spacing: 1) }
        return .group(.row(columns, spacing: 8, weights: []), role: .list, alt: nil)
    }

    /// Ungraded events since the previous graded inspection (the latest two), in words: visits,
    /// and full inspections without an overall grade with their sub-judgements.
    private func visits(_ council: Council, rating: Rating) -> [String] {
        visits(council, after: rating.previous)
    }

    /// Ungraded events after `start` (from the first when nil), the latest two, in words.
    func visits(_ council: Council, after start: Inspection?) -> [String] {
        let chron = council.chronology
        let from = start.flatMap { chron.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        // An undated visit cannot be placed after `start`; it shows only where it belongs to the
        // page's era (its source also reports the latest inspection), else the timeline lists it.
        let ungraded = chron[from...].filter {
            $0.grade == nil && ($0.date != nil || council.isInEra(date: nil, source: $0.source))
        }
        return ungraded.suffix(2).map { v in
            let when = v.date.map { Format.dateNoted($0) } ?? "date not stated"
            var s = "\(v.kind.words), \(when)"
            if v.kind == .fullInspection {
                s += ": " + (v.gradeNote ?? "overall grade not stated")
                if !v.judgements.isEmpty {
                    s += "; " + v.judgements.map(\.words).joined(separator: ", ")
                }
            } else {
                s += ", not graded"
            }
            if let f = v.finding { s += " — " + f }
            return s
        }
    }
}
