internal import CFFTW
import Foundation

/// The direction of a real FFT: forward (real → half spectrum) or inverse.
enum FFTWRealDirection: Hashable, Sendable {
    case forward
    case inverse
}

/// How ``RealFFT`` computes a real transform of length `n` with FFTW.
enum RealFFTAlgorithm: Hashable, Sendable {
    /// One complex transform of length `n/2` on the samples packed in pairs, plus an O(n) split
    /// (even `n` only; see ``RealFFT``).
    case halfLengthComplex
    /// FFTW's own real-data plans, `r2c` forward and `c2r` inverse (any `n`).
    case realToComplex

    /// The longest transform ``RealFFT`` computes by ``halfLengthComplex``.
    ///
    /// Why a limit: with cached plans, the half-length transform ran 7-28 % faster than `r2c` for
    /// the lengths an analysis uses (Welch segments of 100-480 samples, SPARC's 256-4096), but
    /// FFTW's estimated complex plans of longer lengths are often slower than its `r2c` plans
    /// (forward, n = 8192: +16 %, 16384: +17 %, 32768: +36 %, 4800: +15 %), and at those lengths
    /// planning (1-2.6 ms) is worth only a few dozen transforms.
    static let longestHalfLength = 4096

    /// The algorithm ``RealFFT`` uses for length `count`: half-length complex for even lengths up to
    /// ``longestHalfLength``, `r2c` otherwise.
    static func preferred(count: Int) -> RealFFTAlgorithm {
        count.isMultiple(of: 2) && count <= longestHalfLength ? .halfLengthComplex : .realToComplex
    }
}

/// One FFTW plan, immutable after creation, with the twiddle factors of the half-length algorithm.
///
/// `fftw_execute_dft` / `fftw_execute_dft_r2c` / `fftw_execute_dft_c2r` (the new-array execute
/// functions) may run one plan from many threads at once, provided each call passes its own arrays
/// with the alignment the plan was made for (`fftw_alloc_*` buffers) and, as planned, distinct input
/// and output arrays.
struct FFTWPlan: @unchecked Sendable {
    let pointer: OpaquePointer
    /// ``RealFFTAlgorithm/halfLengthComplex`` only: `cos(2πk/n)` for `k = 0 ..< h`, then `sin(2πk/n)`
    /// for `k = 0 ..< h`, `h = (n/2 + 1)/2` (split so that neighbouring `k` load as one vector), shared
    /// by the forward and the inverse plan of `n`. `nil` for ``RealFFTAlgorithm/realToComplex``.
    let twiddles: UnsafePointer<Double>?
}

/// Process-wide cache of FFTW plans, one per transform length, algorithm and direction, created on
/// first use.
///
/// Planning is the expensive part of FFTW for one-shot use, and FFTW's real-data planner most of
/// all: here `FFTW_ESTIMATE` takes 0.45-2.2 ms per real (`r2c`) length once the planner is warm
/// (n = 120: 0.8 ms, 240: 1.4 ms, 2048: 1.0 ms, 32768: 1.9 ms, 1800: 2.2 ms; medians of 15 cold
/// processes), against 0.04-0.16 ms for the complex plan of length `n/2` that ``RealFFT`` uses for
/// even `n` (``RealFFTAlgorithm/halfLengthComplex``). The first plan of a process costs about
/// 0.3 ms more whichever kind it is (FFTW setting up its planner). `handpose analyze` plans four
/// lengths: 4.9 ms with `r2c`, 0.5 ms with the half-length plans. The twiddle factors of the
/// half-length algorithm (`n/4` sines and cosines) are computed with the first plan of a length and
/// kept with it.
///
/// Each direction is planned only when first asked for: most analyses never run an inverse
/// transform.
///
/// FFTW's planner is not thread-safe: planning is serialised behind ``lock`` (and
/// `fftw_make_planner_thread_safe()` is called once as a second line of defence for any other FFTW
/// user in the process). Plans and twiddles live for the rest of the process: a plan costs a few
/// kilobytes, and the number of distinct lengths used by an analysis is small (one per segment
/// length and sample rate), so there is no eviction.
final class FFTWPlanCache: @unchecked Sendable {
    static let shared = FFTWPlanCache()

