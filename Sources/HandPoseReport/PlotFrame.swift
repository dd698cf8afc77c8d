/// The data area of a chart inside an ``SVGCanvas``: maps data coordinates to the view box and draws
/// the axes, grid lines, tick labels and axis titles.
///
/// `x(_:)` maps `xScale.domain` linearly onto `left … width − right`, `y(_:)` maps `yScale.domain`
/// onto `height − bottom … top` (up is larger). Values outside the domain map outside the area;
/// clip them with ``clipID`` when they must not spill.
struct PlotFrame {
    var width: Double = 680
    var height: Double = 220
    var left: Double = 58
    var right: Double = 16
    var top: Double = 14
    var bottom: Double = 40
    var xScale: NiceScale
    var yScale: NiceScale
    /// Unique per chart in the page (clip-path ids are document-wide).
    var clipID: String

    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }

    func x(_ value: Double) -> Double {
        let d = xScale.domain
        return left + (value - d.lowerBound) / (d.upperBound - d.lowerBound) * plotWidth
    }

    func y(_ value: Double) -> Double {
        let d = yScale.domain
        return top + plotHeight - (value - d.lowerBound) / (d.upperBound - d.lowerBound) * plotHeight
    }

    /// A canvas of this frame's size with the clip rectangle defined.
    func canvas(title: String) -> SVGCanvas {
        var canvas = SVGCanvas(width: width, height: height, title: title)
        canvas.clipRect(id: clipID, left, top, plotWidth, plotHeight)
        canvas.rect(left, top, plotWidth, plotHeight, class: "plot-area")
        return canvas
    }

    /// Grid lines and tick labels on both axes, then the axis lines and titles.
    /// `xLabel`: formats an x tick (default: ``ReportNumber/tick(_:step:)``).
    func drawAxes(
        on canvas: inout SVGCanvas, xTitle: String, yTitle: String, xTicks: [Double]? = nil,
        xLabel: ((Double) -> String)? = nil
    ) {
        let bottomY = top + plotHeight
        for tick in yScale.ticks {
            let position = y(tick)
            canvas.line(left, position, left + plotWidth, position, class: "grid")
            canvas.text(ReportNumber.tick(tick, step: yScale.step), left - 6, position + 3.5, anchor: .end, class: "tick-label")
        }
        for tick in xTicks ?? xScale.ticks {
            let position = x(tick)
            canvas.line(position, top, position, bottomY, class: "grid")
            canvas.line(position, bottomY, position, bottomY + 4, class: "axis")
            let label = xLabel?(tick) ?? ReportNumber.tick(tick, step: xScale.step)
            canvas.text(label, position, bottomY + 16, anchor: .middle, class: "tick-label")
        }
        canvas.line(left, top, left, bottomY, class: "axis")
        canvas.line(left, bottomY, left + plotWidth, bottomY, class: "axis")
        canvas.text(xTitle, left + plotWidth / 2, height - 6, anchor: .middle, class: "axis-title")
        canvas.text(yTitle, 14, top + plotHeight / 2, anchor: .middle, class: "axis-title", rotate: -90)
    }
}
