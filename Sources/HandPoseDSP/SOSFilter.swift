/// Applies second-order sections to uniformly sampled data: causally (scipy `sosfilt`) or
/// forward-backward with zero phase (scipy `sosfiltfilt`).
///
/// **Causal** (``filter(_:into:state:)``): the cascade in transposed direct form II (see
/// ``SOSKernel``), starting from a given state — zeros reproduce `sosfilt(sos, x)`,
/// ``SecondOrderSections/steadyStateInitialConditions`` × `x[0]` reproduces
/// `sosfilt(sos, x, zi=sosfilt_zi(sos)*x[0])`.
///
/// **Zero phase** (``filtfilt(_:into:padding:padLength:)``), as `sosfiltfilt(sos, x, padtype, padlen)`:
/// 1. extend `x` by `n` samples at each end (``Padding``; default odd, `n = 3·tapCount`);
/// 2. filter forward from the steady state scaled by the first extended sample;
/// 3. filter the result backward from the steady state scaled by its last sample;
/// 4. drop the `n` samples at each end.
///
/// The magnitude response is `|H(f)|²` and the phase is zero; the run must be longer than `n`.
///
/// Complexity: O(N · sections) per call, ≈ 5 multiplies and 4 adds per sample and section (twice
/// for zero phase); two pad buffers of `n` samples per call (on the stack when small), nothing per
/// sample. An `SOSFilter` is immutable and may be shared across threads.
public struct SOSFilter: Sendable, Hashable {
    /// The sections applied.
    public let sections: SecondOrderSections
    /// ``SecondOrderSections/steadyStateInitialConditions``, computed once.
    public let steadyState: [Double]

    public init(_ sections: SecondOrderSections) {
        self.sections = sections
        self.steadyState = sections.steadyStateInitialConditions
    }

    /// The number of state values, two per section.
    public var stateCount: Int { 2 * sections.count }

    /// The padding length used by ``filtfilt(_:into:padding:padLength:)``: 0 for `unpadded`,
    /// otherwise `padLength` or, when `nil`, scipy's default `3 · tapCount`.
    public func effectivePadLength(padding: Padding, padLength: Int? = nil) -> Int {
        padding == .unpadded ? 0 : (padLength ?? sections.defaultPadLength)
    }

    // MARK: Causal

    /// Filters `input` into `output` (same count; they may be the same memory) causally.
    ///
    /// `state` (``stateCount`` values, `[z0, z1]` per section) is the initial state on entry and the
    /// final state on return, so consecutive blocks can be filtered as one stream.
    public func filter(
        _ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>,
        state: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(output.count == input.count, "output has \(output.count) samples, input \(input.count)")
        precondition(state.count == stateCount, "state has \(state.count) values, \(sections.count) sections need \(stateCount)")
        let count = input.count
        guard count > 0, let destination = output.baseAddress, let source = input.baseAddress else { return }
        if UnsafePointer(destination) != source { destination.update(from: source, count: count) }
        sections.coefficients.withUnsafeBufferPointer { c in
            SOSKernel.cascade(
                coefficients: c.baseAddress!, state: state.baseAddress!, sectionCount: sections.count,
                data: destination, count: count, stride: 1)
        }
    }

    /// Filters an array causally from `initialState` (``stateCount`` values; zeros when `nil`, as
    /// scipy's `sosfilt`) and returns the output with the final state.
    public func filter(_ input: [Double], initialState: [Double]? = nil) -> (output: [Double], finalState: [Double]) {
        var state = initialState ?? [Double](repeating: 0, count: stateCount)
        var output = [Double](repeating: 0, count: input.count)
        input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { destination in
                state.withUnsafeMutableBufferPointer { filter(source, into: destination, state: $0) }
            }
        }
        return (output, state)
    }

    /// Filters an array causally starting in the steady state for its first sample (no start-up
    /// transient on a constant or slowly varying signal): `sosfilt(sos, x, zi=sosfilt_zi(sos)*x[0])`.
    public func filterFromSteadyState(_ input: [Double]) -> [Double] {
        guard let first = input.first else { return [] }
        return filter(input, initialState: steadyState.map { $0 * first }).output
    }

    // MARK: Zero phase

    /// Filters `input` into `output` (same count; they may be the same memory) forward and
    /// backward with zero phase, as scipy's `sosfiltfilt`.
    ///
    /// - Precondition: `input.count > effectivePadLength(padding:padLength:)` (scipy raises
    ///   `ValueError`), `padLength ≥ 0`.
    public func filtfilt(
        _ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>,
        padding: Padding = .odd, padLength: Int? = nil
    ) {
        let count = input.count
        let edge = effectivePadLength(padding: padding, padLength: padLength)
        precondition(edge >= 0, "pad length \(edge) must not be negative")
        precondition(count > edge, "zero-phase filtering with \(edge) samples of padding needs more than \(edge) samples, got \(count)")
        precondition(output.count == count, "output has \(output.count) samples, input \(count)")
        let sectionCount = sections.count
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * edge + stateCount) { scratch in
            let base = scratch.baseAddress!
            let prefix = UnsafeMutableBufferPointer(start: base, count: edge)
            let suffix = UnsafeMutableBufferPointer(start: base + edge, count: edge)
            let state = base + 2 * edge
            padding.fillPrefix(of: input, into: prefix)
            padding.fillSuffix(of: input, into: suffix)
            let firstExtended = edge > 0 ? prefix[0] : input[0]
            let data = output.baseAddress!
            if UnsafePointer(data) != input.baseAddress! { data.update(from: input.baseAddress!, count: count) }
            steadyState.withUnsafeBufferPointer { zi in
                sections.coefficients.withUnsafeBufferPointer { c in
                    let coefficients = c.baseAddress!
                    for index in 0..<stateCount { state[index] = zi[index] * firstExtended }
                    var first = 0
                    while first < sectionCount {
                        let size = min(2, sectionCount - first)
                        SOSKernel.pass(coefficients: coefficients, state: state, first: first, size: size, data: base, count: edge, stride: 1)
                        SOSKernel.pass(coefficients: coefficients, state: state, first: first, size: size, data: data, count: count, stride: 1)
                        SOSKernel.pass(coefficients: coefficients, state: state, first: first, size: size, data: base + edge, count: edge, stride: 1)
                        first += size
                    }
                    let lastForward = edge > 0 ? suffix[edge - 1] : data[count - 1]
                    for index in 0..<stateCount { state[index] = zi[index] * lastForward }
                    first = 0
                    while first < sectionCount {
                        let size = min(2, sectionCount - first)
                        // Backward: the suffix from its end, then the run from its end; the prefix
                        // would only feed samples that are cut away.
                        SOSKernel.pass(coefficients: coefficients, state: state, first: first, size: size, data: base + 2 * edge - 1, count: edge, stride: -1)
                        SOSKernel.pass(coefficients: coefficients, state: state, first: first, size: size, data: data + count - 1, count: count, stride: -1)
                        first += size
                    }
                }
            }
        }
    }

    /// Zero-phase filtering of an array (see ``filtfilt(_:into:padding:padLength:)``).
    public func filtfilt(_ input: [Double], padding: Padding = .odd, padLength: Int? = nil) -> [Double] {
        [Double](unsafeUninitializedCapacity: input.count) { output, initialized in
            input.withUnsafeBufferPointer { filtfilt($0, into: output, padding: padding, padLength: padLength) }
            initialized = input.count
        }
    }
}