    /// `FFTW_ESTIMATE` (`1U << 6`): heuristic planning that never touches the arrays it plans on.
    private static let estimate: UInt32 = 1 << 6

    private struct Key: Hashable {
        let count: Int
        let algorithm: RealFFTAlgorithm
        let direction: FFTWRealDirection
    }

    private let lock = NSLock()
    private var plans: [Key: FFTWPlan] = [:]
    /// Half-length twiddle tables by transform length `n`.
    private var twiddles: [Int: UnsafePointer<Double>] = [:]

    private init() {
        fftw_make_planner_thread_safe()
    }

    /// The plan for real transforms of length `count` by `algorithm` in `direction`, created under
    /// the lock if needed.
    ///
    /// - Precondition: `count` is even for ``RealFFTAlgorithm/halfLengthComplex``.
    func plan(_ direction: FFTWRealDirection, count: Int, algorithm: RealFFTAlgorithm) -> FFTWPlan {
        precondition(
            algorithm == .realToComplex || count.isMultiple(of: 2),
            "the half-length complex FFT needs an even length, got \(count)")
        lock.lock()
        defer { lock.unlock() }
        let key = Key(count: count, algorithm: algorithm, direction: direction)
        if let cached = plans[key] { return cached }
        let plan = switch algorithm {
        case .realToComplex: FFTWPlan(pointer: Self.realPlan(direction, count: count), twiddles: nil)
        case .halfLengthComplex:
            FFTWPlan(pointer: Self.halfLengthPlan(direction, count: count), twiddles: halfLengthTwiddles(count: count))
        }
        plans[key] = plan
        return plan
    }

    /// Number of cached lengths in `direction`, any algorithm (for tests and diagnostics).
    func cachedLengthCount(_ direction: FFTWRealDirection) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return plans.keys.filter { $0.direction == direction }.count
    }

    /// `r2c` or `c2r` of length `count`, out of place.
    private static func realPlan(_ direction: FFTWRealDirection, count: Int) -> OpaquePointer {
        let real = fftw_alloc_real(count)!
        let complex = fftw_alloc_complex(count / 2 + 1)!
        defer {
            fftw_free(real)
            fftw_free(complex)
        }
        let created = switch direction {
        case .forward: fftw_plan_dft_r2c_1d(Int32(count), real, complex, estimate)
        case .inverse: fftw_plan_dft_c2r_1d(Int32(count), complex, real, estimate)
        }
        guard let created else { preconditionFailure("FFTW could not plan a real transform of length \(count)") }
        return created
    }

    /// The complex transform of length `count/2`, out of place: `FFTW_FORWARD` (`e^{−2πi·jk/m}`)
    /// for `.forward`, `FFTW_BACKWARD` (`e^{+2πi·jk/m}`) for `.inverse`.
    private static func halfLengthPlan(_ direction: FFTWRealDirection, count: Int) -> OpaquePointer {
        let half = count / 2
        let input = fftw_alloc_complex(half)!
        let output = fftw_alloc_complex(half)!
        defer {
            fftw_free(input)
            fftw_free(output)
        }
        let sign: Int32 = direction == .forward ? FFTW_FORWARD : FFTW_BACKWARD
        guard let created = fftw_plan_dft_1d(Int32(half), input, output, sign, estimate) else {
            preconditionFailure("FFTW could not plan a complex transform of length \(half)")
        }
        return created
    }

    /// `cos(2πk/n)` for `k = 0 ..< h`, then `sin(2πk/n)` for `k = 0 ..< h`, `h = (n/2 + 1)/2` (the
    /// angles in `[0, π/2)`), computed on first use. Caller holds ``lock``.
    private func halfLengthTwiddles(count: Int) -> UnsafePointer<Double> {
        if let cached = twiddles[count] { return cached }
        let pairs = (count / 2 + 1) / 2
        let table = UnsafeMutablePointer<Double>.allocate(capacity: 2 * pairs)
        for k in 0..<pairs {
            let angle = 2 * Double.pi * Double(k) / Double(count)
            table[k] = cos(angle)
            table[pairs + k] = sin(angle)
        }
        let shared = UnsafePointer(table)
        twiddles[count] = shared
        return shared
    }
}
