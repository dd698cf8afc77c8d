import HandPoseCore

/// Deterministic landmark-like channels for the filter benchmarks: a 10-minute, 60 fps, two-hand
/// recording is 2 × 63 channels × 36 000 samples.
public enum SyntheticChannels {
    /// `count` channels of `samples` samples each: slow voluntary movement (0.3 Hz, 20 mm), tremor
    /// (5 Hz, 2 mm) and Gaussian noise (0.5 mm), with a phase per channel.
    public static func make(count: Int = 126, samples: Int = 36_000, sampleRate: Double = 60, seed: UInt64 = 1) -> [[Double]] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { channel in
            let phase = Double(channel) * 0.37
            return (0..<samples).map { index in
                let t = Double(index) / sampleRate
                return 20 * DeterministicMath.sin(2 * .pi * 0.3 * t + phase)
                    + 2 * DeterministicMath.sin(2 * .pi * 5 * t + 2 * phase)
                    + 0.5 * generator.nextGaussian()
            }
        }
    }
}
