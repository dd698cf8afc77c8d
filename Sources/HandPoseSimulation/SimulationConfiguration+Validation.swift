import HandPoseCore

extension SimulationConfiguration {
    /// Checks every parameter and throws the first problem found, stating the bad value and the
    /// allowed range.
    ///
    /// Rules: duration finite and > 0 with at least two frames; frame rate in 1…1000 fps; noise ≥ 0;
    /// drop rate in `[0, 1)`; jitter ≥ 0 and below the frame interval; at least one hand, no
    /// duplicates; tremor only on simulated hands, frequency > 0 and below Nyquist (fps/2),
    /// amplitude ≥ 0, direction finite and non-zero; gaps on simulated hands, length > 0 and
    /// shorter than the duration, start ≥ 0 and start + length ≤ duration.
    ///
    /// - Throws: ``SimulationError`` with code ``SimulationError/Code/invalidConfiguration``.
    public func validate() throws {
        func fail(_ message: String) -> SimulationError { SimulationError(.invalidConfiguration, message) }
        guard duration.isFinite, duration > 0 else {
            throw fail("duration \(duration) s must be a positive number of seconds")
        }
        guard frameRate.isFinite, (1...1000).contains(frameRate) else {
            throw fail("frame rate \(frameRate) fps must be between 1 and 1000")
        }
        guard duration * frameRate >= 1.5 else {
            throw fail("duration \(duration) s at \(frameRate) fps gives fewer than 2 frames; make it longer")
        }
        guard noiseMillimetres.isFinite, noiseMillimetres >= 0 else {
            throw fail("noise \(noiseMillimetres) mm must be zero or a positive number of millimetres")
        }
        guard dropRate.isFinite, dropRate >= 0, dropRate < 1 else {
            throw fail("drop rate \(dropRate) must be in [0, 1)")
        }
        let frameIntervalMs = 1000 / frameRate
        guard jitterMilliseconds.isFinite, jitterMilliseconds >= 0, jitterMilliseconds < frameIntervalMs else {
            throw fail(
                "jitter \(jitterMilliseconds) ms must be zero or positive and below the frame interval "
                    + "\(formatted(frameIntervalMs)) ms at \(frameRate) fps")
        }
        guard !hands.isEmpty else { throw fail("at least one hand must be simulated") }
        guard Set(hands).count == hands.count else { throw fail("hands \(hands.map(\.rawValue)) list a hand twice") }
        let nyquist = frameRate / 2
        for side in HandSide.allCases {
            guard let spec = tremor[side] else { continue }
            guard hands.contains(side) else {
                throw fail("tremor is given for the \(side) hand, which is not simulated")
            }
            guard spec.frequencyHz.isFinite, spec.frequencyHz > 0 else {
                throw fail("\(side) tremor frequency \(spec.frequencyHz) Hz must be positive")
            }
            guard spec.frequencyHz < nyquist else {
                throw fail(
                    "\(side) tremor frequency \(spec.frequencyHz) Hz must be below Nyquist "
                        + "\(formatted(nyquist)) Hz for a \(frameRate) fps recording")
            }
            guard spec.amplitudeMillimetres.isFinite, spec.amplitudeMillimetres >= 0 else {
                throw fail("\(side) tremor amplitude \(spec.amplitudeMillimetres) mm must be zero or positive")
            }
            guard spec.direction.isFinite, spec.direction.length > 0 else {
                throw fail("\(side) tremor direction \(spec.direction) must be finite and non-zero")
            }
        }
        for gap in gaps {
            if let hand = gap.hand, !hands.contains(hand) {
                throw fail("a gap is given for the \(hand) hand, which is not simulated")
            }
            guard gap.length.isFinite, gap.length > 0 else {
                throw fail("gap length \(gap.length) s must be positive")
            }
            guard gap.length < duration else {
                throw fail("gap length \(gap.length) s must be shorter than the duration \(duration) s")
            }
            if let start = gap.start {
                guard start.isFinite, start >= 0 else { throw fail("gap start \(start) s must be zero or positive") }
                guard start + gap.length <= duration else {
                    throw fail("gap \(start)…\(start + gap.length) s must end within the duration \(duration) s")
                }
            }
        }
    }

    private func formatted(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : "\(rounded)"
    }
}
