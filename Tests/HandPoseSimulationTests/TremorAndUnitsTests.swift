import Foundation
import HandPoseCore
import Testing
@testable import HandPoseSimulation

@Suite("Simulated tremor and units")
struct TremorAndUnitsTests {
    typealias Support = SimulationTestSupport

    /// Least-squares fit of a + b·sin(2πft) + c·cos(2πft) to `values` at `times`; returns the
    /// zero-to-peak amplitude √(b² + c²) and the residual sum of squares.
    func fitSine(times: [Double], values: [Double], frequency: Double) -> (amplitude: Double, residual: Double) {
        var normal = [[Double]](repeating: [0, 0, 0], count: 3)
        var rhs = [0.0, 0, 0]
        for (t, y) in zip(times, values) {
            let row = [1, Foundation.sin(2 * .pi * frequency * t), Foundation.cos(2 * .pi * frequency * t)]
            for i in 0..<3 {
                rhs[i] += row[i] * y
                for j in 0..<3 { normal[i][j] += row[i] * row[j] }
            }
        }
        // Gaussian elimination on the 3 × 3 normal equations.
        for pivot in 0..<3 {
            for row in (pivot + 1)..<3 {
                let factor = normal[row][pivot] / normal[pivot][pivot]
                for column in pivot..<3 { normal[row][column] -= factor * normal[pivot][column] }
                rhs[row] -= factor * rhs[pivot]
            }
        }
        var solution = [0.0, 0, 0]
        for row in (0..<3).reversed() {
            var sum = rhs[row]
            for column in (row + 1)..<3 { sum -= normal[row][column] * solution[column] }
            solution[row] = sum / normal[row][row]
        }
        var residual = 0.0
        for (t, y) in zip(times, values) {
            let model = solution[0] + solution[1] * Foundation.sin(2 * .pi * frequency * t)
                + solution[2] * Foundation.cos(2 * .pi * frequency * t)
            residual += (y - model) * (y - model)
        }
        return ((solution[1] * solution[1] + solution[2] * solution[2]).squareRoot(), residual)
    }

    @Test("tremor frequency and amplitude are recoverable from the wrist (tremor only, no noise, jittered times)",
          arguments: [HandSide.left, .right])
    func tremorRecovery(side: HandSide) throws {
        let configuration = Support.configuration(
            duration: 10, frameRate: 60,
            tremor: [.left: TremorSpec(frequencyHz: 4.6, amplitudeMillimetres: 1.5),
                     .right: TremorSpec(frequencyHz: 5.2, amplitudeMillimetres: 3, direction: SIMD3(1, -1, 0.5))],
            dropRate: 0.05, jitter: 3, voluntary: false)
        let (recording, truth) = RecordingSimulator.simulate(configuration)
        let track = try #require(recording[side])
        let expected = try #require(truth.hand(side)?.tremor)
        let times = recording.timestamps
        // Frequency: the candidate (0.05 Hz steps over 3-12 Hz) with the largest fitted amplitude.
        let axes = (0..<3).map { track.channels[Channel(.wrist, Axis(rawValue: $0)!).index] }
        func amplitude(at frequency: Double) -> Double {
            axes.map { fitSine(times: times, values: $0, frequency: frequency).amplitude }
                .reduce(0) { $0 + $1 * $1 }.squareRoot()
        }
        let candidates = stride(from: 3.0, through: 12, by: 0.05).map { $0 }
        let best = candidates.max { amplitude(at: $0) < amplitude(at: $1) }!
        #expect(abs(best - expected.frequencyHz) <= 0.025 + 1e-9)
        let fitted = amplitude(at: expected.frequencyHz)
        #expect(abs(fitted - expected.amplitudeMm) < 1e-9, "fitted \(fitted) mm")
        // The fit at the true frequency and the true (jittered) timestamps is exact.
        for axis in axes {
            #expect(fitSine(times: times, values: axis, frequency: expected.frequencyHz).residual < 1e-18)
        }
        // Direction along the truth's unit vector.
        let direction = SIMD3(axes.map { fitSine(times: times, values: $0, frequency: expected.frequencyHz).amplitude })
        let unsignedDirection = SIMD3(abs(expected.direction.x), abs(expected.direction.y), abs(expected.direction.z))
        #expect((direction.normalized - unsignedDirection).length < 1e-9)
        #expect(abs(expected.rmsMm - expected.amplitudeMm / 2.0.squareRoot()) < 1e-12)
    }

