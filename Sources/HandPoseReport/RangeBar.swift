/// A joint's measured range of motion beside its normal range, as a small inline bar on a fixed
/// 0-120° flexion axis: the normal range as a pale band, the measured 2nd-98th percentile range as
/// a dark bar inside it (a measured end beyond the normal range sticks out).
enum RangeBar {
    static let maximumDegrees = 120.0

    static func render(joint: String, minDeg: Double?, maxDeg: Double?, normalMin: Double?, normalMax: Double?) -> String {
        let width = 150.0, height = 16.0
        func x(_ degrees: Double) -> Double { max(0, min(maximumDegrees, degrees)) / maximumDegrees * width }
        var canvas = SVGCanvas(width: width, height: height, title: "\(joint): measured against normal range")
        canvas.rect(0, 7.5, width, 1, class: "rom-axis")
        if let normalMin, let normalMax {
            canvas.rect(x(normalMin), 2, x(normalMax) - x(normalMin), height - 4, class: "rom-normal")
        }
        if let minDeg, let maxDeg {
            canvas.rect(x(minDeg), 5, max(1.5, x(maxDeg) - x(minDeg)), height - 10, class: "rom-measured")
        }
        return canvas.render(class: "rom-bar")
    }
}
