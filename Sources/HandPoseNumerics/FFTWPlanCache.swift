internal import CFFTW
import Foundation

/// The direction of a real FFTW transform: forward (r2c) or inverse (c2r).
enum FFTWRealDirection: Hashable, Sendable {
    case forward
    case inverse
}

/// One FFTW plan, immutable after creation.
///
/// `fftw_execute_dft_r2c` / `fftw_execute_dft_c2r` (the new-array execute functions) may run one
/// plan from many threads at once, provided each call passes its own arrays with the alignment the
/// plan was made for (`fftw_alloc_*` buffers).
struct FFTWPlan: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// Process-wide cache of FFTW plans, one per transform length and direction, created on first use.
///
/// Planning is the expensive part of FFTW for one-shot use: even `FFTW_ESTIMATE` takes 0.6-2 ms per
/// plan here (n = 120: 0.7 ms, n = 32768: 1.7 ms), more than transforming a minute of landmarks.
/// So each direction is planned only when first asked for: most analyses never run an inverse
/// transform, and planning both would double the cost of a cold process.
///
/// FFTW's planner is not thread-safe: planning is serialised behind ``lock`` (and
/// `fftw_make_planner_thread_safe()` is called once as a second line of defence for any other FFTW
/// user in the process). Plans live for the rest of the process: a plan costs a few kilobytes, and
/// the number of distinct lengths used by an analysis is small (one per segment length and sample
/// rate), so there is no eviction.
final class FFTWPlanCache: @unchecked Sendable {
    static let shared = FFTWPlanCache()

    /// `FFTW_ESTIMATE` (`1U << 6`): heuristic planning that never touches the arrays it plans on.
    private static let estimate: UInt32 = 1 << 6

    private struct Key: Hashable {
        let count: Int
        let direction: FFTWRealDirection
    }

    private let lock = NSLock()
    private var plans: [Key: FFTWPlan] = [:]

    private init() {
        fftw_make_planner_thread_safe()
    }

    /// The plan for real transforms of length `count` in `direction`, created under the lock if needed.
    func plan(_ direction: FFTWRealDirection, count: Int) -> FFTWPlan {
        lock.lock()
        defer { lock.unlock() }
        let key = Key(count: count, direction: direction)
        if let cached = plans[key] { return cached }
        let real = fftw_alloc_real(count)!
        let complex = fftw_alloc_complex(count / 2 + 1)!
        defer {
            fftw_free(real)
            fftw_free(complex)
        }
        let created = switch direction {
        case .forward: fftw_plan_dft_r2c_1d(Int32(count), real, complex, Self.estimate)
        case .inverse: fftw_plan_dft_c2r_1d(Int32(count), complex, real, Self.estimate)
        }
        guard let created else {
            preconditionFailure("FFTW could not plan a real transform of length \(count)")
        }
        let plan = FFTWPlan(pointer: created)
        plans[key] = plan
        return plan
    }

    /// Number of cached lengths in `direction` (for tests and diagnostics).
    func cachedLengthCount(_ direction: FFTWRealDirection) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return plans.keys.filter { $0.direction == direction }.count
    }
}
