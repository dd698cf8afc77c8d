import HandPoseDSP

/// The filters the benchmarks measure, each with the defaults `handpose filter` uses at 60 Hz.
public enum FilterCatalog {
    /// A named filter and how much work one sample costs in its own unit (particle updates for
    /// the particle filter, samples otherwise).
    public struct Entry: Sendable {
        public let name: String
        public let filter: any ChannelFilter
        /// Work units per sample (500 for a 500-particle filter, else 1).
        public let unitsPerSample: Int
        public let unit: String
    }

    public static func entries(sampleRate: Double = 60) throws -> [Entry] {
        [
            Entry(name: "butterworth (sosfiltfilt, order 4, 12 Hz)",
                  filter: try ButterworthFilter(order: 4, response: .lowpass(cutoff: 12), sampleRate: sampleRate), unitsPerSample: 1, unit: "samples"),
            Entry(name: "butterworth (sosfilt causal, order 4, 12 Hz)",
                  filter: try ButterworthFilter(order: 4, response: .lowpass(cutoff: 12), sampleRate: sampleRate, application: .causal()), unitsPerSample: 1, unit: "samples"),
            Entry(name: "savgol (window 13, order 3, interp)",
                  filter: try SavitzkyGolayFilter(window: 13, polyorder: 3, sampleRate: sampleRate), unitsPerSample: 1, unit: "samples"),
            Entry(name: "moving-average (centred 5)",
                  filter: try MovingAverageFilter(window: 5), unitsPerSample: 1, unit: "samples"),
            Entry(name: "exponential (zero-phase, alpha 0.5)",
                  filter: try ExponentialSmoothingFilter(alpha: 0.5, direction: .zeroPhase), unitsPerSample: 1, unit: "samples"),
            Entry(name: "fft (low-pass 12 Hz, reflect padding)",
                  filter: try FFTFilter(.lowpass(cutoff: 12), sampleRate: sampleRate), unitsPerSample: 1, unit: "samples"),
            Entry(name: "wavelet (db4 VisuShrink soft)",
                  filter: try WaveletDenoiser(wavelet: "db4"), unitsPerSample: 1, unit: "samples"),
            Entry(name: "kalman (constant velocity + RTS)",
                  filter: try KalmanSmoother(model: .constantVelocity, sampleRate: sampleRate, processNoise: 1e6, measurementNoise: 1),
                  unitsPerSample: 1, unit: "samples"),
            Entry(name: "kalman (constant acceleration + RTS)",
                  filter: try KalmanSmoother(model: .constantAcceleration, sampleRate: sampleRate, processNoise: 1e8, measurementNoise: 1),
                  unitsPerSample: 1, unit: "samples"),
            Entry(name: "ukf (constant velocity, forward)",
                  filter: try UnscentedKalmanSmoother(model: .constantVelocity, sampleRate: sampleRate, processNoise: 1e6, measurementNoise: 1),
                  unitsPerSample: 1, unit: "samples"),
            Entry(name: "particle (500 particles, systematic resampling)",
                  filter: try ParticleFilter(
                      sampleRate: sampleRate, particles: 500, positionDiffusion: 1000 / (2 * sampleRate * sampleRate),
                      velocityDiffusion: 1000 / sampleRate, measurementNoise: 1),
                  unitsPerSample: 500, unit: "particle updates"),
            Entry(name: "particle (500 particles, dwna motion)",
                  filter: try ParticleFilter(
                      sampleRate: sampleRate, particles: 500, motionModel: .whiteAcceleration(sigma: 1000), measurementNoise: 1),
                  unitsPerSample: 500, unit: "particle updates"),
        ]
    }
}
