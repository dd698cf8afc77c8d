internal import CLAPACK

/// Keeps BLAS single-threaded.
///
/// handpose parallelises across recordings and channels itself. LAPACK and BLAS are linked from
/// the system's static archives: the reference implementation, which has no threads, or OpenBLAS
/// when the system's `liblapack.a` alternative points there. OpenBLAS starts a thread pool when the
/// process starts and its idle workers spin on `sched_yield` for about 0.1 s (measured as a fifth of
/// a short `handpose analyze` run's CPU time), so every linear-algebra entry point first pins it to
/// one thread and stops the workers, once per process. With the reference BLAS this does nothing.
public enum BLASThreading {
    private static let singleThreaded: Bool = {
        handpose_blas_single_threaded()
        return true
    }()

    /// Pins OpenBLAS, when it is the linked BLAS, to one thread and stops its idle workers
    /// (idempotent; called by every ``LinearAlgebra`` function and at the start of the `handpose`
    /// executable).
    public static func ensureSingleThreaded() {
        _ = singleThreaded
    }
}
