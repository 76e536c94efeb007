import BriefingModel

/// The style sheet of the briefing page and the council index, in the theme's colours: one
/// column on a phone, two from 56rem; a plain page on paper. Inline, so a page is one file.
enum HTMLStyle {
    /// The theme colours the pages use for text, each with the background it sits on, so a
    /// test can check every pairing's contrast (WCAG 2.2 AA: at least 4.5:1).
    static let textPairs: [(text: String, background: String)] = [
        ("ink", "paper"), ("muted", "paper"), ("heading", "paper"), ("ink", "panel"), ("muted", "panel"),
        ("heading", "panel"), ("council", "paper"), ("paper", "heading"),
    ]

    /// A page's start, to its `<body>`: the document type, the language, the title (already
    /// escaped), no favicon fetched, and the style sheet.
    static func head(title: String, theme: Theme) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <link rel="icon" href="data:,">
        <style>
        \(css(theme))
        </style>
        </head>
        <body>

        """
    }

    static func css(_ theme: Theme) -> String {
        let c = { (name: String) in theme.color(name).hex }
        return [page(theme, c), panels(theme, c), tables(c), screens(c)].joined(separator: "\n")
    }

    private static func page(_ theme: Theme, _ c: (String) -> String) -> String {
        """
        *{box-sizing:border-box}html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;overflow-wrap:break-word;font-family:"\(theme.fontFamily)","DejaVu Sans",sans-serif;font-size:1rem;line-height:1.5;color:\(c("ink"));background:\(c("paper"))}
        .skip{position:absolute;left:.5rem;top:-5rem;z-index:2;padding:.5rem .75rem;background:\(c("paper"));color:\(c("heading"));border:2px solid \(c("heading"))}
        .skip:focus{top:.5rem}
        a{color:\(c("heading"))}
        a:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid \(c("heading"));outline-offset:2px}
        .wrap{max-width:70rem;margin:0 auto;padding:0 1rem}
        .masthead{background:\(c("heading"));color:\(c("paper"))}.masthead .wrap{padding-top:1.25rem;padding-bottom:1.25rem}
        .masthead a{color:\(c("paper"))}.masthead a:focus-visible{outline-color:\(c("paper"))}
        .kicker,.asof{margin:0;font-size:.9375rem}
        h1{margin:.15rem 0 .35rem;font-size:clamp(1.75rem,5vw,2.5rem);line-height:1.15;letter-spacing:-.01em}
        nav ul{list-style:none;margin:.75rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.5rem}
        main.wrap{padding-top:1.75rem;padding-bottom:1rem}
        section{margin:0 0 2rem}
        h2{margin:0 0 .75rem;padding-bottom:.35rem;border-bottom:1px solid \(c("rule"));color:\(c("heading"));font-size:.875rem;text-transform:uppercase;letter-spacing:.06em}
        h3{margin:1rem 0 .4rem;font-size:1rem;color:\(c("heading"))}
        p{margin:0 0 .6rem}
        .muted,.note,caption{color:\(c("muted"))}.note{font-size:.875rem}
        """
    }

    private static func panels(_ theme: Theme, _ c: (String) -> String) -> String {
        var grades = ""
        for g in [Grade?.none] + Grade.allCases.map(Optional.some) {
            // `.sw.g-…` outranks the legend swatch's own grey.
            let name = HTMLText.gradeClass(g)
            grades += ".\(name),.sw.\(name){background:\(theme.color(for: g).hex)}\n"
        }
        return """
            .chip{display:inline-block;padding:.05rem .5rem;border-radius:.25rem;color:\(c("onGrade"));font-weight:600;font-size:.9375rem}
            .chip.big{padding:.3rem .9rem;font-size:1.75rem;line-height:1.25;margin-bottom:.5rem}
            \(grades).banner{display:grid;gap:0 2.5rem;grid-template-columns:minmax(0,1fr)}
            .lead .when{font-weight:600}
            .judgements{list-style:none;margin:0 0 .75rem;padding:0}
            .judgements li{display:flex;flex-wrap:wrap;align-items:baseline;gap:.15rem .6rem;padding:.3rem 0;border-bottom:1px solid \(c("rule"))}
            .judgements .area{flex:1 1 12rem}.judgements .move{flex-basis:100%;font-size:.875rem;color:\(c("muted"))}
            blockquote{margin:0 0 1rem;padding:.75rem 1rem;background:\(c("panel"));border-left:4px solid \(c("inspectors"))}
            blockquote.council{border-left-color:\(c("council"))}
            blockquote p{margin:0 0 .4rem}blockquote footer{font-size:.875rem;color:\(c("muted"))}
            .verdict blockquote p{font-size:1.125rem}
            figure{margin:0 0 1rem}svg{display:block;width:100%;overflow:visible}
            .legend{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1.1rem;margin:.4rem 0 0;padding:0;font-size:.875rem}
            .sw{display:inline-block;width:.75rem;height:.75rem;margin-right:.4rem;vertical-align:-.05rem;background:\(theme.color(for: nil).hex)}
            .sw.circle{border-radius:50%}.sw.diamond{transform:rotate(45deg) scale(.8)}.sw.triangle{clip-path:polygon(50% 0,100% 100%,0 100%)}
            table{width:100%;border-collapse:collapse;font-size:.9375rem;margin-bottom:.5rem}
            caption{text-align:left;font-size:.875rem;padding-bottom:.4rem}
            th,td{text-align:left;vertical-align:top;padding:.4rem .5rem .4rem 0;border-bottom:1px solid \(c("rule"));overflow-wrap:break-word}
            """
    }

    private static func tables(_ c: (String) -> String) -> String {
        """
        thead th{font-size:.875rem;color:\(c("muted"));font-weight:600;border-bottom-color:\(c("muted"))}
        td.num,th.num{text-align:right;padding-right:0}
        td .chip{font-size:.8125rem}
        .columns{display:grid;gap:0 2.5rem;grid-template-columns:minmax(0,1fr)}
        .neighbours{list-style:none;margin:0 0 1rem;padding:0;display:grid;gap:.35rem 1.5rem;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));align-items:start}
        .neighbours li{margin:0}.neighbours .name{display:block;font-weight:600}.neighbours .note{display:block}.neighbours .muted{white-space:nowrap}
        .plain{margin:0 0 .75rem;padding-left:1.2rem}.plain li{margin-bottom:.35rem}
        .total{font-weight:600}
        .sources{border-top:1px solid \(c("rule"));padding-top:1.25rem;padding-bottom:2rem;font-size:.875rem;color:\(c("muted"))}
        .sources h2{border:0}.sources ol{padding-left:1.2rem}
        form.filters{display:flex;flex-wrap:wrap;gap:.75rem 1.25rem;align-items:end;margin:0 0 1.25rem}
        form.filters label{display:block;font-size:.875rem;font-weight:600;color:\(c("heading"))}
        select,button{font:inherit;font-size:1rem;padding:.35rem .5rem;min-height:2.5rem;border:1px solid \(c("muted"));border-radius:.25rem;background:\(c("paper"));color:\(c("ink"))}
        button{background:\(c("heading"));color:\(c("paper"));border-color:\(c("heading"));font-weight:600;padding:.35rem 1rem}
        th a{color:inherit}.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        @media (min-width:48rem){.banner{grid-template-columns:minmax(15rem,2fr) minmax(0,3fr)}}
        @media (min-width:56rem){.columns{grid-template-columns:minmax(0,1.45fr) minmax(0,1fr)}}
        """
    }

    private static func screens(_ c: (String) -> String) -> String {
        """
        @media (max-width:40rem){
        table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
        table.stack tr{display:block;padding:.45rem 0;border-bottom:1px solid \(c("rule"))}
        table.stack td,table.stack tbody th{display:block;border:0;padding:.1rem 0}
        table.stack td[data-label]::before{content:attr(data-label) ": ";color:\(c("muted"))}
        table.stack td.num{text-align:left}.tl-label{display:none}
        table.index td{display:inline-block;margin-right:.6rem}table.index td[data-label]::before{content:none}
        }
        @media print{
        body{font-size:9.5pt}.skip,nav,form.filters{display:none}.wrap{max-width:none;padding:0}
        .columns{grid-template-columns:minmax(0,1.45fr) minmax(0,1fr)}.banner{grid-template-columns:minmax(0,2fr) minmax(0,3fr)}
        .masthead{background:none;color:\(c("ink"));border-bottom:2px solid \(c("heading"))}.masthead a,a{color:\(c("ink"));text-decoration:none}
        .chip,.sw,blockquote{-webkit-print-color-adjust:exact}
        blockquote,tr,figure,li{break-inside:avoid}h2,h3{break-after:avoid}main.wrap{padding-top:1rem}
        }
        """
    }
}
