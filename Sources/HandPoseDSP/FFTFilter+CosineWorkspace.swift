import HandPoseCore
import HandPoseNumerics

extension FFTFilter {
    /// The cosine transform, the coefficient scratch and the mask for `.reflect` padding of one
    /// record length, kept per thread like ``Workspace``.
    ///
    /// The mask `H(k · fs / 2n)` is kept with the filter it belongs to: evaluating it costs about
    /// as much as a transform, and consecutive channels usually share both filter and length.
    final class CosineWorkspace {
        let length: Int
        let transform: RealCosineTransform
        let coefficients: UnsafeMutableBufferPointer<Double>
        let gains: UnsafeMutableBufferPointer<Double>
        /// The filter whose mask `gains` holds, if any.
        private var gainsFilter: FFTFilter?

        init(length: Int) {
            self.length = length
            transform = RealCosineTransform(count: length)
            coefficients = .allocate(capacity: length)
            gains = .allocate(capacity: length)
        }

        deinit {
            coefficients.deallocate()
            gains.deallocate()
        }

        /// `gains[k] = H(k · fs / 2n)` for `filter`, computed on first use.
        func mask(for filter: FFTFilter) -> UnsafeBufferPointer<Double> {
            if gainsFilter != filter {
                let binWidth = filter.sampleRate / Double(2 * length)
                for k in 0..<length { gains[k] = filter.gain(atFrequency: Double(k) * binWidth) }
                gainsFilter = filter
            }
            return UnsafeBufferPointer(gains)
        }

        /// The calling thread's workspace.
        private static let perThread = ThreadLocal<CosineWorkspace>()

        /// This thread's workspace for `length`, replacing one of another length.
        static func current(length: Int) -> CosineWorkspace {
            if let cached = perThread.value, cached.length == length { return cached }
            let workspace = CosineWorkspace(length: length)
            perThread.value = workspace
            return workspace
        }
    }
}
