internal import CLAPACK

/// OpenBLAS thread-pool configuration.
///
/// handpose parallelises across recordings and channels itself; OpenBLAS's own pool would
/// oversubscribe the cores, so every linear-algebra entry point first pins it to one thread
/// (`openblas_set_num_threads(1)`, done once per process).
public enum BLASThreading {
    private static let singleThreaded: Bool = {
        openblas_set_num_threads(1)
        return true
    }()

    /// Pins OpenBLAS to one thread (idempotent; called by every ``LinearAlgebra`` function).
    public static func ensureSingleThreaded() {
        _ = singleThreaded
    }

    /// The number of threads OpenBLAS currently uses.
    public static var threadCount: Int { Int(openblas_get_num_threads()) }
}
