import Foundation
import HandPoseCore
import Testing
@testable import HandPoseMetrics

@Suite("AnalysisConfidence")
struct AnalysisConfidenceTests {
    typealias Input = AnalysisConfidenceInput
    static let codes = [
        "noHands", "lowSampleRate", "droppedFrames", "variableFrameRate", "longGap", "lowHandPresence", "highNoiseFloor",
        "handednessFlips", "uncalibratedUnits", "anisotropicCoordinates", "shortRecording", "assumedTimeBase",
    ]

    static let clean = Input(
        handPresence: 1, noiseToTremorRatio: 0.05, effectiveSampleRateHz: 60, tremorBandUpperHz: 12, jitterFraction: 0.02,
        droppedFraction: 0)

    /// A seeded random input: some measurements missing, a few random flags.
    static func randomInput(_ generator: inout SeededGenerator) -> Input {
        func maybe(_ value: Double) -> Double? { generator.nextUniform() < 0.2 ? nil : value }
        var input = Input(
            handPresence: maybe(generator.nextUniform()), noiseToTremorRatio: maybe(generator.nextUniform(in: 0..<3)),
            effectiveSampleRateHz: maybe(generator.nextUniform(in: 5..<120)), tremorBandUpperHz: 12,
            jitterFraction: maybe(generator.nextUniform(in: 0..<1)), droppedFraction: maybe(generator.nextUniform(in: 0..<0.5)))
        for _ in 0..<Int(generator.nextUniform() * 4) { input.flags.append(randomFlag(&generator)) }
        return input
    }

    static func randomFlag(_ generator: inout SeededGenerator) -> Input.Flag {
        let code = codes[Int(generator.nextUniform() * Double(codes.count))]
        let severity = Input.Severity.allCases[Int(generator.nextUniform() * 3)]
        return Input.Flag(code, severity)
    }

    @Test("a clean recording scores ≈ 1 and an empty input exactly 1")
    func clean() {
        let confidence = AnalysisConfidence(Self.clean)
        #expect(confidence.value > 0.99)
        #expect(confidence.cap == nil)
        #expect(AnalysisConfidence(Input()).value == 1)
        #expect(AnalysisConfidence(Input()).penalties.isEmpty)
    }

    @Test("a critical flag caps the confidence at 0.3")
    func critical() {
        var input = Self.clean
        input.flags = [Input.Flag("lowSampleRate", .critical)]
        let confidence = AnalysisConfidence(input)
        #expect(confidence.value <= AnalysisConfidence.criticalCap)
        #expect(confidence.cap == 0.3)
    }

    @Test("documented factors: presence 72%, noise ratio 0.5, 30 fps for 12 Hz, a warning flag")
    func worked() throws {
        let input = Input(
            flags: [Input.Flag("handednessFlips", .warning), Input.Flag("uncalibratedUnits", .info)], handPresence: 0.72,
            noiseToTremorRatio: 0.5, effectiveSampleRateHz: 30, tremorBandUpperHz: 12, jitterFraction: 0, droppedFraction: 0)
        let confidence = AnalysisConfidence(input)
        let factor = { (name: String) in confidence.factors.first { $0.name == name }?.value }
        #expect(abs(factor("presence")! - 0.8) < 1e-12)
        #expect(abs(factor("noise")! - 0.8) < 1e-12)
        #expect(factor("sampling") == 1)
        #expect(factor("flag:handednessFlips") == 0.85)
        #expect(factor("flag:uncalibratedUnits") == 1)
        #expect(abs(confidence.value - 0.8 * 0.8 * 0.85) < 1e-12)
        #expect(confidence.penalties.first?.name == "presence" || confidence.penalties.first?.name == "noise")
    }

    @Test("a flag absorbed by its measured factor is counted once")
    func absorbed() throws {
        var input = Self.clean
        input.droppedFraction = 0.3
        input.flags = [Input.Flag("droppedFrames", .warning)]
        let confidence = AnalysisConfidence(input)
        let dropped = try #require(confidence.factors.first { $0.name == "droppedFrames" })
        #expect(abs(dropped.value - 0.7) < 1e-12)
        #expect(dropped.flags == ["droppedFrames"])
        #expect(!confidence.factors.contains { $0.name == "flag:droppedFrames" })
        input.droppedFraction = 0.05  // the flag's weight is a floor on the penalty
        #expect(AnalysisConfidence(input).factors.first { $0.name == "droppedFrames" }?.value == 0.85)
    }

    @Test("bounds: always in [0, 1], also for absurd inputs")
    func bounds() {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<500 {
            let value = AnalysisConfidence(Self.randomInput(&generator)).value
            #expect(value >= 0 && value <= 1)
        }
        let absurd = Input(
            handPresence: 7, noiseToTremorRatio: -3, effectiveSampleRateHz: .nan, tremorBandUpperHz: 0, jitterFraction: .infinity,
            droppedFraction: -1)
        let value = AnalysisConfidence(absurd).value
        #expect(value >= 0 && value <= 1)
    }

    @Test("monotonic: adding a flag never raises the confidence (seed 7)")
    func monotonicFlags() {
        var generator = SeededGenerator(seed: 7)
        for trial in 0..<500 {
            var input = Self.randomInput(&generator)
            let before = AnalysisConfidence(input).value
            input.flags.append(Self.randomFlag(&generator))
            let after = AnalysisConfidence(input).value
            #expect(after <= before, "trial \(trial): \(before) → \(after) after \(input.flags.last!)")
        }
    }

    @Test("monotonic: a worse measurement never raises the confidence (seed 8)")
    func monotonicMeasurements() {
        var generator = SeededGenerator(seed: 8)
        for trial in 0..<500 {
            let input = Self.randomInput(&generator)
            let before = AnalysisConfidence(input).value
            let worse: [Input] = [
                { var x = input; x.handPresence = (x.handPresence ?? 1) * generator.nextUniform(); return x }(),
                { var x = input; x.noiseToTremorRatio = (x.noiseToTremorRatio ?? 0) + generator.nextUniform(); return x }(),
                { var x = input; x.effectiveSampleRateHz = (x.effectiveSampleRateHz ?? 120) * generator.nextUniform(); return x }(),
                { var x = input; x.jitterFraction = (x.jitterFraction ?? 0) + generator.nextUniform(); return x }(),
                { var x = input; x.droppedFraction = min(1, (x.droppedFraction ?? 0) + generator.nextUniform()); return x }(),
            ]
            for (kind, changed) in worse.enumerated() {
                let after = AnalysisConfidence(changed).value
                #expect(after <= before, "trial \(trial), change \(kind): \(before) → \(after)")
            }
        }
    }

    @Test("JSON has value, cap, factors and formula")
    func json() throws {
        var input = Self.clean
        input.flags = [Input.Flag("longGap", .warning)]
        let data = try JSONEncoder().encode(AnalysisConfidence(input))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["value", "cap", "factors", "formula"])
        #expect(object["cap"] is NSNull)
        let factors = try #require(object["factors"] as? [[String: Any]])
        #expect(factors.map { $0["name"] as? String } == ["presence", "noise", "sampling", "timing", "droppedFrames"])
        #expect(try JSONDecoder().decode(AnalysisConfidence.self, from: data) == AnalysisConfidence(input))
    }
}
