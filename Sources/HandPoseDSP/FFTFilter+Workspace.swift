import HandPoseCore
import HandPoseNumerics

extension FFTFilter {
    /// The transform and the spectrum arrays for `.periodic` padding of one transform length, kept
    /// per thread (``CosineWorkspace`` is its `.reflect` counterpart).
    ///
    /// Why: fresh buffers of this size (hundreds of kilobytes) come from `mmap` and cost a page
    /// fault per 4 KiB on every call, which tripled the run time at 10⁴ samples. Each thread keeps
    /// the workspace of the last length it used (the usual pattern is many channels of one run
    /// length in a row), so a call allocates only when the length changes. Nothing is shared
    /// between threads, so `apply` stays safe to call concurrently.
    final class Workspace {
        let length: Int
        let fft: RealFFT
        let real: UnsafeMutableBufferPointer<Double>
        let imaginary: UnsafeMutableBufferPointer<Double>

        init(length: Int) {
            self.length = length
            fft = RealFFT(count: length)
            real = .allocate(capacity: fft.spectrumCount)
            imaginary = .allocate(capacity: fft.spectrumCount)
        }

        deinit {
            real.deallocate()
            imaginary.deallocate()
        }

        /// The calling thread's workspace.
        private static let perThread = ThreadLocal<Workspace>()

        /// This thread's workspace for `length`, replacing one of another length.
        static func current(length: Int) -> Workspace {
            if let cached = perThread.value, cached.length == length { return cached }
            let workspace = Workspace(length: length)
            perThread.value = workspace
            return workspace
        }
    }
}
