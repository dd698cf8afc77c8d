#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import HandPoseCore
import HandPoseQuality

/// Renders an ``InspectionReport`` as the plain-text report of `handpose inspect`.
struct InspectionTextRenderer {
    let report: InspectionReport
    let path: String

    func render() -> String {
        var lines: [String] = []
        let recording = report.recording, quality = report.quality

        lines.append("\(path)")
        lines.append(row("Layout", recording.layout))
        lines.append(row("Frames", "\(recording.frames) over \(fixed(recording.durationSeconds, 2)) s; hands: \(recording.hands.isEmpty ? "none" : recording.hands.joined(separator: ", "))"))
        let time = recording.timeBase
        var timeText = "\(time.source) (\(time.provenance)\(time.column.map { ", column \($0)" } ?? ""))"
        if let assumed = time.assumedFrameRateHz { timeText += ", assumed \(fixed(assumed, 2)) fps" }
        lines.append(row("Time base", timeText))
        let inferred = recording.coordinateSpaceProvenance == "inferred" ? "inferred: " : ""
        lines.append(row("Coordinates", "\(recording.coordinateSpace) [\(recording.unit)], \(inferred)\(recording.coordinateSpaceReason)"))
        if let calibration = recording.calibration {
            lines.append(row("Calibration", "\(significant(calibration.millimetresPerUnit)) mm per \(recording.unit)\(calibration.description.map { " (\($0))" } ?? "")"))
        } else {
            lines.append(row("Calibration", "none: amplitudes stay in \(recording.unit)"))
        }
        var rate = "nominal \(optional(quality.nominalSampleRateHz, 2)) Hz (\(quality.nominalSampleRateSource)), effective \(optional(quality.effectiveSampleRateHz, 2)) Hz"
        rate += ", jitter \(optional(quality.jitterMs, 2)) ms, \(quality.droppedFrames) dropped frame\(quality.droppedFrames == 1 ? "" : "s")"
        lines.append(row("Sample rate", rate))
        let band = quality.tremorBandHz.map { fixed($0, 0) }.joined(separator: "-")
        lines.append(row("Tremor band", "\(band) Hz \(quality.coversTremorBand ? "covered" : "NOT covered") (Nyquist \(optional(quality.nyquistHz, 1)) Hz)"))
        lines.append(row("Label flips", "\(quality.handednessFlips)\(quality.handednessFlipsPerMinute.map { " (\(fixed($0, 2)) per minute)" } ?? "")"))

        if !recording.hands.isEmpty {
            lines.append("")
            lines.append(pad("Hand", 7) + pad("present", 10) + pad("longest gap", 13) + pad("label check", 26) + "noise floor \(band) Hz (RMS)")
            for hand in recording.hands {
                let presence = quality.handPresence[hand].map { "\(fixed($0 * 100, 1)) %" } ?? "-"
                let gap = quality.longestGapSeconds[hand].map { "\(fixed($0, 2)) s" } ?? "-"
                lines.append(pad(hand, 7) + pad(presence, 10) + pad(gap, 13) + pad(labelCheck(quality.handedness[hand]), 26) + noise(quality.noiseFloor[hand], unit: recording.unit))
            }
        }

        lines.append("")
        lines.append("Verdict: \(quality.verdict.rawValue)")
        for flag in quality.flags {
            let hand = flag.hand.map { " (\($0))" } ?? ""
            lines.append("  \(pad(flag.severity.rawValue, 9))\(flag.code.rawValue)\(hand): \(flag.message)")
        }
        if !recording.warnings.isEmpty {
            lines.append("")
            lines.append("Read with \(recording.warnings.count) warning\(recording.warnings.count == 1 ? "" : "s"):")
            for warning in recording.warnings { lines.append("  \(warning.code.rawValue): \(warning)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func labelCheck(_ assessment: HandednessAssessment?) -> String {
        guard let assessment else { return "-" }
        let agreement = assessment.agreement.map { " (\(fixed($0 * 100, 0)) % agree)" } ?? ""
        return assessment.geometricCheck.rawValue + agreement
    }

    private func noise(_ estimate: NoiseFloorEstimate?, unit: String) -> String {
        guard let estimate else { return "-" }
        if let reason = estimate.notComputable { return "not computable: \(reason)" }
        if let mm = estimate.rmsMillimetres { return "\(significant(mm)) mm" }
        return estimate.rmsNative.map { "\(significant($0)) \(unit)" } ?? "-"
    }

    private func row(_ label: String, _ value: String) -> String { pad(label, 13) + value }
}

/// Left-aligns `text` in a column of `width` characters (at least one space follows).
func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

/// `value` with exactly `digits` decimals.
func fixed(_ value: Double, _ digits: Int) -> String { String(cFormat: "%.\(digits)f", value) }

/// `value` with three significant digits (plain notation between 1e-4 and 1e6).
func significant(_ value: Double) -> String {
    guard value.isFinite, value != 0 else { return value == 0 ? "0" : "\(value)" }
    let magnitude = Int((log10(abs(value))).rounded(.down))
    return fixed(value, max(0, 2 - magnitude))
}

func optional(_ value: Double?, _ digits: Int) -> String { value.map { fixed($0, digits) } ?? "-" }

