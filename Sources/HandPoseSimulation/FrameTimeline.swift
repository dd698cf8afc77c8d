import HandPoseCore

/// The frames of a simulated recording: which nominal frames exist (after drops), when they were
/// captured (with jitter), and in which a hand is hidden by a gap.
struct FrameTimeline: Sendable {
    /// Nominal frame numbers k of the frames that were kept, increasing.
    let frameNumbers: [Int]
    /// Capture times in seconds of the kept frames: k/fps + N(0, J), rounded to whole microseconds
    /// and clamped strictly increasing; frame 0 is at exactly 0 s.
    let timestamps: [Double]
    /// Number of nominal frames dropped.
    let droppedCount: Int

    /// Builds the timeline. Jitter uses `timing`, drops use `drops`; every nominal frame consumes
    /// the same random numbers whether or not it is dropped.
    init(configuration: SimulationConfiguration, timing: inout SeededGenerator, drops: inout SeededGenerator) {
        let count = configuration.nominalFrameCount
        let fps = configuration.frameRate
        let jitter = configuration.jitterMilliseconds / 1000
        let minimumStep = max(1e-6, ((0.05 / fps) * 1e6).rounded() / 1e6)
        var numbers: [Int] = []
        var times: [Double] = []
        numbers.reserveCapacity(count)
        times.reserveCapacity(count)
        var previous = -Double.infinity
        var dropped = 0
        for k in 0..<count {
            let noise = timing.nextGaussian()
            let drop = drops.nextUniform() < configuration.dropRate
            var t = k == 0 ? 0 : ((Double(k) / fps + jitter * noise) * 1e6).rounded() / 1e6
            t = max(t, previous + minimumStep)
            previous = t
            if k > 0 && drop {
                dropped += 1
                continue
            }
            numbers.append(k)
            times.append(t)
        }
        frameNumbers = numbers
        timestamps = times
        droppedCount = dropped
    }
}
