#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import HandPoseDSP

/// The gain and delay of a filter's output relative to a reference signal at one frequency,
/// estimated from the data (the H₁ estimator of a transfer function at a single frequency).
///
/// For every channel `c` and every stretch where both signals are finite (at least two periods and
/// 8 samples long), each signal is linearly detrended (least squares against time), multiplied by
/// a Hann window over the stretch `w(t) = ½ − ½cos(2π(t − t₀)/(t_last − t₀))` and transformed at
/// `f` on its real timestamps: `X = Σₙ w(tₙ)·x̃(tₙ)·e^{−i2πf tₙ}` (reference), `Y` likewise
/// (output). The cross- and auto-spectra are summed over every stretch of every channel:
///
///     H(f) = Σ conj(X)·Y / Σ |X|²
///     amplitude ratio = |H(f)|,   lag = −arg H(f) / (2πf)  (s; positive: the output lags)
///
/// For a linear time-invariant filter and a reference with power at `f`, `H(f)` is the filter's
/// frequency response there; noise uncorrelated with the reference averages out of the sum, and
/// channels weigh in with their power at `f`. The lag is unambiguous within ±half a period.
///
/// Complexity: O(channels · samples), two trigonometric calls per sample.
public struct FrequencyResponse: Sendable, Hashable {
    /// The frequency, Hz.
    public var frequencyHz: Double
    /// `|H(f)|`: 1 keeps the amplitude, below 1 attenuates.
    public var amplitudeRatio: Double
    /// `−arg H(f) / (2πf)`, seconds; positive when the output lags the reference.
    public var lagSeconds: Double

    public init(frequencyHz: Double, amplitudeRatio: Double, lagSeconds: Double) {
        self.frequencyHz = frequencyHz
        self.amplitudeRatio = amplitudeRatio
        self.lagSeconds = lagSeconds
    }

    /// Estimates `H(f)` of `output` against `reference` (one array per channel, same counts as
    /// `times`, NaN where missing).
    ///
    /// - Returns: `nil` when no stretch is long enough or the reference has no power at `f`.
    public static func estimate(
        reference: [[Double]], output: [[Double]], times: [Double], frequencyHz: Double
    ) -> FrequencyResponse? {
        precondition(reference.count == output.count, "\(reference.count) reference channels for \(output.count) output channels")
        guard frequencyHz > 0, frequencyHz.isFinite else { return nil }
        var crossReal = 0.0, crossImaginary = 0.0, power = 0.0
        var both = [Double](repeating: .nan, count: times.count)
        for (x, y) in zip(reference, output) {
            precondition(x.count == times.count && y.count == times.count, "channels of \(x.count) and \(y.count) samples for \(times.count) times")
            for index in times.indices { both[index] = x[index].isFinite && y[index].isFinite ? 0 : .nan }
            for run in ContiguousRun.runs(in: both) {
                let t = times[run.range]
                guard run.count >= 8, t.last! - t.first! >= 2 / frequencyHz else { continue }
                let a = transform(x[run.range], times: t, frequencyHz: frequencyHz)
                let b = transform(y[run.range], times: t, frequencyHz: frequencyHz)
                // conj(a)·b
                crossReal += a.real * b.real + a.imaginary * b.imaginary
                crossImaginary += a.real * b.imaginary - a.imaginary * b.real
                power += a.real * a.real + a.imaginary * a.imaginary
            }
        }
        guard power > 0, power.isFinite else { return nil }
        let real = crossReal / power, imaginary = crossImaginary / power
        return FrequencyResponse(
            frequencyHz: frequencyHz, amplitudeRatio: (real * real + imaginary * imaginary).squareRoot(),
            lagSeconds: -atan2(imaginary, real) / (2 * Double.pi * frequencyHz))
    }

    /// The Hann-windowed transform at `f` of the linearly detrended stretch.
    private static func transform(
        _ values: ArraySlice<Double>, times: ArraySlice<Double>, frequencyHz: Double
    ) -> (real: Double, imaginary: Double) {
        let origin = times.first!, span = times.last! - origin
        let count = Double(values.count)
        var meanT = 0.0, meanX = 0.0
        for (t, x) in zip(times, values) {
            meanT += t - origin
            meanX += x
        }
        meanT /= count
        meanX /= count
        var covariance = 0.0, variance = 0.0
        for (t, x) in zip(times, values) {
            covariance += (t - origin - meanT) * (x - meanX)
            variance += (t - origin - meanT) * (t - origin - meanT)
        }
        let slope = variance > 0 ? covariance / variance : 0
        var real = 0.0, imaginary = 0.0
        let omega = 2 * Double.pi * frequencyHz
        for (t, x) in zip(times, values) {
            let relative = t - origin
            let window = 0.5 - 0.5 * cos(2 * Double.pi * relative / span)
            let detrended = x - meanX - slope * (relative - meanT)
            let phase = omega * t
            real += window * detrended * cos(phase)
            imaginary -= window * detrended * sin(phase)
        }
        return (real, imaginary)
    }
}
