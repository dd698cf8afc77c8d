import Foundation
import HandPoseAnalysis
import HandPoseCore
import HandPoseMetrics
import HandPoseSimulation
import Testing

/// Two recordings compared through the public API (no `@testable`).
@Suite("RecordingComparison")
struct RecordingComparisonTests {
    /// `duration` s at 30 fps (60 s: 14-15 non-overlapping 4 s windows per hand), with voluntary
    /// movement, noise, drops and jitter; tremor on both hands.
    static func simulated(
        seed: UInt64, right: Double, left: Double = 1.5, duration: Double = 60, hands: [HandSide] = [.left, .right]
    ) -> Recording {
        let tremor: [HandSide: TremorSpec] = [
            .left: TremorSpec(frequencyHz: 4.6, amplitudeMillimetres: left), .right: TremorSpec(frequencyHz: 5.4, amplitudeMillimetres: right),
        ]
        return RecordingSimulator.simulate(SimulationConfiguration(
            duration: duration, frameRate: 30, seed: seed, tremor: tremor.filter { hands.contains($0.key) }, noiseMillimetres: 0.4,
            dropRate: 0.02, jitterMilliseconds: 1.5, hands: hands)).recording
    }

    static func compare(_ a: Recording, _ b: Recording) throws -> RecordingComparison {
        let analyzer = Analyzer()
        return RecordingComparison(try analyzer.analyzeWithWindows(a), try analyzer.analyzeWithWindows(b), labelA: "a", labelB: "b")
    }

    static func test(_ comparison: RecordingComparison, _ hand: String, _ quantity: WindowedTremorTest.Quantity) throws -> WindowedTremorTest {
        try #require(comparison.statisticalTests.first { $0.hand == hand && $0.quantity == quantity })
    }

    @Test("a 2 mm tremor against a 3 mm one: the difference is found (p < 0.01) and large; the unchanged hand is not flagged",
          arguments: [(UInt64(11), UInt64(12)), (21, 22), (31, 32)])
    func differentAmplitudes(seedA: UInt64, seedB: UInt64) throws {
        let comparison = try Self.compare(Self.simulated(seed: seedA, right: 2), Self.simulated(seed: seedB, right: 3))
        let right = try Self.test(comparison, "right", .tremorAmplitude)
        #expect((14...15).contains(right.a.count) && (14...15).contains(right.b.count) && right.unit == "mm")
        let welch = try #require(right.welch), ranks = try #require(right.mannWhitney), effect = try #require(right.effectSize)
        #expect(welch.pValue < 0.01 && ranks.pValue < 0.01, "Welch p \(welch.pValue), Mann-Whitney p \(ranks.pValue)")
        #expect(welch.t > 0 && effect.hedgesG > 0 && ranks.rankBiserial > 0)
        #expect(effect.magnitude == .large)
        #expect(abs((right.meanDifference ?? 0) - 1) < 0.25, "mean difference \(right.meanDifference ?? .nan) mm")
        let row = try #require(comparison.metricDifferences.first { $0.metric == "tremor.amplitudeMm" && $0.hand == "right" })
        #expect(abs((row.difference ?? 0) - 1) < 0.3 && abs((row.relativeChange ?? 0) - 0.5) < 0.15, "\(row)")
        #expect(row.reason == nil)
        // The left hand's 1.5 mm tremor did not change.
        let left = try Self.test(comparison, "left", .tremorAmplitude)
        #expect(try #require(left.effectSize).magnitude != .large, "left g \(left.effectSize?.hedgesG ?? .nan)")
    }

    /// With n ≈ 30 windows per recording Hedges' g has a standard error of about √(2/30) ≈ 0.26 under
    /// no difference, so |g| ≥ 0.8 happens by chance in about 0.2 % of comparisons (with 15 windows,
    /// in about 3 %: too often for a fixed test, as seeds 41/42 show on the left hand).
    @Test("the same parameters with different seeds (120 s): no large effect on either hand",
          arguments: [(UInt64(41), UInt64(42)), (51, 52)])
    func sameParameters(seedA: UInt64, seedB: UInt64) throws {
        let comparison = try Self.compare(
            Self.simulated(seed: seedA, right: 2.5, duration: 120), Self.simulated(seed: seedB, right: 2.5, duration: 120))
        for hand in ["left", "right"] {
            for quantity in WindowedTremorTest.Quantity.allCases {
                let test = try Self.test(comparison, hand, quantity)
                let effect = try #require(test.effectSize)
                #expect(test.a.count >= 28 && test.b.count >= 28)
                #expect(effect.magnitude != .large, "\(hand) \(quantity): g \(effect.hedgesG)")
            }
        }
        for row in comparison.metricDifferences where row.metric == "tremor.amplitudeMm" {
            #expect(abs(row.relativeChange ?? 1) < 0.1, "\(row)")
        }
    }

