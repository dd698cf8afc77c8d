import HandPoseCore

/// The page layout: the document head with the style sheet, then the sections in reading order.
struct ReportPage {
    let report: ClinicalReport

    func render() -> String {
        let analysis = report.analysis
        var body: [String] = [
            HeaderSection.render(report),
            QualitySection.render(analysis),
            OverviewSection.render(analysis),
            AsymmetrySection.render(analysis),
        ]
        if !report.earlierSessions.isEmpty { body.append(TrendSection.render(report)) }
        for side in HandSide.allCases.map(\.rawValue) {
            body.append(HandSection.render(side: side, report: report))
        }
        if !analysis.segments.isEmpty { body.append(MovementsSection.render(analysis)) }
        body.append(ClosingSection.render(report))
        let title = "handpose report" + (report.subject.patientName.map { ": \($0)" } ?? report.subject.sourceFile.map { ": \($0)" } ?? "")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="handpose \(HTML.escape(HandPoseVersion.current))">
            <title>\(HTML.escape(title))</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>

            """ + body.joined(separator: "\n") + "\n</body>\n</html>\n"
    }
}
