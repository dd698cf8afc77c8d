import Foundation

/// Tremor amplitude and frequency across the patient's earlier sessions and this one, as two
/// charts and a table.
enum TrendSection {
    static func render(_ report: ClinicalReport) -> String {
        let points = report.trendPoints
        func cell(_ tremor: TrendPoint.HandTremor?, amplitude: Bool) -> String {
            guard let tremor else { return "-" }
            if amplitude { return tremor.amplitudeMm.map { "\(ReportNumber.fixed($0, 2)) mm" } ?? "-" }
            return "\(ReportNumber.fixed(tremor.frequencyHz, 2)) Hz" + (tremor.peakAtBandEdge ? " (band edge)" : "")
        }
        var rows = [HTML.row(["Recorded", "Session", "Left frequency", "Left amplitude", "Right frequency", "Right amplitude"], header: true, numericFrom: 2)]
        for (index, point) in points.enumerated() {
            let session = (point.sessionID.map(HTML.escape) ?? "-") + (index == points.count - 1 ? " <strong>(this report)</strong>" : "")
            rows.append(HTML.row(
                [ReportNumber.dateTime(point.recordedAt), session,
                 cell(point.left, amplitude: false), cell(point.left, amplitude: true),
                 cell(point.right, amplitude: false), cell(point.right, amplitude: true)].enumerated().map { $0.offset == 1 ? $0.element : HTML.escape($0.element) },
                numericFrom: 2))
        }
        let count = report.earlierSessions.count
        return """
            <section>
            <h2>Trend over earlier sessions</h2>
            <p>\(count) earlier session\(count == 1 ? "" : "s") of this patient (the latest analysis of each) and this one.</p>
            <figure>\(TrendChart.render(points, quantity: .amplitude, id: "trend-amplitude"))</figure>
            <figure>\(TrendChart.render(points, quantity: .frequency, id: "trend-frequency"))
            <figcaption>One point per session and hand (circle left, square right); ringed: this session; hollow: no distinct peak in the band (the value sits at a band edge). Amplitudes need a millimetre scale; a session without one has no amplitude point.</figcaption></figure>
            <table class="trend">\(rows.joined())</table>
            </section>
            """
    }
}
