import Foundation
@testable import HandPoseReport
import Testing

@Suite("Rendering primitives")
struct RenderingPrimitivesTests {
    @Test("HTML.escape replaces exactly the five XML-special characters")
    func escape() {
        #expect(HTML.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTML.escape("µ ± 4.6 Hz — ü") == "µ ± 4.6 Hz — ü")
    }

    @Test("nice scales cover the data with 1, 2 or 5 × 10ⁿ steps", arguments: [
        (0.0, 15.0, 8), (0.0, 3.7, 4), (-2.2, 2.2, 4), (0.013, 0.087, 5), (5.0, 5.0, 4), (100.0, 1234.0, 5),
    ])
    func niceScale(_ low: Double, _ high: Double, _ ticks: Int) {
        let scale = NiceScale(low, high, ticks: ticks)
        #expect(scale.domain.lowerBound <= low && scale.domain.upperBound >= high)
        let mantissa = scale.step / pow10(floorLog10(scale.step))
        #expect([1.0, 2.0, 5.0, 10.0].contains { abs($0 - mantissa) < 1e-9 })
        #expect(scale.ticks.first == scale.domain.lowerBound)
        #expect(scale.ticks.count >= 2)
    }

    @Test("an exact scale keeps its bounds and ticks inside them")
    func exactScale() {
        let scale = NiceScale(exact: 0...15, ticks: 8)
        #expect(scale.domain == 0...15)
        #expect(scale.ticks == [0, 2, 4, 6, 8, 10, 12, 14])
    }

    @Test("numbers read like the text report")
    func numbers() {
        #expect(ReportNumber.fixed(4.6, 2) == "4.60")
        #expect(ReportNumber.significant(0.002134) == "0.00213")
        #expect(ReportNumber.compact(3) == "3")
        #expect(ReportNumber.compact(4.5) == "4.5")
        #expect(ReportNumber.tick(-0.0001, step: 1) == "0")
        #expect(ReportNumber.dateTime(Date(timeIntervalSince1970: 1_736_499_600)) == "2025-01-10 09:00 UTC")
    }

    private func floorLog10(_ x: Double) -> Double { log10(x).rounded(.down) }
    private func pow10(_ x: Double) -> Double { pow(10, x) }
}
