import Foundation
import HandPoseCore
import HandPoseMetrics
@testable import HandPoseReport
import Testing

@Suite("DisplacementTrace")
struct DisplacementTraceTests {
    @Test("the band-passed projection oscillates with the reported amplitude and RMS", arguments: ["left", "right"])
    func matchesTheTremorNumbers(_ side: String) throws {
        let fixture = ReportFixtures.twoHands
        let tremor = try #require(fixture.analysis.hands[side]?.tremor)
        let trace = try #require(try? fixture.traces[side]?.get())
        #expect(trace.unit == "mm")
        #expect(trace.landmark == tremor.landmark)
        #expect(abs(trace.sampleRateHz - tremor.sampling.sampleRateHz) < 1e-9)
        // Skip the filter's edge transients (one second at each end).
        let skip = Int(trace.sampleRateHz)
        let middle = Array(trace.values[skip..<(trace.values.count - skip)]).filter(\.isFinite)
        let rms = (middle.reduce(0) { $0 + $1 * $1 } / Double(middle.count)).squareRoot()
        let rmsMm = try #require(tremor.rmsMm), amplitudeMm = try #require(tremor.amplitudeMm)
        #expect(abs(rms - rmsMm) / rmsMm < 0.1, "trace RMS \(rms) mm, reported \(rmsMm) mm")
        let peaks = middle.map(abs).sorted()
        let high = peaks[Int(Double(peaks.count) * 0.98)]
        #expect(abs(high - amplitudeMm) / amplitudeMm < 0.2, "98th percentile |x| \(high) mm, reported amplitude \(amplitudeMm) mm")
    }

    @Test("an unknown landmark or too few samples is not computable, with a reason")
    func notComputable() throws {
        var tremor = try #require(ReportFixtures.twoHands.analysis.hands["left"]?.tremor)
        let track = try #require(ReportFixtures.twoHands.recording.left)
        tremor.landmark = "elbow"
        let unknown = DisplacementTrace.make(timestamps: track.timestamps, channels: track.channels, tremor: tremor)
        #expect(throws: NotComputable.self) { try unknown.get() }

        let original = try #require(ReportFixtures.twoHands.analysis.hands["left"]?.tremor)
        let short = DisplacementTrace.make(
            timestamps: Array(track.timestamps.prefix(10)), channels: track.channels.map { Array($0.prefix(10)) }, tremor: original)
        #expect(throws: NotComputable.self) { try short.get() }
    }

    @Test("long traces are drawn as a min/max envelope of at most 1 400 points that keeps the extremes")
    func envelope() {
        let values: [Double] = (0..<36_000).map { (index: Int) -> Double in
            let envelope = 1 + Double(index % 977) / 977
            return sin(Double(index) * 0.7) * envelope
        }
        let trace = DisplacementTrace(
            hand: "left", landmark: "wrist", sampleRateHz: 60, startSeconds: 0, values: values, unit: "mm", bandHz: 3...12)
        let points = TraceChart.envelope(trace).compactMap { $0 }
        #expect(points.count <= TraceChart.maximumPoints + 2)
        let drawn = points.map { $0.v }
        #expect(drawn.max() == values.max())
        #expect(drawn.min() == values.min())
        #expect(zip(points, points.dropFirst()).allSatisfy { $0.t <= $1.t })
    }
}
