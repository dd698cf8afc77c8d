import Foundation
import HandPoseCore
import HandPoseSimulation
import Testing
@testable import HandPoseMetrics

@Suite("TremorAnalyzer")
struct TremorAnalyzerTests {
    static let millimetres = SpatialReference(space: .worldMillimetres, provenance: .declared, reason: "test")

    /// A hand whose every landmark moves as `position(t)` (mm, world space) at `fps`, uniform timing.
    static func track(
        fps: Double, seconds: Double, side: HandSide = .right, position: (Double) -> SIMD3<Double>
    ) -> HandTrack {
        let count = Int((seconds * fps).rounded())
        let times = (0..<count).map { Double($0) / fps }
        var channels = [[Double]](repeating: [Double](repeating: 0, count: count), count: Channel.count)
        for (frame, t) in times.enumerated() {
            let p = position(t)
            for landmark in Landmark.allCases {
                let offset = Double(landmark.rawValue) * 5
                channels[landmark.rawValue * 3][frame] = p.x + offset
                channels[landmark.rawValue * 3 + 1][frame] = p.y - offset
                channels[landmark.rawValue * 3 + 2][frame] = p.z
            }
        }
        return HandTrack(side: side, timestamps: times, channels: channels, presence: Array(repeating: true, count: count))
    }

    static func simulation(fps: Double, seed: UInt64, duration: Double = 30) -> SimulationConfiguration {
        SimulationConfiguration(
            duration: duration, frameRate: fps, seed: seed,
            tremor: [.right: TremorSpec(frequencyHz: 5.2, amplitudeMillimetres: 3), .left: TremorSpec(frequencyHz: 8.3, amplitudeMillimetres: 1)],
            noiseMillimetres: 0.5, dropRate: 0.03, jitterMilliseconds: 2, voluntaryMovement: true)
    }

