#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore

/// The plain-language statements at the top of an analysis: what was measured, how far to trust
/// it, and that it is not a diagnosis. Numbers only, no interpretation of disease.
enum ClinicalSummary {
    static let disclaimer =
        "This is a measurement report, not a diagnosis: interpret it together with the clinical examination."

    static func statements(for analysis: ClinicalAnalysis) -> [String] {
        var lines: [String] = []
        switch analysis.quality.verdict {
        case .poor:
            lines.append("Recording quality is poor (" + analysis.quality.flags.filter { $0.severity == .critical }.map(\.code.rawValue).joined(separator: ", ") + "): the numbers below may not be meaningful.")
        case .usable:
            lines.append("Recording quality is usable with warnings: " + analysis.quality.flags.filter { $0.severity == .warning }.map(\.code.rawValue).joined(separator: ", ") + ".")
        case .good:
            lines.append("Recording quality is good.")
        }
        if let excluded = analysis.parameters.excludedRanges, !excluded.isEmpty {
            let ranges = excluded.map { range in range.formatted + (range.frames.map { " (\($0) frames)" } ?? "") }
            lines.append("Excluded from the analysis: \(ranges.joined(separator: ", ")); these frames count as missing for both hands.")
        }
        for side in ["left", "right"] {
            guard let hand = analysis.hands[side] else {
                lines.append("The \(side) hand is not in the recording.")
                continue
            }
            let confidence = hand.confidence.map { " (confidence \(format($0.value, 2)))" } ?? ""
            if let tremor = hand.tremor, tremor.peakAtBandEdge {
                let rms = tremor.rmsMm.map { "\(format($0, 2)) mm" } ?? "\(format(tremor.rms, 3)) \(tremor.unit)"
                lines.append("\(side.capitalized) hand: no distinct tremor peak in \(format(analysis.parameters.tremorBandHz[0], 0))-\(format(analysis.parameters.tremorBandHz[1], 0)) Hz (the strongest in-band motion sits at the band edge, typical of voluntary movement); in-band RMS \(rms)\(confidence).")
            } else if let tremor = hand.tremor {
                let amplitude = tremor.amplitudeMm.map { "\(format($0, 1)) mm" } ?? "\(format(tremor.amplitude, 3)) \(tremor.unit)"
                let time = tremor.tremorTimeFraction.map { ", present in \(format($0 * 100, 0)) % of 4 s windows" } ?? ""
                lines.append("\(side.capitalized) hand: dominant oscillation \(format(tremor.frequencyHz, 1)) Hz, amplitude \(amplitude) (zero-to-peak), regularity \(format(tremor.regularity, 2))\(time)\(confidence).")
            } else {
                lines.append("\(side.capitalized) hand: tremor not computable\(confidence).")
            }
            if let statement = hand.tremor?.filterAmplitudeStatement { lines.append(statement) }
        }
        if let amplitude = analysis.asymmetry["tremorAmplitude"], let index = amplitude.index {
            let larger = index > 0 ? "right" : "left"
            lines.append("Tremor amplitude asymmetry index \(format(index, 2)) (positive: right larger); the \(larger) hand has the larger amplitude.")
        }
        lines.append(disclaimer)
        return lines
    }

    static func format(_ value: Double, _ digits: Int) -> String { String(cFormat: "%.\(digits)f", value) }
}

extension ClinicalAnalysis {
    /// The JSON document (pretty-printed, sorted keys), as `handpose analyze --format json` prints it.
    public func jsonData(pretty: Bool = true) throws -> Data {
        try CanonicalJSONEncoder(prettyPrinted: pretty).encode(self)
    }
}
