import HandPoseCore
import Testing
@testable import HandPoseSimulation

@Suite("RecordingSimulator.cleanRecording")
struct CleanRecordingTests {
    typealias Support = SimulationTestSupport

    /// A configuration with every random choice in use: tremor, drops, a seeded gap, jitter.
    static func configuration(noise: Double, units: SimulatedUnits = .millimetres) -> SimulationConfiguration {
        Support.configuration(
            duration: 8, frameRate: 30, seed: 7,
            tremor: [.left: TremorSpec(frequencyHz: 4.2, amplitudeMillimetres: 2), .right: TremorSpec(frequencyHz: 6, amplitudeMillimetres: 1)],
            noise: noise, dropRate: 0.05, gaps: [GapSpec(length: 1.5)], jitter: 3, units: units)
    }

    @Test("the clean recording is the noise-free simulation: same frames, presence and metadata; no noise")
    func sameFrames() throws {
        let noisy = RecordingSimulator.simulate(Self.configuration(noise: 1.5))
        let clean = RecordingSimulator.cleanRecording(for: Self.configuration(noise: 1.5))
        // NaN (gaps) is never equal to itself, so compare the bit patterns of every sample.
        let bits = { (recording: Recording) in recording.hands.flatMap { $0.channels.flatMap { $0.map(\.bitPattern) } } }
        #expect(bits(clean) == bits(RecordingSimulator.simulate(Self.configuration(noise: 0)).recording))
        #expect(clean.timestamps == noisy.recording.timestamps)
        #expect(clean.frameNumbers == noisy.recording.frameNumbers)
        for side in HandSide.allCases {
            let noisyTrack = try #require(noisy.recording[side]), cleanTrack = try #require(clean[side])
            #expect(cleanTrack.presence == noisyTrack.presence)
            for channel in 0..<Channel.count {
                #expect(zip(cleanTrack.channels[channel], noisyTrack.channels[channel]).allSatisfy { $0.isNaN == $1.isNaN })
            }
        }
        #expect(Self.configuration(noise: 1.5).noiseless.noiseMillimetres == 0)
        #expect(Self.configuration(noise: 1.5).noiseless.seed == 7)
    }

    @Test("the random streams stay aligned: noisy − clean scales exactly with the noise level")
    func alignedStreams() throws {
        let clean = RecordingSimulator.cleanRecording(for: Self.configuration(noise: 1))
        let one = RecordingSimulator.simulate(Self.configuration(noise: 1)).recording
        let three = RecordingSimulator.simulate(Self.configuration(noise: 3)).recording
        var residuals: [Double] = []
        for side in HandSide.allCases {
            let c = try #require(clean[side]), a = try #require(one[side]), b = try #require(three[side])
            for channel in 0..<Channel.count {
                for frame in 0..<c.frameCount where c.presence[frame] {
                    let unit = a.channels[channel][frame] - c.channels[channel][frame]
                    let triple = b.channels[channel][frame] - c.channels[channel][frame]
                    // Same draws, three times the scale (round-off of the ~100 mm coordinates aside).
                    #expect(abs(triple - 3 * unit) < 1e-9, "\(side) \(Channel(index: channel)) frame \(frame)")
                    residuals.append(unit)
                }
            }
        }
        let (mean, std) = Support.meanAndStandardDeviation(residuals)
        #expect(abs(mean) < 0.02)
        #expect(abs(std - 1) < 0.02, "noise std \(std) mm")
    }

    @Test("normalized units: the clean recording has the same frames and differs by the noise only")
    func normalized() throws {
        let noisy = RecordingSimulator.simulate(Self.configuration(noise: 0.5, units: .normalized)).recording
        let clean = RecordingSimulator.cleanRecording(for: Self.configuration(noise: 0.5, units: .normalized))
        #expect(clean.timestamps == noisy.timestamps)
        #expect(clean.spatial == noisy.spatial)
        let pixelsPerMm = VirtualCamera(imageSize: SimulationConfiguration.defaultImageSize).pixelsPerMillimetre
        let track = try #require(noisy[.right]), cleanTrack = try #require(clean[.right])
        // x of the index tip in mm: (x_noisy − x_clean)·W / k has the noise's standard deviation.
        let x = Channel(.indexTip, .x).index
        let errors = (0..<track.frameCount).filter { track.presence[$0] }.map {
            (track.channels[x][$0] - cleanTrack.channels[x][$0]) * 1280 / pixelsPerMm
        }
        let (_, std) = Support.meanAndStandardDeviation(errors)
        #expect(abs(std - 0.5) < 0.06, "noise std \(std) mm")
    }
}
