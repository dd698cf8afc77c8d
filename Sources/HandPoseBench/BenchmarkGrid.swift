import HandPoseCore
import HandPoseSimulation

/// A grid of simulated cells: every combination of frame rate, tremor frequency, tremor amplitude
/// and noise level over a base configuration, so one benchmark shows how each filter behaves from
/// 30 to 120 fps and from 1 to 5 mm of noise.
///
/// Cells are ordered with the frame rate varying slowest, then tremor frequency, tremor amplitude
/// and noise; every simulated hand gets the cell's tremor (direction ``TremorSpec/defaultDirection``).
/// All cells share the base's seed, so they differ only by the gridded parameters.
public struct BenchmarkGrid: Sendable, Equatable {
    /// Duration, seed, hands, units, drops, gaps, jitter and movement of every cell.
    public let base: SimulationConfiguration
    public let frameRates: [Double]
    public let tremorFrequencies: [Double]
    public let tremorAmplitudes: [Double]
    public let noiseLevels: [Double]

    /// A grid over `base`; every list must be non-empty and every cell valid.
    ///
    /// - Throws: ``BenchmarkError`` (``BenchmarkError/Code/invalidGrid``) naming the list or the
    ///   first invalid cell (for example a tremor frequency above a frame rate's Nyquist frequency).
    public init(
        base: SimulationConfiguration, frameRates: [Double], tremorFrequencies: [Double], tremorAmplitudes: [Double], noiseLevels: [Double]
    ) throws(BenchmarkError) {
        for (name, values) in [("frame rates", frameRates), ("tremor frequencies", tremorFrequencies), ("tremor amplitudes", tremorAmplitudes), ("noise levels", noiseLevels)] {
            guard !values.isEmpty else { throw BenchmarkError(.invalidGrid, "the list of \(name) is empty") }
            guard Set(values).count == values.count else {
                throw BenchmarkError(.invalidGrid, "the list of \(name) \(values.map { BenchmarkFormat.number($0) }) repeats a value")
            }
        }
        self.base = base
        self.frameRates = frameRates
        self.tremorFrequencies = tremorFrequencies
        self.tremorAmplitudes = tremorAmplitudes
        self.noiseLevels = noiseLevels
        for (offset, configuration) in configurations.enumerated() {
            do {
                try configuration.validate()
            } catch {
                throw BenchmarkError(.invalidGrid, "cell \(offset + 1) (\(Self.describe(configuration))): \(error)")
            }
        }
    }

    /// Number of cells: the product of the list lengths.
    public var cellCount: Int { frameRates.count * tremorFrequencies.count * tremorAmplitudes.count * noiseLevels.count }

    /// The configuration of every cell, in grid order.
    public var configurations: [SimulationConfiguration] {
        var result: [SimulationConfiguration] = []
        result.reserveCapacity(cellCount)
        for fps in frameRates {
            for frequency in tremorFrequencies {
                for amplitude in tremorAmplitudes {
                    for noise in noiseLevels {
                        var configuration = base
                        configuration.frameRate = fps
                        configuration.noiseMillimetres = noise
                        configuration.tremor = Dictionary(uniqueKeysWithValues: base.hands.map {
                            ($0, TremorSpec(frequencyHz: frequency, amplitudeMillimetres: amplitude))
                        })
                        result.append(configuration)
                    }
                }
            }
        }
        return result
    }

    /// `60 fps, tremor 5 Hz 2 mm, noise 1 mm`.
    static func describe(_ configuration: SimulationConfiguration) -> String {
        let tremor = configuration.tremor.values.first.map {
            "tremor \(BenchmarkFormat.number($0.frequencyHz)) Hz \(BenchmarkFormat.number($0.amplitudeMillimetres)) mm, "
        } ?? ""
        return "\(BenchmarkFormat.number(configuration.frameRate)) fps, \(tremor)noise \(BenchmarkFormat.number(configuration.noiseMillimetres)) mm"
    }
}