    @Test("metres are millimetres / 1000")
    func metres() throws {
        let base = Support.configuration(
            duration: 2, tremor: [.left: TremorSpec(frequencyHz: 4, amplitudeMillimetres: 2)], noise: 0.5, dropRate: 0.1)
        var inMetres = base
        inMetres.units = .metres
        let (mm, mmTruth) = RecordingSimulator.simulate(base)
        let (m, mTruth) = RecordingSimulator.simulate(inMetres)
        #expect(m.spatial.space == .worldMetres && mm.spatial.space == .worldMillimetres)
        #expect(mTruth.millimetresPerUnit == 1000 && mmTruth.millimetresPerUnit == 1)
        #expect(m.timestamps == mm.timestamps)
        for side in HandSide.allCases {
            let a = try #require(mm[side]).channels
            let b = try #require(m[side]).channels
            for channel in 0..<Channel.count {
                for frame in 0..<mm.frameCount {
                    #expect(abs(b[channel][frame] * 1000 - a[channel][frame]) < 1e-9)
                }
            }
        }
        // World coordinates are centred on each hand's origin: both signs occur.
        let xs = try #require(mm.right).channels[Channel(.thumbTip, .x).index] + mm.right!.channels[Channel(.pinkyTip, .x).index]
        #expect(xs.contains { $0 < 0 } && xs.contains { $0 > 0 })
    }

    @Test("normalized coordinates lie in [0, 1] and recover millimetres with the image size and scale")
    func normalized() throws {
        let base = Support.configuration(duration: 4, tremor: [.right: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 3)])
        var normalizedConfiguration = base
        normalizedConfiguration.units = .normalized
        let (mm, _) = RecordingSimulator.simulate(base)
        let (normalized, truth) = RecordingSimulator.simulate(normalizedConfiguration)
        #expect(normalized.spatial.space == .imageNormalized)
        #expect(normalized.spatial.imageSize == ImageSize(width: 1280, height: 720))
        #expect(truth.millimetresPerUnit == nil)
        #expect(abs(truth.millimetresPerPixel * truth.pixelsPerMillimetre - 1) < 1e-15)
        let width = Double(truth.imageSize.width)
        let height = Double(truth.imageSize.height)
        for side in HandSide.allCases {
            let image = try #require(normalized[side])
            let world = try #require(mm[side])
            for frame in 0..<normalized.frameCount {
                #expect(image.position(.wrist, frame: frame).z == 0)
                for landmark in Landmark.allCases {
                    let p = image.position(landmark, frame: frame)
                    #expect((0...1).contains(p.x) && (0...1).contains(p.y))
                    // Isotropic pixels (x·W, y·H, z·W) times mm/pixel give mm, up to the per-hand
                    // origin and the wrist depth; compare displacements from the wrist.
                    let wristPixels = image.position(.wrist, frame: frame) * SIMD3(width, height, width)
                    let pixels = p * SIMD3(width, height, width) - wristPixels
                    let expected = world.position(landmark, frame: frame) - world.position(.wrist, frame: frame)
                    #expect((pixels * truth.millimetresPerPixel - expected).length < 1e-9)
                }
            }
            // Hand-length calibration: a known 88 mm wrist → middle MCP recovers mm per pixel.
            let handPixels = (image.position(.middleMCP, frame: 0) - image.position(.wrist, frame: 0)) * SIMD3(width, height, width)
            let calibrated = try #require(truth.hand(side)).handLengthMm / handPixels.length
            #expect(abs(calibrated - truth.millimetresPerPixel) < 1e-12)
        }
    }

    @Test("noise has the configured standard deviation")
    func noise() throws {
        let clean = Support.configuration(duration: 5)
        var noisy = clean
        noisy.noiseMillimetres = 0.8
        let a = try #require(RecordingSimulator.simulate(clean).recording.left)
        let b = try #require(RecordingSimulator.simulate(noisy).recording.left)
        let differences = zip(a.channels.joined(), b.channels.joined()).map { $1 - $0 }
        let (mean, std) = Support.meanAndStandardDeviation(differences)
        #expect(abs(mean) < 0.01)
        #expect(abs(std - 0.8) < 0.01)
    }

    @Test("truth.json round-trips and names every part")
    func truthJSON() throws {
        let configuration = Support.configuration(
            duration: 2, tremor: [.left: TremorSpec(frequencyHz: 4.6, amplitudeMillimetres: 1.5)], gaps: [GapSpec(length: 0.5)])
        let truth = RecordingSimulator.simulate(configuration).truth
        let data = try truth.jsonData()
        #expect(try SimulationTruth.decode(from: data) == truth)
        let text = String(decoding: data, as: UTF8.self)
        for key in ["\"schemaVersion\" : 1", "\"seed\" : 42", "\"amplitudeMm\" : 1.5", "\"frequencyHz\" : 4.6",
                    "\"thumb\"", "\"ip\"", "\"rangeDeg\"", "\"handLengthMm\" : 88", "\"gapIntervals\""] {
            #expect(text.contains(key), "missing \(key)")
        }
        #expect(truth.hand(.right)?.tremor == nil)
        #expect(try truth.jsonData() == data)
    }
}
