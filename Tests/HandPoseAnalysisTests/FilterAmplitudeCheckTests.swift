import HandPoseCore
import HandPoseMetrics
import HandPoseSimulation
import Testing

@testable import HandPoseAnalysis

/// What `--filter` does to the tremor amplitude, measured against the unfiltered recording.
@Suite("Filter amplitude check")
struct FilterAmplitudeCheckTests {
    /// 60 fps, a 5 Hz 2 mm tremor of the right hand (as `handpose bench --simulate`), the left hand
    /// without tremor.
    private func simulated(duration: Double = 30, fps: Double = 60) -> Recording {
        RecordingSimulator.simulate(SimulationConfiguration(
            duration: duration, frameRate: fps, seed: 11, tremor: [.right: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 2)],
            noiseMillimetres: 0.5)).0
    }

    private func analyze(_ recording: Recording, filter: ProtocolFilterPreset.Method?, protocol id: String = "free-recording") throws -> ClinicalAnalysis {
        let options = AnalysisOptions(filter: filter.map { ProtocolFilterPreset(method: $0) })
        return try Analyzer(protocol: ProtocolLibrary.bundled.resolve(id), options: options).analyze(recording)
    }

    @Test("a filter's share of a 5 Hz tremor: Kalman + RTS about half, with a warning; Butterworth whole, without", arguments: [
        (ProtocolFilterPreset.Method.kalman, 0.4...0.6, true),
        (.butterworth, 0.95...1.05, false),
    ])
    func ratio(method: ProtocolFilterPreset.Method, expected: ClosedRange<Double>, warns: Bool) throws {
        let analysis = try analyze(simulated(), filter: method)
        let tremor = try #require(analysis.hands["right"]?.tremor)
        let ratio = try #require(tremor.filterAmplitudeRatio)
        #expect(expected.contains(ratio), "\(method) kept \(ratio)")
        #expect(tremor.filterChangesAmplitude == warns)
        let statement = analysis.summary.first { $0.hasPrefix("The \(method.rawValue) filter") && $0.contains("right hand") }
        if warns {
            let warning = try #require(tremor.filterAmplitudeWarning)
            for part in ["the \(method.rawValue) filter kept", "right hand", "5.00 Hz", "\(Int((ratio * 100).rounded())) %", "too low", "without --filter", "butterworth"] {
                #expect(warning.contains(part), "\(part) missing in: \(warning)")
            }
            #expect(tremor.notes.contains(FilterAmplitudeCheck.notePrefix + ": " + warning))
            #expect(statement != nil, "\(analysis.summary)")
        } else {
            #expect(tremor.filterAmplitudeWarning == nil)
            #expect(!tremor.notes.contains { $0.hasPrefix(FilterAmplitudeCheck.notePrefix) })
            #expect(statement == nil)
        }
    }

    @Test("the ratio is the filtered amplitude over the unfiltered analysis' amplitude of the same landmark")
    func definition() throws {
        let recording = simulated()
        let plain = try analyze(recording, filter: nil), filtered = try analyze(recording, filter: .kalman)
        for side in ["left", "right"] {
            let tremor = try #require(filtered.hands[side]?.tremor)
            let raw = try #require(plain.hands[side]?.tremor?.perLandmark.first { $0.landmark == tremor.landmark })
            #expect(tremor.filterAmplitudeRatio == tremor.amplitude / raw.amplitude, "\(side)")
        }
    }

    @Test("without a filter there is no ratio, no warning and no statement")
    func noFilter() throws {
        let analysis = try analyze(simulated(duration: 125, fps: 30), filter: nil, protocol: "parkinsons-tremor-assessment")
        let estimates = analysis.hands.values.compactMap(\.tremor) + analysis.segments.flatMap { $0.hands.values.compactMap(\.tremor) }
        #expect(estimates.count == 8)
        for tremor in estimates {
            #expect(tremor.filterAmplitudeRatio == nil)
            #expect(!tremor.notes.contains { $0.hasPrefix(FilterAmplitudeCheck.notePrefix) })
        }
        #expect(!analysis.summary.contains { $0.contains(" filter ") })
    }

    @Test("every protocol movement has its own ratio and warning")
    func segments() throws {
        let analysis = try analyze(simulated(duration: 125, fps: 30), filter: .kalman, protocol: "parkinsons-tremor-assessment")
        #expect(analysis.segments.count == 3)
        for segment in analysis.segments {
            let tremor = try #require(segment.hands["right"]?.tremor, "\(segment.segment.name)")
            let ratio = try #require(tremor.filterAmplitudeRatio, "\(segment.segment.name)")
            #expect(ratio < FilterAmplitudeCheck.tolerance.lowerBound, "\(segment.segment.name) kept \(ratio)")
            #expect(tremor.filterAmplitudeWarning != nil, "\(segment.segment.name)")
        }
    }

    @Test("a filter that raises the amplitude beyond 1.1 is reported as too high")
    func raised() throws {
        let raw = try #require(try analyze(simulated(), filter: nil).hands["right"]?.tremor)
        var filtered = raw
        filtered.amplitude *= 1.25
        FilterAmplitudeCheck.apply(to: &filtered, unfiltered: raw, method: .ukf, unfilteredHasPeak: true)
        #expect(abs((filtered.filterAmplitudeRatio ?? 0) - 1.25) < 1e-12)
        let warning = try #require(filtered.filterAmplitudeWarning)
        #expect(warning.hasPrefix("the ukf filter raised the right hand's tremor amplitude at 5.00 Hz to 125 %"), "\(warning)")
        #expect(warning.contains("too high"))

        var kept = raw
        kept.amplitude *= 0.92
        FilterAmplitudeCheck.apply(to: &kept, unfiltered: raw, method: .ukf, unfilteredHasPeak: true)
        #expect(kept.filterAmplitudeRatio != nil && kept.filterAmplitudeWarning == nil)
    }

    @Test("a hand without a distinct tremor peak keeps its ratio but gets no warning")
    func noPeakNoWarning() throws {
        let analysis = try analyze(simulated(), filter: .kalman)
        let left = try #require(analysis.hands["left"]?.tremor)
        #expect(left.notes.contains { $0.hasPrefix(Analyzer.bandEdgePrefix) }, "the left hand has no tremor: \(left.notes)")
        let ratio = try #require(left.filterAmplitudeRatio)
        #expect(!FilterAmplitudeCheck.tolerance.contains(ratio), "Kalman still changes the left hand's in-band motion: \(ratio)")
        #expect(left.filterAmplitudeWarning == nil)
        #expect(!analysis.summary.contains { $0.contains("left hand's tremor amplitude") })

        let raw = try #require(try analyze(simulated(), filter: nil).hands["right"]?.tremor)
        var filtered = raw
        filtered.amplitude *= 0.5
        FilterAmplitudeCheck.apply(to: &filtered, unfiltered: raw, method: .kalman, unfilteredHasPeak: false)
        #expect(filtered.filterAmplitudeRatio == 0.5)
        #expect(filtered.filterAmplitudeWarning == nil)
    }
}
