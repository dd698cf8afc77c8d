internal import CFFTW
import HandPoseCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Why a limit: with cached plans, the half-length forward transform ran 3-27 % faster than
    /// `r2c` here for n = 100-512, 2048 and 4096 (Welch's 4 s segments at 25-120 fps, SPARC's powers
    /// of two), though not at every length (300, 900, 960, 1800: 11-34 % slower, FFTW's estimated
    /// complex plans of n/2 being slower than its `r2c` plans). Above 4096 the complex plans were
    /// mostly slower (8192: +16 %, 16384: +17 %, 32768: +28-36 %, 4800: +15 %; 72000: −25 %), and
    /// there the extra planning of `r2c` (1-2.6 ms) is repaid after some 60 (n = 32768) to 400
    /// (n = 8192) transforms.
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
/// all. Measured here (`FFTW_ESTIMATE`, medians of 15 processes, planner already set up):
///
/// | n                        | 120     | 240     | 256     | 512     | 1800    | 2048    | 32768   |
/// |--------------------------|---------|---------|---------|---------|---------|---------|---------|
/// | `r2c` of n               | 0.82 ms | 1.43 ms | 0.52 ms | 0.54 ms | 2.24 ms | 1.04 ms | 1.90 ms |
/// | complex of n/2, forward  | 0.04 ms | 0.04 ms | 0.04 ms | 0.04 ms | 0.16 ms | 0.04 ms | 0.15 ms |
///
/// (`c2r` costs as much as `r2c`.) The first plan of a process costs 0.3-0.4 ms more, whichever kind
/// it is: FFTW setting up its planner. So ``RealFFT`` computes even lengths up to
/// ``RealFFTAlgorithm/longestHalfLength`` with a complex plan of half the length
/// (``RealFFTAlgorithm/halfLengthComplex``): `handpose analyze` of a one-minute recording plans
/// lengths 120, 240, 256 and 512, which took 4.8-4.9 ms as `r2c` plans and take 0.5 ms as complex
/// plans of 60, 120, 128 and 256 points. The twiddle factors of that algorithm (`n/4` cosines and
/// sines) are computed with the first plan of a length, in either direction, and kept with it.

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

    private let lock = Lock()
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
