internal import CFFTW
import Foundation

/// The forward (r2c) and inverse (c2r) FFTW plans for one transform length.
///
/// FFTW plans are immutable after creation and `fftw_execute_dft_r2c` / `fftw_execute_dft_c2r`
/// (the new-array execute functions) may run on one plan from many threads at once, provided each
/// call passes its own arrays with the alignment the plan was made for (`fftw_alloc_*` buffers).
struct FFTWPlanPair: @unchecked Sendable {
    let forward: OpaquePointer
    let inverse: OpaquePointer
}

/// Process-wide cache of FFTW plans, one pair per transform length, created on first use.
///
/// FFTW's planner is not thread-safe: planning and destroying plans are serialised behind
/// ``lock`` (and `fftw_make_planner_thread_safe()` is called once as a second line of defence for
/// any other FFTW user in the process). Plans live for the rest of the process: a pair costs a few
/// kilobytes, and the number of distinct lengths used by an analysis is small (one per segment
/// length and sample rate), so there is no eviction.
final class FFTWPlanCache: @unchecked Sendable {
    static let shared = FFTWPlanCache()

    /// `FFTW_ESTIMATE` (`1U << 6`): heuristic planning, about 33 µs at n = 1024, never touches
    /// the arrays it plans on.
    private static let estimate: UInt32 = 1 << 6

    private let lock = NSLock()
    private var plans: [Int: FFTWPlanPair] = [:]

    private init() {
        fftw_make_planner_thread_safe()
    }

    /// The plans for real transforms of length `count`, created under the lock if needed.
    func plans(count: Int) -> FFTWPlanPair {
        lock.lock()
        defer { lock.unlock() }
        if let cached = plans[count] { return cached }
        let real = fftw_alloc_real(count)!
        let complex = fftw_alloc_complex(count / 2 + 1)!
        defer {
            fftw_free(real)
            fftw_free(complex)
        }
        guard
            let forward = fftw_plan_dft_r2c_1d(Int32(count), real, complex, Self.estimate),
            let inverse = fftw_plan_dft_c2r_1d(Int32(count), complex, real, Self.estimate)
        else {
            preconditionFailure("FFTW could not plan a real transform of length \(count)")
        }
        let pair = FFTWPlanPair(forward: forward, inverse: inverse)
        plans[count] = pair
        return pair
    }

    /// Number of cached lengths (for tests and diagnostics).
    var cachedLengthCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return plans.count
    }
}
