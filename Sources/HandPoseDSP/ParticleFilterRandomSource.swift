import HandPoseCore

/// The random draws a ``ParticleFilter`` consumes, injectable so that a run can be replayed:
/// ``SeededGenerator`` (deterministic on every machine) in production, recorded arrays in tests.
///
/// Order of draws for a run of T samples and N particles:
/// 1. initialisation: for each particle, two standard normals (position, velocity);
/// 2. each step k: for each particle, two standard normals (position, velocity), then **one**
///    uniform in [0, 1) — drawn at every step whether or not the step resamples, so the stream
///    never depends on the data.
public protocol ParticleRandomSource {
    /// A standard normal deviate (mean 0, standard deviation 1).
    mutating func nextGaussian() -> Double
    /// A uniform deviate in `[0, 1)`.
    mutating func nextUniform() -> Double
    /// `buffer.count` standard normal deviates, the same as that many ``nextGaussian()`` calls
    /// (a source may produce them faster in bulk; the default calls ``nextGaussian()``).
    mutating func fillGaussians(_ buffer: UnsafeMutableBufferPointer<Double>)
}

extension ParticleRandomSource {
    public mutating func fillGaussians(_ buffer: UnsafeMutableBufferPointer<Double>) {
        for i in buffer.indices { buffer[i] = nextGaussian() }
    }
}

/// xoshiro256** with the polar method, identical on every platform; batched ``SeededGenerator/fillGaussians(_:)``.
extension SeededGenerator: ParticleRandomSource {}
