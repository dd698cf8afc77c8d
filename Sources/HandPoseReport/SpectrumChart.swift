import HandPoseMetrics

/// The tremor spectrum of one hand as an SVG line plot: the power spectral density of the tremor
/// landmark's displacement along its tremor axis, the tremor band shaded, the dominant peak
/// marked and labelled with its frequency and zero-to-peak amplitude.
///
/// The frequency axis runs from 0 to min(Nyquist, 1.5 × the band's upper edge). The power axis is
/// linear and scaled to the largest in-band value, so a strong voluntary-movement peak below the
/// band (often 100 × the tremor's) cannot flatten the tremor; the curve is clipped at the top.
/// Power is in mm²/Hz when the analysis has a millimetre scale.
enum SpectrumChart {
    static func render(_ tremor: TremorEstimate, id: String) -> String {
        let spectrum = tremor.spectrum
        let band = tremor.configuration.bandHz
        let scale = TremorLabels.millimetresPerUnit(tremor)
        let factor = scale.map { $0 * $0 } ?? 1
        let unit = scale == nil ? spectrum.unit : "mm²/Hz"
        let nyquist = tremor.sampling.sampleRateHz / 2
        let top = min(nyquist, band.upperBound * 1.5)
        let count = min(spectrum.frequenciesHz.count, spectrum.power.count)
        let points = (0..<count).filter { spectrum.frequenciesHz[$0] <= top + 1e-9 }
            .map { (f: spectrum.frequenciesHz[$0], p: spectrum.power[$0] * factor) }
        let inBand = points.filter { band.contains($0.f) }.map(\.p)
        let peakPower = interpolated(points, at: tremor.frequencyHz)
        let highest = max(inBand.max() ?? 0, peakPower ?? 0)

        var frame = PlotFrame(
            height: 190, xScale: NiceScale(exact: 0...top, ticks: 8), yScale: NiceScale(0, highest > 0 ? highest * 1.15 : 1, ticks: 4),
            clipID: "\(id)-clip")
        frame.left = 66
        var canvas = frame.canvas(title: "Tremor spectrum, \(tremor.hand.rawValue) hand, \(tremor.landmark)")
        let bandLeft = frame.x(band.lowerBound), bandRight = frame.x(min(band.upperBound, frame.xScale.domain.upperBound))
        canvas.rect(bandLeft, frame.top, bandRight - bandLeft, frame.plotHeight, class: "band")
        frame.drawAxes(on: &canvas, xTitle: "Frequency (Hz)", yTitle: "Power (\(unit))")
        canvas.text(
            "tremor band \(ReportNumber.compact(band.lowerBound))-\(ReportNumber.compact(band.upperBound)) Hz",
            (bandLeft + bandRight) / 2, frame.top + 13, anchor: .middle, class: "band-label")
        canvas.path(points.map { (frame.x($0.f), frame.y($0.p)) }, class: "curve", clip: frame.clipID)

        if let peakPower {
            let x = frame.x(tremor.frequencyHz), y = frame.y(peakPower)
            canvas.line(x, y, x, frame.top + frame.plotHeight, class: "peak-line")
            canvas.circle(x, y, radius: 4, class: "peak")
            let label = tremor.peakAtBandEdge
                ? "\(TremorLabels.frequency(tremor)): no distinct peak (band edge)"
                : "\(TremorLabels.frequency(tremor)), \(TremorLabels.amplitude(tremor))"
            let onLeft = x > frame.left + frame.plotWidth * 0.6
            canvas.text(label, onLeft ? x - 8 : x + 8, max(frame.top + 28, y - 6), anchor: onLeft ? .end : .start, class: "peak-label")
        }
        return canvas.render()
    }

    /// The density at `frequency` by linear interpolation between the bins around it.
    static func interpolated(_ points: [(f: Double, p: Double)], at frequency: Double) -> Double? {
        guard let upper = points.firstIndex(where: { $0.f >= frequency }) else { return nil }
        guard upper > 0 else { return points[upper].p }
        let a = points[upper - 1], b = points[upper]
        guard b.f > a.f else { return b.p }
        return a.p + (b.p - a.p) * (frequency - a.f) / (b.f - a.f)
    }
}
