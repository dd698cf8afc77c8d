import HandPoseCore
import HandPoseSimulation
import Testing
@testable import HandPoseIO

/// The simulator's recordings, written in every layout, read back to exactly the same numbers.
@Suite("Simulated recordings round-trip through writer and reader")
struct SimulatedRoundTripTests {
    static let configuration = SimulationConfiguration(
        duration: 3, frameRate: 60, seed: 21, tremor: [.right: TremorSpec(frequencyHz: 5.2, amplitudeMillimetres: 3)],
        noiseMillimetres: 0.4, dropRate: 0.03, gaps: [GapSpec(hand: .left, start: 1, length: 0.5)],
        jitterMilliseconds: 1.5, units: .millimetres)

    @Test("every layout reads back bit for bit", arguments: SourceLayout.allCases)
    func exact(layout: SourceLayout) throws {
        let original = RecordingSimulator.simulate(Self.configuration).recording
        let text = RecordingWriter.csv(original, layout: layout)
        let read = try RecordingReader.read(bytes: Array(text.utf8), name: "sim.csv")
        #expect(read.layout == layout)
        #expect(read.spatial.space == .worldMillimetres)
        #expect(read.timestamps == original.timestamps)
        #expect(read.frameNumbers == original.frameNumbers)
        for side in HandSide.allCases {
            let expected = try #require(original[side]), actual = try #require(read[side])
            #expect(actual.presence == expected.presence, "\(side) presence")
            for channel in Channel.all {
                let same = zip(actual[channel], expected[channel]).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
                #expect(same, "\(side) \(channel) differs in layout \(layout)")
            }
        }
    }

    @Test("--mirrored swaps the tracks")
    func mirrored() throws {
        let original = RecordingSimulator.simulate(Self.configuration).recording
        var options = IngestOptions()
        options.mirrored = true
        let read = try RecordingReader.read(bytes: Array(RecordingWriter.csv(original, layout: .long).utf8), name: "sim.csv", options: options)
        #expect(read.mirroredInputCorrected)
        #expect(channelsEqual(read[.left], original[.right]))
        #expect(channelsEqual(read[.right], original[.left]))
        #expect(read.warnings.contains { $0.code == .mirroredLabelsSwapped })
    }

    @Test("normalized coordinates with image size and hand length recover the simulated mm scale")
    func calibration() throws {
        var configuration = Self.configuration
        configuration.units = .normalized
        configuration.noiseMillimetres = 0
        let (recording, truth) = RecordingSimulator.simulate(configuration)
        let text = RecordingWriter.csv(recording, layout: .wideIndexed, includeMetadata: false)
        var options = IngestOptions()
        options.imageSize = ImageSize(width: 1280, height: 720)
        options.handLengthMillimetres = 88
        let read = try RecordingReader.read(bytes: Array(text.utf8), name: "sim.csv", options: options)
        #expect(read.spatial.space == .imagePixels)
        let millimetresPerPixel = truth.millimetresPerPixel
        let calibrated = try #require(read.spatial.millimetresPerUnit)
        // The hand length is measured in 3-D (x·W, y·H, z·W), as the simulator's camera projects it.
        #expect(abs(calibrated / millimetresPerPixel - 1) < 0.01, "\(calibrated) mm/px vs truth \(millimetresPerPixel)")
    }

    private func channelsEqual(_ a: HandTrack?, _ b: HandTrack?) -> Bool {
        guard let a, let b else { return false }
        return zip(a.channels, b.channels).allSatisfy { lhs, rhs in
            zip(lhs, rhs).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        }
    }
}