    @Test("with a filter that shrinks the tremor, the notes carry each analysis' warning; without one there is none")
    func filterWarnings() throws {
        let a = Self.simulated(seed: 3, right: 2, duration: 30), b = Self.simulated(seed: 4, right: 3, duration: 30)
        let kalman = Analyzer(options: AnalysisOptions(filter: ProtocolFilterPreset(method: .kalman)))
        let filtered = RecordingComparison(try kalman.analyzeWithWindows(a), try kalman.analyzeWithWindows(b), labelA: "a", labelB: "b")
        for name in ["A", "B"] {
            #expect(filtered.notes.contains { $0.hasPrefix("\(name): The kalman filter kept") && $0.contains("right hand") }, "\(filtered.notes)")
        }
        #expect(!(try Self.compare(a, b)).notes.contains { $0.contains("filter kept") })
    }

    @Test("a hand missing from B: its rows and tests say why, the other hand is compared")
    func missingHand() throws {
        let comparison = try Self.compare(
            Self.simulated(seed: 5, right: 2, duration: 20), Self.simulated(seed: 6, right: 2, duration: 20, hands: [.right]))
        let leftFrequency = try #require(comparison.metricDifferences.first { $0.metric == "tremor.frequencyHz" && $0.hand == "left" })
        #expect(leftFrequency.valueA != nil && leftFrequency.valueB == nil && leftFrequency.difference == nil)
        #expect(leftFrequency.reason == "not computable in B: the left hand is not in the recording", "\(leftFrequency.reason ?? "")")
        let leftTest = try Self.test(comparison, "left", .tremorAmplitude)
        #expect(leftTest.welch == nil && leftTest.b.count == 0 && (4...5).contains(leftTest.a.count))
        #expect(leftTest.notComputable.contains { $0.metric == "windows" && $0.reason.hasPrefix("B has no tremor windows") })
        let rightTest = try Self.test(comparison, "right", .tremorFrequency)
        #expect(rightTest.welch != nil && rightTest.mannWhitney?.method == .exact)  // 4-5 windows each: exact U
        #expect(comparison.b.hands == ["right"] && Array(comparison.b.windowCounts.keys) == ["right"])
        let asymmetry = try #require(comparison.metricDifferences.first { $0.metric == "asymmetry.tremorAmplitude" })
        #expect(asymmetry.hand == nil && asymmetry.valueB == nil && asymmetry.reason != nil)
    }

    @Test("JSON: stable keys, every key written, rows in a fixed order; the two arrays encode alone")
    func json() throws {
        let comparison = try Self.compare(Self.simulated(seed: 7, right: 2, duration: 20), Self.simulated(seed: 8, right: 3, duration: 20))
        let document = try #require(try JSONSerialization.jsonObject(with: comparison.jsonData()) as? [String: Any])
        #expect(Set(document.keys) == ["schemaVersion", "software", "a", "b", "metricDifferences", "statisticalTests", "algorithms", "notes"])
        #expect(document["schemaVersion"] as? Int == 1)
        #expect(Set(try #require(document["a"] as? [String: Any]).keys) == [
            "label", "frames", "durationSeconds", "sampleRateHz", "unit", "hands", "qualityVerdict", "protocolId", "tremorBandHz", "filter",
            "windowCounts",
        ])
        let rows = try #require(try JSONSerialization.jsonObject(with: comparison.metricDifferencesJSON()) as? [[String: Any]])
        #expect(rows.allSatisfy { Set($0.keys) == ["metric", "hand", "unit", "valueA", "valueB", "difference", "relativeChange", "reason"] })
        let perHand = 8 + JointAngle.all.count
        #expect(rows.count == 2 * perHand + comparison.metricDifferences.filter { $0.hand == nil }.count)
        #expect(rows.prefix(3).compactMap { $0["metric"] as? String } == ["tremor.frequencyHz", "tremor.amplitudeMm", "tremor.rmsMm"])
        #expect(rows[perHand]["hand"] as? String == "right")
        let tests = try #require(try JSONSerialization.jsonObject(with: comparison.statisticalTestsJSON()) as? [[String: Any]])
        #expect(tests.count == 4)
        #expect(tests.allSatisfy {
            Set($0.keys) == ["hand", "quantity", "unit", "windowSeconds", "hopSeconds", "a", "b", "meanDifference", "welch", "mannWhitney", "effectSize", "notComputable"]
        })
        let mannWhitney = try #require(tests.first?["mannWhitney"] as? [String: Any])
        #expect(mannWhitney.keys.contains("z"))  // null for the exact test, but present
        // Encoding is deterministic.
        #expect(try comparison.jsonData() == comparison.jsonData())
        #expect(try RecordingComparison.self == type(of: JSONDecoder().decode(RecordingComparison.self, from: comparison.jsonData())))
    }

    @Test("a metric difference: B − A, relative to |A|, undefined relative change for A = 0")
    func metricDifference() {
        let sparc = MetricDifference(metric: "smoothness.sparc", hand: "left", unit: "1", valueA: -2, valueB: -1.5)
        #expect(sparc.difference == 0.5 && sparc.relativeChange == 0.25 && sparc.reason == nil)
        let zero = MetricDifference(metric: "tremor.tremorTimeFraction", hand: "left", unit: "1", valueA: 0, valueB: 0.5)
        #expect(zero.difference == 0.5 && zero.relativeChange == nil && zero.reason == "A is 0, so the relative change is undefined")
        let missing = MetricDifference(metric: "confidence", hand: "right", unit: "1", valueA: nil, valueB: nil, reasonA: "x")
        #expect(missing.reason == "not computable in A: x; not computable in B: no value")
    }
}
