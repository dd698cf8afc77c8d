import Foundation
import HandPoseAnalysis
import HandPoseCore
import HandPoseIO
import HandPoseMetrics
import Testing

/// Seeded odd recordings (``OddRecording``) through reading, analysis, comparison and JSON, the way a service
/// calls the library: every one ends in an analysis that keeps the output contract or in a typed
/// error naming the recording, never in a trap, a hang or a non-finite number. A trap fails the
/// whole test run, which is the point.
@Suite("Odd recordings")
struct OddRecordingTests {
    static let protocols = ["free-recording", "parkinsons-tremor-assessment", "essential-tremor"]

    @Test("a result within the contract or a typed error, for 120 seeded odd recordings; each compared with the one before", arguments: 0..<4)
    func oddRecordings(batch: Int) throws {
        var analysed = 0
        var previous: WindowedAnalysis?
        for seed in UInt64(batch * 30)..<UInt64(batch * 30 + 30) {
            let odd = OddRecording(seed: seed)
            let name = "odd-\(seed).csv"
            let recording: Recording
            do {
                recording = try RecordingReader.read(bytes: Array(odd.text.utf8), name: name)
            } catch {
                #expect(error.description.hasPrefix(name), "\(odd.summary): \(error.description)")
                continue
            }
            var random = SeededGenerator(seed: seed, stream: 8)
            let clinicalProtocol = try ProtocolLibrary.bundled.resolve(Self.protocols.randomElement(using: &random)!)
            let band: ClosedRange<Double>? = Bool.random(using: &random)
                ? nil : Double.random(in: 0.5...20, using: &random)...Double.random(in: 21...80, using: &random)
            let windowed: WindowedAnalysis
            do {
                windowed = try Analyzer(protocol: clinicalProtocol, options: AnalysisOptions(tremorBandHz: band)).analyzeWithWindows(recording)
            } catch {
                #expect(!error.description.isEmpty, "\(odd.summary)")
                continue
            }
            analysed += 1
            let context = "\(odd.summary), protocol \(clinicalProtocol.id), band \(band.map { "\($0)" } ?? "default")"
            try checkContract(windowed.analysis, context: context)
            if let previous {
                // The comparison's statistics (t, U, effect sizes) on odd windows stay finite or null too.
                let comparison = String(decoding: try RecordingComparison(previous, windowed, labelA: "a", labelB: "b").jsonData(), as: UTF8.self)
                #expect(!comparison.contains("\"NaN\"") && !comparison.contains("Infinity"), "non-finite number in a comparison: \(context)")
            }
            previous = windowed
        }
        // Most of the files are well formed: the analysis itself is what this test exercises.
        #expect(analysed >= 10, "only \(analysed) of 30 recordings reached the analysis")
    }

    /// What every analysis promises, whatever its input: finite numbers only (a metric that cannot
    /// be computed is `null` with a reason), fractions and confidences in [0, 1], bounded asymmetry
    /// indices, tremor frequencies inside the band they were searched in.
    private func checkContract(_ analysis: ClinicalAnalysis, context: String) throws {
        let json = String(decoding: try analysis.jsonData(), as: UTF8.self)
        #expect(!json.contains("\"NaN\"") && !json.contains("Infinity"), "non-finite number: \(context)")
        #expect(analysis.notComputable.allSatisfy { !$0.reason.isEmpty }, "\(context)")

        let band = analysis.parameters.tremorBandHz
        var hands = Array(analysis.hands.values)
        var asymmetries = [analysis.asymmetry]
        for segment in analysis.segments {
            hands += segment.hands.values
            if let asymmetry = segment.asymmetry { asymmetries.append(asymmetry) }
        }
        for hand in hands {
            if let confidence = hand.confidence { #expect((0...1).contains(confidence.value), "confidence: \(context)") }
            guard let tremor = hand.tremor else { continue }
            // Sub-bin interpolation may move the peak by up to half a bin past the band's edge.
            #expect(tremor.frequencyHz > 0 && tremor.frequencyHz >= band[0] - 0.5 && tremor.frequencyHz <= band[1] + 0.5,
                    "tremor at \(tremor.frequencyHz) Hz, band \(band): \(context)")
            for (fraction, value) in [("regularity", tremor.regularity), ("bandPowerFraction", tremor.bandPowerFraction),
                                      ("tremorTimeFraction", tremor.tremorTimeFraction ?? 0)] {
                #expect((0...1).contains(value), "\(fraction) \(value): \(context)")
            }
            #expect(tremor.amplitude >= 0 && tremor.rms >= 0, "amplitude: \(context)")
        }
        for asymmetry in asymmetries {
            for (metric, entry) in asymmetry.metrics {
                if let index = entry.index { #expect((-1...1).contains(index), "asymmetry.\(metric) \(index): \(context)") }
            }
        }
    }
}
