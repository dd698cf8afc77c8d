import HandPoseCore

extension SimulationConfiguration {
    /// The same configuration without measurement noise (`noiseMillimetres` 0), everything else
    /// unchanged.
    ///
    /// Every random stream of the simulator is drawn whatever the noise level (the noise generator
    /// draws three Gaussian numbers per landmark and frame and scales them by `noiseMillimetres`),
    /// so the noiseless configuration keeps the same frames, timestamps, drops, gaps, movement
    /// schedule and tremor phase: its recording is the noisy one minus exactly its noise.
    public var noiseless: SimulationConfiguration {
        var copy = self
        copy.noiseMillimetres = 0
        return copy
    }
}

extension RecordingSimulator {
    /// The true clean signal of `simulate(configuration)`: the recording it would produce without
    /// its Gaussian landmark noise.
    ///
    /// Same frames, timestamps, presence, gaps, voluntary movement and tremor (phase included) as
    /// the noisy recording; only the noise is missing, so `noisy − clean` is exactly
    /// `noiseMillimetres · z` with `z` the simulator's standard normal draws (converted to the
    /// recording's units). In normalized units depth is relative to the noise-free wrist.
    ///
    /// - Precondition: `configuration.validate()` does not throw.
    /// - Complexity: that of ``simulate(_:)``.
    public static func cleanRecording(for configuration: SimulationConfiguration) -> Recording {
        simulate(configuration.noiseless).recording
    }
}