    @Test("simulated recordings with noise, drops, jitter and voluntary movement: frequency within 0.1 Hz, amplitude within 15 %",
          arguments: [30.0, 60.0], [UInt64(1), 2, 3])
    func simulatedTruth(fps: Double, seed: UInt64) throws {
        let (recording, truth) = RecordingSimulator.simulate(Self.simulation(fps: fps, seed: seed))
        for side in HandSide.allCases {
            let expected = try #require(truth.hand(side)?.tremor)
            let estimate = try TremorAnalyzer().analyze(try #require(recording[side]), spatial: recording.spatial).get()
            #expect(abs(estimate.frequencyHz - expected.frequencyHz) < 0.1, "\(side) \(estimate.frequencyHz) Hz")
            let amplitude = try #require(estimate.amplitudeMm)
            #expect(abs(amplitude / expected.amplitudeMm - 1) < 0.15, "\(side) \(amplitude) mm vs \(expected.amplitudeMm)")
            #expect(estimate.perLandmark.count == Landmark.count)
            #expect(estimate.perLandmark.allSatisfy { abs($0.frequencyHz - expected.frequencyHz) < 0.1 })
            #expect(estimate.perLandmark.allSatisfy { abs(($0.amplitudeMm ?? 0) / expected.amplitudeMm - 1) < 0.15 })
            #expect(estimate.landmark == estimate.perLandmark.max { $0.bandPower < $1.bandPower }?.landmark)
            #expect(estimate.regularity > (side == .right ? 0.9 : 0.5))  // 1 mm at 8.3 Hz is closer to the noise
            #expect(estimate.tremorTimeFraction == 1)
            #expect(estimate.unit == "mm" && estimate.sampling.coordinates == ["x", "y", "z"])
            #expect(abs(estimate.sampling.sampleRateHz - fps) < 0.05)
            #expect(estimate.spectrum.frequenciesHz.last.map { abs($0 - estimate.sampling.sampleRateHz / 2) < 0.2 } == true)
            #expect(estimate.spectrum.unit == "mm²/Hz" && estimate.sampling.noiseFloorSource == "estimated")
            // The noise floor of 0.5 mm white noise in 3-12 Hz: 0.5·√(9/(fs/2)).
            let floor = try #require(estimate.sampling.noiseFloorMm)
            #expect(abs(floor / (0.5 * (9 / (fps / 2)).squareRoot()) - 1) < 0.15)
        }
    }

    @Test("normalized image coordinates: native units without calibration; mm after pixels and a hand-length calibration")
    func normalizedUnits() throws {
        var configuration = Self.simulation(fps: 30, seed: 4)
        configuration.units = .normalized
        let (recording, truth) = RecordingSimulator.simulate(configuration)
        let expected = try #require(truth.hand(.right)?.tremor)
        let track = try #require(recording[.right])

        let native = try TremorAnalyzer().analyze(track, spatial: recording.spatial).get()
        #expect(abs(native.frequencyHz - expected.frequencyHz) < 0.1)
        #expect(native.amplitudeMm == nil && native.rmsMm == nil && native.unit == "normalized")
        #expect(native.sampling.coordinates == ["x", "y"])
        #expect(native.notComputable.contains { $0.metric == "tremor.amplitudeMm" && $0.reason.contains("calibration") })
        #expect(native.spectrum.unit == "normalized²/Hz")

        // As ingest does with an image size and --hand-length-mm: pixels (x·W, y·H), then mm per pixel
        // from the median wrist-to-middle-MCP length.
        var pixels = track
        let size = truth.imageSize
        for channel in 0..<Channel.count {
            let factor = Double(channel % 3 == 1 ? size.height : size.width)
            pixels.channels[channel] = pixels.channels[channel].map { $0 * factor }
        }
        var lengths: [Double] = []
        for frame in 0..<pixels.frameCount where pixels.presence[frame] {
            let a = pixels.position(.wrist, frame: frame), b = pixels.position(.middleMCP, frame: frame)
            lengths.append(((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot())
        }
        let scale = try #require(truth.hand(.right)).handLengthMm / lengths.sorted()[lengths.count / 2]
        let calibrated = try TremorAnalyzer().analyze(
            pixels, spatial: SpatialReference(space: .imagePixels, provenance: .declared, reason: "test", imageSize: size, millimetresPerUnit: scale)
        ).get()
        #expect(abs(calibrated.frequencyHz - expected.frequencyHz) < 0.1)
        #expect(abs(try #require(calibrated.amplitudeMm) / expected.amplitudeMm - 1) < 0.15)
        #expect(calibrated.unit == "px" && calibrated.notes.isEmpty)
    }

    @Test("a hand without tremor: no tremor time, amplitude at the noise level", arguments: [30.0, 60.0], [true, false])
    func noTremor(fps: Double, voluntary: Bool) throws {
        var configuration = Self.simulation(fps: fps, seed: 5)
        configuration.tremor = [.right: TremorSpec(frequencyHz: 5.2, amplitudeMillimetres: 3)]
        configuration.voluntaryMovement = voluntary
        let recording = RecordingSimulator.simulate(configuration).recording
        let estimate = try TremorAnalyzer().analyze(try #require(recording[.left]), spatial: recording.spatial).get()
        #expect(try #require(estimate.tremorTimeFraction) <= 0.1)
        #expect(try #require(estimate.amplitudeMm) < 0.6)
        #expect(estimate.regularity < 0.6)
    }

    @Test("a pure sinusoid on a uniform grid reports its amplitude within 1 %, its axis and its frequency",
          arguments: [(30.0, 4.0), (30.0, 7.5), (60.0, 11.0), (60.0, 3.5)])
    func pureSinusoid(fps: Double, frequency: Double) throws {
        let direction = SIMD3<Double>(0.36, 0.48, 0.8)
        let track = Self.track(fps: fps, seconds: 20) { t in direction * (2 * sin(2 * .pi * frequency * t + 0.4)) }
        let estimate = try TremorAnalyzer().analyze(track, spatial: Self.millimetres).get()
        #expect(abs(estimate.frequencyHz - frequency) < 0.02)
        #expect(abs(try #require(estimate.amplitudeMm) / 2 - 1) < 0.01)
        #expect(abs(try #require(estimate.rmsMm) / 2.squareRoot() - 1) < 0.01)
        let axis = try #require(estimate.summary).axis
        #expect(abs(zip(axis.direction, [direction.x, direction.y, direction.z]).reduce(0) { $0 + $1.0 * $1.1 }) > 0.9999)
        #expect(estimate.bandPowerFraction > 0.99)
        // 2f + 0.5 Hz above Nyquist: the harmonic ratio cannot be measured.
        let harmonicFits = 2 * frequency + 0.5 <= fps / 2
        #expect((estimate.harmonicRatio != nil) == harmonicFits)
        #expect(estimate.notComputable.contains { $0.metric == "tremor.harmonicRatio" } == !harmonicFits)
    }

    @Test("the harmonic guard prefers f/2 when it holds at least half the power of the peak; null disables it")
    func harmonicGuard() throws {
        let track = Self.track(fps: 60, seconds: 20) { t in
            SIMD3(0.8 * sin(2 * .pi * 4 * t) + 1.0 * sin(2 * .pi * 8 * t + 0.3), 0, 0)
        }
        let guarded = try TremorAnalyzer().analyze(track, spatial: Self.millimetres).get()
        #expect(abs(guarded.frequencyHz - 4) < 0.02 && guarded.summary?.subharmonicGuardApplied == true)
        #expect(abs(try #require(guarded.harmonicRatio) - 1 / 0.64) < 0.02)
        let plain = try TremorAnalyzer(configuration: TremorConfiguration(subharmonicRatio: nil)).analyze(track, spatial: Self.millimetres).get()
        #expect(abs(plain.frequencyHz - 8) < 0.02 && plain.summary?.subharmonicGuardApplied == false)
    }

    @Test("a gap longer than 0.25 s splits the signal; both stretches are analysed together")
    func gapSplits() throws {
        var track = Self.track(fps: 30, seconds: 30) { t in SIMD3(1.5 * sin(2 * .pi * 6 * t), 0, 0) }
        for frame in 420..<450 {  // 1 s hidden
            track.presence[frame] = false
            for channel in 0..<Channel.count { track.channels[channel][frame] = .nan }
        }
        let estimate = try TremorAnalyzer().analyze(track, spatial: Self.millimetres).get()
        #expect(estimate.sampling.stretches == 2)
        #expect(abs(estimate.sampling.analysedSeconds - 29) < 0.1)
        #expect(abs(estimate.frequencyHz - 6) < 0.02)
        #expect(abs(try #require(estimate.amplitudeMm) / 1.5 - 1) < 0.01)
    }

    @Test("a given noise floor is used and reported; the tremor time follows it")
    func givenNoiseFloor() throws {
        let track = Self.track(fps: 30, seconds: 20) { t in SIMD3(1 * sin(2 * .pi * 5 * t), 0, 0) }
        let low = try TremorAnalyzer().analyze(track, spatial: Self.millimetres, noiseFloorMm: 0.1).get()
        #expect(low.sampling.noiseFloorSource == "given" && low.sampling.noiseFloorMm == 0.1 && low.tremorTimeFraction == 1)
        let high = try TremorAnalyzer().analyze(track, spatial: Self.millimetres, noiseFloorMm: 1).get()
        #expect(high.tremorTimeFraction == 0)
    }

    @Test("10 fps is below the band's Nyquist requirement")
    func nyquist() throws {
        var configuration = Self.simulation(fps: 10, seed: 1)
        configuration.tremor = [:]
        let recording = RecordingSimulator.simulate(configuration).recording
        let result = TremorAnalyzer().analyze(try #require(recording[.right]), spatial: recording.spatial)
        guard case .failure(let reason) = result else { Issue.record("expected not computable"); return }
        #expect(reason.metric == "tremor")
        #expect(reason.reason.contains("Nyquist") && reason.reason.contains("5 Hz") && reason.reason.contains("12 Hz"))
    }

    @Test("a 2 s recording is shorter than one 4 s window")
    func tooShort() throws {
        let recording = RecordingSimulator.simulate(Self.simulation(fps: 30, seed: 1, duration: 2)).recording
        let result = TremorAnalyzer().analyze(try #require(recording[.left]), spatial: recording.spatial)
        guard case .failure(let reason) = result else { Issue.record("expected not computable"); return }
        #expect(reason.reason.contains("2.0 s long") && reason.reason.contains("4.0 s"))
    }

    @Test("an absent hand, and a hand seen only in short bursts, are not computable with a reason")
    func absentAndFragmented() throws {
        let times = (0..<300).map { Double($0) / 30 }
        guard case .failure(let absent) = TremorAnalyzer().analyze(.absent(side: .left, timestamps: times), spatial: Self.millimetres) else {
            Issue.record("expected not computable"); return
        }
        #expect(absent.reason.contains("not detected"))
        var track = Self.track(fps: 30, seconds: 20) { t in SIMD3(sin(2 * .pi * 5 * t), 0, 0) }
        for frame in 0..<track.frameCount where frame % 60 >= 45 {  // 1.5 s seen, 0.5 s hidden
            track.presence[frame] = false
            for channel in 0..<Channel.count { track.channels[channel][frame] = .nan }
        }
        guard case .failure(let fragmented) = TremorAnalyzer().analyze(track, spatial: Self.millimetres) else {
            Issue.record("expected not computable"); return
        }
        #expect(fragmented.reason.contains("1.5 s") && fragmented.reason.contains("4.0 s"))
    }

    @Test("the estimate encodes every contract key, null where missing")
    func json() throws {
        let track = Self.track(fps: 30, seconds: 10) { t in SIMD3(sin(2 * .pi * 7.5 * t), 0, 0) }
        let estimate = try TremorAnalyzer().analyze(
            track, spatial: SpatialReference(space: .imageNormalized, provenance: .declared, reason: "test")
        ).get()
        let data = try JSONEncoder().encode(estimate)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["frequencyHz", "amplitudeMm", "rmsMm", "regularity", "bandPowerFraction", "landmark", "harmonicRatio", "perLandmark", "spectrum", "sampling", "configuration", "notComputable"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["amplitudeMm"] is NSNull && object["harmonicRatio"] is NSNull)
        let row = try #require((object["perLandmark"] as? [[String: Any]])?.first)
        #expect(row["amplitudeMm"] is NSNull && row.keys.contains("axis"))
        #expect(try JSONDecoder().decode(TremorEstimate.self, from: data) == estimate)
    }
}
