#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Tremor amplitude or frequency of each hand across a patient's sessions: one point per session
/// (from its latest analysis) on a time axis, left and right as two series, the session of this
/// report drawn larger with a ring. A point whose peak lay at a band edge (no distinct tremor peak)
/// is drawn hollow; a session without a value for a hand has no point for it.
enum TrendChart {
    enum Quantity {
        case amplitude, frequency

        var title: String { self == .amplitude ? "Tremor amplitude (mm)" : "Tremor frequency (Hz)" }

        func value(_ tremor: TrendPoint.HandTremor?) -> Double? {
            switch self {
            case .amplitude: tremor?.amplitudeMm
            case .frequency: tremor?.frequencyHz
            }
        }
    }

    /// `points` oldest first; the last is the report's own session.
    static func render(_ points: [TrendPoint], quantity: Quantity, id: String) -> String {
        let times = points.map(\.recordedAt.timeIntervalSince1970)
        let values = points.flatMap { [quantity.value($0.left), quantity.value($0.right)] }.compactMap { $0 }
        let day = 86_400.0
        var first = times.min() ?? 0, last = times.max() ?? 0
        if last - first < day { (first, last) = (first - day, last + day) }
        let pad = (last - first) * 0.06
        let yScale: NiceScale = switch quantity {
        case .amplitude: NiceScale(0, max(values.max() ?? 1, 0.1) * 1.15, ticks: 4)
        case .frequency: NiceScale((values.min() ?? 3) - 0.5, (values.max() ?? 12) + 0.5, ticks: 4)
        }
        // Dates are placed at their own times, not at nice steps: the domain is exactly padded.
        var frame = PlotFrame(
            height: 200, xScale: NiceScale(exact: (first - pad)...(last + pad)), yScale: yScale, clipID: "\(id)-clip")
        frame.right = 96
        var canvas = frame.canvas(title: "\(quantity.title) per session")
        let labelled = stride(from: 0, to: points.count, by: max(1, Int((Double(points.count) / 7).rounded(.up)))).map { times[$0] }
        frame.drawAxes(on: &canvas, xTitle: "Recording date", yTitle: quantity.title, xTicks: labelled) {
            ReportNumber.date(Date(timeIntervalSince1970: $0))
        }
        for side in ["left", "right"] {
            let series = points.indices.compactMap { index -> (x: Double, y: Double, point: TrendPoint.HandTremor)? in
                guard let tremor = points[index][side], let value = quantity.value(tremor) else { return nil }
                return (frame.x(times[index]), frame.y(value), tremor)
            }
            canvas.path(series.map { ($0.x, $0.y) }, class: "series-line series-\(side)")
            for (index, point) in series.enumerated() {
                let current = index == series.count - 1 && points.last?[side] != nil
                marker(&canvas, side: side, x: point.x, y: point.y, hollow: point.point.peakAtBandEdge, current: current)
            }
        }
        // Legend, right of the plot.
        let legendX = frame.left + frame.plotWidth + 14
        marker(&canvas, side: "left", x: legendX, y: frame.top + 10, hollow: false, current: false)
        canvas.text("left", legendX + 9, frame.top + 14, class: "legend")
        marker(&canvas, side: "right", x: legendX, y: frame.top + 28, hollow: false, current: false)
        canvas.text("right", legendX + 9, frame.top + 32, class: "legend")
        canvas.circle(legendX, frame.top + 46, radius: 6.5, class: "current-ring")
        canvas.text("this session", legendX + 9, frame.top + 50, class: "legend")
        marker(&canvas, side: "right", x: legendX, y: frame.top + 64, hollow: true, current: false)
        canvas.text("band edge", legendX + 9, frame.top + 68, class: "legend")
        return canvas.render()
    }

    /// Left: a circle; right: a square; hollow for a band-edge value; ringed for this session.
    static func marker(_ canvas: inout SVGCanvas, side: String, x: Double, y: Double, hollow: Bool, current: Bool) {
        let style = "marker-\(side)" + (hollow ? " hollow" : "")
        if side == "left" {
            canvas.circle(x, y, radius: 3.6, class: style)
        } else {
            canvas.rect(x - 3.3, y - 3.3, 6.6, 6.6, class: style)
        }
        if current { canvas.circle(x, y, radius: 6.5, class: "current-ring") }
    }
}
