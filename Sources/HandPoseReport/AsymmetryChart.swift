import HandPoseMetrics

/// The asymmetry indices (R − L)/(R + L) as horizontal bars on a −1 … 1 axis: a bar to the right
/// means more on the right hand, to the left more on the left hand. SPARC and LDLJ-V compare
/// magnitudes (a longer bar to the right: the right hand moves less smoothly). A metric without
/// an index shows "not computable"; the reasons are listed under the chart.
enum AsymmetryChart {
    /// The metrics shown, in order, with their labels.
    static let metrics: [(key: String, label: String)] = [
        ("tremorAmplitude", "Tremor amplitude"), ("tremorFrequency", "Tremor frequency"), ("tremorRms", "Tremor RMS"),
        ("tremorRegularity", "Regularity"), ("sparc", "SPARC (magnitude)"), ("ldljV", "LDLJ-V (magnitude)"),
    ]

    static func render(_ asymmetry: AsymmetryReport) -> String {
        let rowHeight = 24.0, headerHeight = 30.0
        let left = 170.0, right = 590.0, middle = (left + right) / 2
        func x(_ index: Double) -> Double { middle + max(-1, min(1, index)) * (right - left) / 2 }
        var canvas = SVGCanvas(
            width: 680, height: headerHeight + rowHeight * Double(metrics.count) + 8,
            title: "Asymmetry index (right - left)/(right + left) per metric")
        canvas.text("left larger", left, 12, anchor: .start, class: "axis-title")
        canvas.text("right larger", right, 12, anchor: .end, class: "axis-title")
        for tick in [-1.0, -0.5, 0, 0.5, 1] {
            canvas.line(x(tick), headerHeight - 4, x(tick), headerHeight + rowHeight * Double(metrics.count), class: tick == 0 ? "axis" : "grid")
            canvas.text(ReportNumber.tick(tick, step: 0.5), x(tick), headerHeight - 8, anchor: .middle, class: "tick-label")
        }
        for (row, metric) in metrics.enumerated() {
            let top = headerHeight + Double(row) * rowHeight
            canvas.text(metric.label, left - 10, top + rowHeight / 2 + 4, anchor: .end, class: "row-label")
            canvas.rect(left, top + 6, right - left, rowHeight - 12, class: "asymmetry-track")
            canvas.line(x(0), top + 2, x(0), top + rowHeight - 2, class: "axis")
            if let index = asymmetry[metric.key]?.index, index.isFinite {
                let start = min(x(0), x(index)), end = max(x(0), x(index))
                canvas.rect(start, top + 5, max(1.5, end - start), rowHeight - 10, class: index >= 0 ? "asymmetry-right" : "asymmetry-left")
                canvas.text(ReportNumber.fixed(index, 2), right + 10, top + rowHeight / 2 + 4, anchor: .start, class: "row-value")
            } else {
                canvas.text("not computable", middle, top + rowHeight / 2 + 4, anchor: .middle, class: "muted-label")
            }
        }
        return canvas.render()
    }
}
