internal import CLAPACK

/// OpenBLAS thread-pool configuration.
///
/// handpose parallelises across recordings and channels itself; OpenBLAS's own pool would
/// oversubscribe the cores, so every linear-algebra entry point first pins it to one thread
/// (`openblas_set_num_threads(1)`, done once per process) and stops the worker threads OpenBLAS
/// started when it was loaded: they spin on `sched_yield` for about 0.1 s before sleeping, which
/// measured here as a fifth of a short `handpose analyze` run's CPU time. Executables call
/// ``ensureSingleThreaded()`` first thing so the spinning ends at once.
public enum BLASThreading {
    private static let singleThreaded: Bool = {
        openblas_set_num_threads(1)
        _ = blas_thread_shutdown_()
        return true
    }()

    /// Pins OpenBLAS to one thread and stops its idle workers (idempotent; called by every
    /// ``LinearAlgebra`` function and at the start of the `handpose` executable).
    public static func ensureSingleThreaded() {
        _ = singleThreaded
    }

    /// The number of threads OpenBLAS currently uses.
    public static var threadCount: Int { Int(openblas_get_num_threads()) }
}
