import HandPoseCore
import Testing
@testable import HandPoseDSP

@Suite("LandmarkParticleFilter")
struct LandmarkParticleFilterTests {
    static func model(measurementNoise: Double?, seed: UInt64 = 4) throws -> ParticleFilter {
        try ParticleFilter(
            sampleRate: 60, particles: 300, positionDiffusion: 0.2, velocityDiffusion: 20, measurementNoise: measurementNoise, seed: seed)
    }

    @Test("with one coordinate it is the per-coordinate particle filter, bit for bit", arguments: [1.0, nil] as [Double?])
    func oneCoordinate(measurementNoise: Double?) throws {
        let (_, z) = noisySmoothSignal(count: 400, sampleRate: 60, noise: 1, seed: 21)
        let model = try Self.model(measurementNoise: measurementNoise)
        let (joint, report) = LandmarkParticleFilter(model).apply([z])
        #expect(joint[0] == model.apply(z))
        #expect(report == ChannelFilteringReport(filteredSamples: 400))
    }

    @Test("three coordinates: one cloud tracks all three better than the raw measurements, deterministically")
    func threeCoordinates() throws {
        let signals = (0..<3).map { axis in noisySmoothSignal(count: 900, sampleRate: 60, noise: 1.5, seed: 30 + UInt64(axis)) }
        let filter = LandmarkParticleFilter(try Self.model(measurementNoise: nil))
        let (output, _) = filter.apply(signals.map(\.noisy))
        for axis in 0..<3 {
            let error = rootMeanSquareError(output[axis], signals[axis].truth, skipping: 20)
            let raw = rootMeanSquareError(signals[axis].noisy, signals[axis].truth, skipping: 20)
            #expect(error < 0.8 * raw, "axis \(axis): \(error) against raw \(raw)")
        }
        #expect(filter.apply(signals.map(\.noisy)).filtered == output)
        #expect(filter.parameters["coordinates"] != nil && filter.algorithmID == "particle-filter-cv-joint/1")
    }

    @Test("a frame with a coordinate missing splits the runs: its other values stay raw, missing stays missing")
    func gaps() throws {
        var coordinates = (0..<3).map { axis in noisySmoothSignal(count: 200, sampleRate: 60, noise: 1, seed: 40 + UInt64(axis)).noisy }
        coordinates[2][50] = .nan
        coordinates[0][120] = .nan
        coordinates[1][120] = .nan
        coordinates[2][120] = .nan
        let (output, report) = LandmarkParticleFilter(try Self.model(measurementNoise: 1)).apply(coordinates)
        #expect(output[0][50] == coordinates[0][50] && output[1][50] == coordinates[1][50] && output[2][50].isNaN)
        #expect((0..<3).allSatisfy { output[$0][120].isNaN })
        #expect(output[0][10] != coordinates[0][10])
        #expect(report.missingSamples == 4 && report.unfilteredSamples == 2 && report.filteredSamples == (200 - 2) * 3)
        // Each run starts afresh: the run after the gap equals filtering it alone.
        let alone = LandmarkParticleFilter(try Self.model(measurementNoise: 1)).apply(coordinates.map { Array($0[121...]) }).filtered
        #expect((0..<3).allSatisfy { Array(output[$0][121...]) == alone[$0] })
    }
}
