/// Tremor amplitude and frequency across the patient's earlier sessions and this one, as two
/// charts and a table.
enum TrendSection {
    static func render(_ report: ClinicalReport) -> String {
        let points = report.trendPoints
        func cell(_ tremor: TrendPoint.HandTremor?, amplitude: Bool) -> String {
            guard let tremor else { return "-" }
            if amplitude { return tremor.amplitudeMm.map { ReportNumber.fixed($0, 2) } ?? "-" }
            return ReportNumber.fixed(tremor.frequencyHz, 2) + (tremor.peakAtBandEdge ? " (edge)" : "")
        }
        var rows = [
            HTML.row(["Recorded (UTC)", "Session", "Quality", "Left (Hz)", "Left (mm)", "Right (Hz)", "Right (mm)"], header: true, numericFrom: 3)
        ]
        for (index, point) in points.enumerated() {
            // The first 8 hex digits name a session unambiguously enough in a table; the whole id is its tooltip.
            let session = point.sessionID.map { "<code title=\"\(HTML.escape($0))\">\(HTML.escape(String($0.prefix(8))))…</code>" } ?? "-"
            let cells = [
                HTML.escape(String(ReportNumber.dateTime(point.recordedAt).dropLast(4))),
                session + (index == points.count - 1 ? " <strong>this report</strong>" : ""),
                HTML.escape(point.quality ?? "-"),
                HTML.escape(cell(point.left, amplitude: false)), HTML.escape(cell(point.left, amplitude: true)),
                HTML.escape(cell(point.right, amplitude: false)), HTML.escape(cell(point.right, amplitude: true)),
            ]
            rows.append(HTML.row(cells, numericFrom: 3))
        }
        let count = report.earlierSessions.count
        return """
            <section>
            <h2>Trend over earlier sessions</h2>
            <p>\(count) earlier session\(count == 1 ? "" : "s") of this patient (the latest analysis of each) and this one.</p>
            <figure>\(TrendChart.render(points, quantity: .amplitude, id: "trend-amplitude"))</figure>
            <figure>\(TrendChart.render(points, quantity: .frequency, id: "trend-frequency"))
            <figcaption>One point per session and hand (circle left, square right); ringed: this session; hollow and “(edge)”: no distinct peak in the band (the value sits at a band edge). Amplitudes need a millimetre scale; a session without one has no amplitude point.</figcaption></figure>
            <table class="trend">\(rows.joined())</table>
            </section>
            """
    }
}
