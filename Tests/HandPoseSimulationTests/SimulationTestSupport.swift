import HandPoseCore
@testable import HandPoseSimulation

/// Shared helpers for the simulator tests.
enum SimulationTestSupport {
    /// A two-hand configuration in millimetres, noise-free by default.
    static func configuration(
        duration: Double = 6, frameRate: Double = 60, seed: UInt64 = 42,
        tremor: [HandSide: TremorSpec] = [:], noise: Double = 0, dropRate: Double = 0,
        gaps: [GapSpec] = [], jitter: Double = 0, units: SimulatedUnits = .millimetres,
        voluntary: Bool = true
    ) -> SimulationConfiguration {
        SimulationConfiguration(
            duration: duration, frameRate: frameRate, seed: seed, tremor: tremor, noiseMillimetres: noise,
            dropRate: dropRate, gaps: gaps, jitterMilliseconds: jitter, units: units, voluntaryMovement: voluntary)
    }

    /// 64-bit FNV-1a hash of the text's UTF-8 bytes.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Mean and population standard deviation.
    static func meanAndStandardDeviation(_ values: [Double]) -> (mean: Double, std: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return (mean, variance.squareRoot())
    }
}
