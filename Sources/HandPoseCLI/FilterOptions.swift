import ArgumentParser
import HandPoseCore

/// `--method`: the nine filters of `handpose filter`.
public enum FilterMethod: String, ExpressibleByArgument, CaseIterable, Sendable {
    case butterworth, savgol, movingAverage = "moving-average", exponential, fft, wavelet, kalman, ukf, particle
}

/// `--type`: the pass band of the Butterworth and FFT filters.
public enum BandType: String, ExpressibleByArgument, CaseIterable, Sendable {
    case lowpass, highpass, bandpass, bandstop
}

/// `--band LOW,HIGH` in Hz.
public struct BandArgument: ExpressibleByArgument, Sendable, Hashable {
    public let low: Double
    public let high: Double

    public init?(argument: String) {
        let parts = argument.split(separator: ",").map { Double($0.trimmingWhitespace()) }
        guard parts.count == 2, let low = parts[0], let high = parts[1] else { return nil }
        self.low = low
        self.high = high
    }
}

/// Every method's parameters, named as the references name them. Each method reads the options
/// that apply to it; `FilterFactory` rejects options that do not.
public struct FilterOptions: ParsableArguments {
    // Butterworth and FFT
    @Option(help: "Butterworth order (default 4).")
    public var order: Int?
    @Option(help: "Cut-off frequency in Hz for lowpass/highpass (default 12 Hz, the top of the tremor band).")
    public var cutoff: Double?
    @Option(help: "Band edges LOW,HIGH in Hz for bandpass/bandstop (default 3,12).")
    public var band: BandArgument?
    @Option(help: "Pass band: lowpass, highpass, bandpass or bandstop (default lowpass, or bandpass with --band).")
    public var type: BandType?
    @Flag(help: "Causal (one-pass) filtering instead of zero-phase: Butterworth sosfilt, forward exponential.")
    public var causal = false
    @Option(help: "FFT filter: raised-cosine transition width in Hz (default: ideal brick wall).")
    public var taper: Double?

    // Savitzky-Golay and moving average
    @Option(help: "Window length in samples (Savitzky-Golay default: odd, about 0.2 s; moving average default 5).")
    public var window: Int?
    @Option(help: "Savitzky-Golay polynomial order (default 3).")
    public var polyorder: Int?
    @Option(help: "Savitzky-Golay derivative 0-2 (default 0); derivatives are per second.")
    public var deriv: Int?
    @Option(help: "Edge mode: Savitzky-Golay interp|mirror|nearest|constant|wrap (default interp); wavelet symmetric|periodization|zero|constant (default symmetric).")
    public var mode: String?
    @Option(help: "Moving-average alignment: centered or trailing (default centered).")
    public var alignment: String?

    // Exponential and UKF
    @Option(help: "Exponential smoothing factor in (0, 1] (default 0.5), or the UKF sigma-point spread (default 0.1).")
    public var alpha: Double?
    @Option(help: "UKF beta (default 2, optimal for Gaussian priors).")
    public var beta: Double?
    @Option(help: "UKF kappa (default 0).")
    public var kappa: Double?

    // Wavelet
    @Option(help: "Wavelet: db1-db10, sym2-sym10, coif1-coif5 (default db4).")
    public var wavelet: String?
    @Option(help: "Wavelet decomposition level (default: the maximum for each run's length).")
    public var level: Int?
    @Option(help: "Wavelet threshold: soft or hard (default soft).")
    public var threshold: String?

    // Kalman family
    @Option(help: "Kalman, UKF, particle: variance of the white-noise acceleration (cv) or jerk (ca), in mm²/s⁴ or mm²/s⁶ (default 1e6 / 1e8).")
    public var processNoise: Double?
    @Option(help: "Measurement noise variance in mm² (default 1; particle: estimated from the data).")
    public var measurementNoise: Double?
    @Option(help: "Motion model: cv (constant velocity) or ca (constant acceleration) (default cv); particle: cv (independent position and velocity diffusion) or dwna (one white-noise acceleration, half the draws) (default cv).")
    public var model: String?
    @Flag(help: "Kalman: forward filter only, without the Rauch-Tung-Striebel smoother (the UKF is always forward only).")
    public var noSmooth = false
    @Option(help: "Particle filter: number of particles (default 500).")
    public var particles: Int?
    @Option(help: "Particle filter: random seed (default 0); the same seed gives the same output.")
    public var seed: UInt64?
    @Flag(help: "Particle filter: one particle cloud per landmark over its x, y and z, weighted by all three (about a third of the work of one cloud per coordinate).")
    public var joint = false

    public init() {}
}
