import HandPoseCore
import HandPoseIO
import HandPoseSimulation
import Testing
@testable import HandPoseQuality

/// The quality gate on the simulator's recordings, whose faults are known exactly.
@Suite("Quality gate on simulated recordings")
struct SimulatedRecordingQualityTests {
    @Test("faults are measured as simulated", arguments: [30.0, 60.0])
    func faults(frameRate: Double) throws {
        let configuration = SimulationConfiguration(
            duration: 20, frameRate: frameRate, seed: 8, noiseMillimetres: 0.3, dropRate: 0.04,
            gaps: [GapSpec(hand: .right, start: 6, length: 1.5)], jitterMilliseconds: 0)
        let (recording, truth) = RecordingSimulator.simulate(configuration)
        let report = QualityGate().assess(recording)
        // Frames dropped after the last recorded one leave no interval behind and cannot be counted.
        let trailing = configuration.nominalFrameCount - 1 - (recording.frameNumbers?.last ?? 0)
        #expect(report.droppedFrames == truth.droppedFrames - trailing)
        #expect(abs((report.nominalSampleRateHz ?? 0) - frameRate) < 1e-6)
        #expect(abs((report.longestGapSeconds["right"] ?? 0) - 1.5) < 2 / frameRate)
        #expect(report.has(.droppedFrames))
        #expect(report.has(.longGap))
        #expect(!report.has(.variableFrameRate))
        #expect(!report.has(.handednessFlips))
    }

    @Test("timing jitter is measured as the simulated √2·σ of the intervals")
    func jitter() {
        let configuration = SimulationConfiguration(duration: 30, frameRate: 30, seed: 4, jitterMilliseconds: 4)
        let report = QualityGate().assess(RecordingSimulator.simulate(configuration).recording)
        let expected = 4 * 2.0.squareRoot()
        #expect(abs((report.jitterMs ?? 0) / expected - 1) < 0.1, "jitter \(report.jitterMs ?? .nan) ms vs \(expected)")
        #expect(report.has(.variableFrameRate))
    }

    @Test("the label check agrees with simulated hands and catches swapped labels", arguments: SimulatedUnits.allCases)
    func chirality(units: SimulatedUnits) throws {
        let configuration = SimulationConfiguration(duration: 6, frameRate: 30, seed: 2, noiseMillimetres: 0.3, units: units)
        let recording = RecordingSimulator.simulate(configuration).recording
        let report = QualityGate().assess(recording)
        #expect(report.handedness["left"]?.geometricCheck == .consistent)
        #expect(report.handedness["right"]?.geometricCheck == .consistent)
        #expect(!report.has(.handednessInconsistent))

        // Reading the same file as if it were mirrored swaps the labels but not the geometry.
        var options = IngestOptions()
        options.mirrored = true
        let text = RecordingWriter.csv(recording, layout: .long)
        let swapped = try RecordingReader.read(bytes: Array(text.utf8), name: "swapped.csv", options: options)
        let swappedReport = QualityGate().assess(swapped)
        #expect(swappedReport.handedness["left"]?.geometricCheck == .inconsistent)
        #expect(swappedReport.handedness["right"]?.geometricCheck == .inconsistent)
        #expect(swappedReport.has(.handednessInconsistent))
    }

    @Test("noise floor follows the simulated landmark noise", arguments: [0.3, 1.0])
    func noiseFloor(noise: Double) throws {
        let configuration = SimulationConfiguration(
            duration: 20, frameRate: 60, seed: 3, noiseMillimetres: noise, voluntaryMovement: false)
        let report = QualityGate().assess(RecordingSimulator.simulate(configuration).recording)
        // White noise of σ per coordinate has σ·√(9 Hz / 30 Hz) RMS in the 3-12 Hz band at 60 fps.
        let expected = noise * (9.0 / 30).squareRoot()
        for hand in ["left", "right"] {
            let measured = try #require(report.noiseFloor[hand]?.rmsMillimetres)
            #expect(abs(measured / expected - 1) < 0.15, "\(hand): \(measured) mm vs \(expected) mm")
        }
        #expect(report.has(.highNoiseFloor) == (expected > 0.5))
    }
}

@Suite("Label swaps in hand-centred world coordinates")
struct HandCentredLabelSwapTests {
    @Test("world landmarks centred on each hand: swaps are not assessable and never reported")
    func handCentred() {
        let configuration = SimulationConfiguration(
            duration: 20, frameRate: 30, seed: 3, noiseMillimetres: 0.3, dropRate: 0.02, jitterMilliseconds: 1.5)
        let report = QualityGate().assess(RecordingSimulator.simulate(configuration).recording)
        #expect(!report.has(.handednessFlips))
        #expect(report.has(.labelSwapsNotAssessable))
    }

    @Test("image coordinates keep both hands in one frame: swaps are assessed")
    func imageFrame() {
        let configuration = SimulationConfiguration(
            duration: 20, frameRate: 30, seed: 3, noiseMillimetres: 0.3, dropRate: 0.02, jitterMilliseconds: 1.5, units: .normalized)
        let report = QualityGate().assess(RecordingSimulator.simulate(configuration).recording)
        #expect(!report.has(.handednessFlips))
        #expect(!report.has(.labelSwapsNotAssessable))
    }
}
