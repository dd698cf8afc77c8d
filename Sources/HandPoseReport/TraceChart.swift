import HandPoseMetrics

/// The displacement trace of a hand's tremor landmark (``DisplacementTrace``) over time, with the
/// reported zero-to-peak amplitude as dashed lines at ±A for comparison, and the time ranges the
/// analysis left out shaded grey.
///
/// Long traces are drawn as a min/max envelope: with more than 1 400 samples, each of about 700
/// equal buckets contributes its minimum and maximum in time order, so every excursion stays
/// visible and the SVG stays small (a 10-minute 60 fps trace is 36 000 samples).
enum TraceChart {
    static let maximumPoints = 1_400

    static func render(
        _ trace: DisplacementTrace, tremor: TremorEstimate, excluded: [ClosedRange<Double>] = [], id: String
    ) -> String {
        let finite = trace.values.filter(\.isFinite)
        let amplitude: Double? = trace.unit == "mm" ? tremor.amplitudeMm : tremor.amplitude
        let largest = max(finite.map(abs).max() ?? 0, amplitude ?? 0)
        let span = largest > 0 ? largest * 1.1 : 1
        let end = trace.time(max(0, trace.values.count - 1))
        let frame = PlotFrame(
            height: 145, xScale: NiceScale(trace.startSeconds, end, ticks: 10), yScale: NiceScale(-span, span, ticks: 4),
            clipID: "\(id)-clip")
        var canvas = frame.canvas(title: "Displacement of \(trace.landmark), \(trace.hand) hand, band-passed")
        let domain = frame.xScale.domain
        for range in excluded where range.upperBound > domain.lowerBound && range.lowerBound < domain.upperBound {
            let left = frame.x(max(range.lowerBound, domain.lowerBound)), right = frame.x(min(range.upperBound, domain.upperBound))
            canvas.rect(left, frame.top, right - left, frame.plotHeight, class: "excluded")
            canvas.text("left out", (left + right) / 2, frame.top + 11, anchor: .middle, class: "excluded-label")
        }
        frame.drawAxes(on: &canvas, xTitle: "Time (s)", yTitle: "Displacement (\(trace.unit))")
        canvas.path(envelope(trace).map { point in point.map { (frame.x($0.t), frame.y($0.v)) } }, class: "trace", clip: frame.clipID)
        if let amplitude, amplitude > 0 {
            for sign in [1.0, -1.0] {
                let y = frame.y(sign * amplitude)
                canvas.line(frame.left, y, frame.left + frame.plotWidth, y, class: "amplitude-line")
            }
            let text = trace.unit == "mm" ? "±\(ReportNumber.fixed(amplitude, 2)) mm" : "±\(ReportNumber.significant(amplitude)) \(trace.unit)"
            canvas.text("\(text): reported amplitude", frame.left + frame.plotWidth - 4, frame.y(amplitude) - 4, anchor: .end, class: "amplitude-label")
        }
        return canvas.render()
    }

    /// The points to draw: every sample, or a min/max envelope of buckets; `nil` breaks the line.
    static func envelope(_ trace: DisplacementTrace) -> [(t: Double, v: Double)?] {
        let values = trace.values
        guard values.count > maximumPoints else {
            return values.indices.map { values[$0].isFinite ? (trace.time($0), values[$0]) : nil }
        }
        let bucket = Int((Double(values.count) / Double(maximumPoints / 2)).rounded(.up))
        var points: [(t: Double, v: Double)?] = []
        points.reserveCapacity(maximumPoints + 2)
        var start = 0
        while start < values.count {
            let end = min(values.count, start + bucket)
            var low: Int?, high: Int?
            for index in start..<end where values[index].isFinite {
                if low == nil || values[index] < values[low!] { low = index }
                if high == nil || values[index] > values[high!] { high = index }
            }
            if let low, let high {
                for index in [min(low, high), max(low, high)] { points.append((trace.time(index), values[index])) }
            } else {
                points.append(nil)
            }
            start = end
        }
        return points
    }
}
