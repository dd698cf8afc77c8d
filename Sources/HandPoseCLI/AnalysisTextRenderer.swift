import HandPoseAnalysis
import HandPoseMetrics

/// The clinician's plain-text report of one ``ClinicalAnalysis``.
struct AnalysisTextRenderer {
    let analysis: ClinicalAnalysis
    let path: String

    func render() -> String {
        var lines: [String] = []
        let recording = analysis.recording, quality = analysis.quality
        lines.append("handpose analysis of \(path)")
        lines.append("Protocol     \(analysis.clinicalProtocol.name) (\(analysis.clinicalProtocol.id) \(analysis.clinicalProtocol.version))")
        lines.append("Recording    \(recording.frames) frames, \(fixed(recording.durationSeconds, 1)) s at \(optional(recording.sampleRateHz, 1)) Hz, \(recording.coordinateSpace) [\(recording.unit)], hands: \(recording.hands.joined(separator: ", "))")
        lines.append("Quality      \(quality.verdict.rawValue)")
        for flag in quality.flags where flag.severity != .info {
            lines.append("  \(pad(flag.severity.rawValue, 9))\(flag.code.rawValue)\(flag.hand.map { " (\($0))" } ?? ""): \(flag.message)")
        }
        if let filter = analysis.parameters.filter {
            lines.append("Filter       \(filter.method.rawValue)" + (analysis.algorithms["filter"].map { " (\($0))" } ?? ""))
            for side in ["left", "right"] {
                guard let warning = analysis.hands[side]?.tremor?.filterAmplitudeWarning else { continue }
                lines.append("  \(pad("warning", 9))filterAmplitudeRatio (\(side)): \(warning)")
            }
        }
        lines.append("")

        let left = analysis.hands["left"], right = analysis.hands["right"]
        lines.append(pad("", 24) + pad("Left", 22) + "Right")
        func row(_ label: String, _ value: (HandAnalysis?) -> String?) {
            lines.append(pad(label, 24) + pad(value(left) ?? "-", 22) + (value(right) ?? "-"))
        }
        row("Tremor frequency") { hand in
            hand?.tremor.map { tremor in
                "\(fixed(tremor.frequencyHz, 2)) Hz" + (tremor.peakAtBandEdge ? " (band edge)" : "")
            }
        }
        row("Tremor amplitude") { hand in
            hand?.tremor.map { t in
                (t.amplitudeMm.map { "\(fixed($0, 2)) mm" } ?? "\(significant(t.amplitude)) \(t.unit)") + filterKept(t)
            }
        }
        row("Tremor RMS") { $0?.tremor.map { t in t.rmsMm.map { "\(fixed($0, 2)) mm" } ?? "\(significant(t.rms)) \(t.unit)" } }
        row("Regularity") { $0?.tremor.map { fixed($0.regularity, 2) } }
        row("Tremor time") { $0?.tremor?.tremorTimeFraction.map { "\(fixed($0 * 100, 0)) %" } }
        row("Tremor landmark") { $0?.tremor?.landmark }
        row("SPARC") { $0?.smoothness?.sparc.map { fixed($0, 2) } }
        row("LDLJ-V") { $0?.smoothness?.ldljV.map { fixed($0, 2) } }
        row("Submovements") { $0?.smoothness.map { "\($0.submovementCount)" } }
        row("Confidence") { $0?.confidence.map { fixed($0.value, 2) } }
        lines.append("")

        lines.append("Range of motion, degrees of flexion (2nd-98th percentile; AAOS normal range)")
        lines.append(pad("Joint", 14) + pad("Left", 20) + pad("Right", 20) + "Normal")
        for joint in JointAngle.all {
            func cell(_ hand: HandAnalysis?) -> String {
                guard let entry = hand?.rangeOfMotion?[joint], let min = entry.minDeg, let max = entry.maxDeg, let range = entry.rangeDeg else { return "-" }
                return "\(fixed(min, 0))-\(fixed(max, 0)) (\(fixed(range, 0)))"
            }
            let normal = (left?.rangeOfMotion ?? right?.rangeOfMotion).flatMap { rom -> String? in
                let entry = rom[joint]
                guard let low = entry.normalMinDeg, let high = entry.normalMaxDeg else { return nil }
                return "\(fixed(low, 0))-\(fixed(high, 0))"
            } ?? "-"
            lines.append(pad("\(joint.finger.name) \(joint.joint.rawValue.uppercased())", 14) + pad(cell(left), 20) + pad(cell(right), 20) + normal)
        }
        lines.append("Wrist: not computable from 21 hand landmarks (no forearm landmark).")
        lines.append("")

        let asymmetry = ["tremorAmplitude", "tremorFrequency", "sparc"].compactMap { key -> String? in
            analysis.asymmetry[key]?.index.map { "\(key) \(fixed($0, 2))" }
        }
        lines.append("Asymmetry (right - left)/(right + left): " + (asymmetry.isEmpty ? "not computable" : asymmetry.joined(separator: ", ")))

        if !analysis.segments.isEmpty {
            lines.append("")
            lines.append("Movements")
            for segment in analysis.segments {
                let span = segment.segment.startSeconds.map { start in "\(fixed(start, 1))-\(fixed(segment.segment.endSeconds ?? start, 1)) s" } ?? "not recorded"
                var text = "  \(pad(segment.segment.name, 22))\(pad(span, 16))\(segment.segment.status.rawValue)"
                for side in ["left", "right"] {
                    if let tremor = segment.hands[side]?.tremor {
                        text += "; \(side) \(fixed(tremor.frequencyHz, 1)) Hz " + (tremor.amplitudeMm.map { "\(fixed($0, 1)) mm" } ?? "")
                            + filterKept(tremor)
                    }
                }
                lines.append(text)
                if let reason = analysis.skippedFilterReason(movement: segment.segment.name) { lines.append("    \(reason)") }
            }
        }

        let reasons = analysis.notComputable.filter { !$0.metric.hasPrefix("segments.") }
        if !reasons.isEmpty {
            lines.append("")
            lines.append("Not computable")
            for reason in reasons.prefix(12) { lines.append("  \(reason.metric): \(reason.reason)") }
            if reasons.count > 12 { lines.append("  … and \(reasons.count - 12) more (see --format json)") }
        }
        lines.append("")
        lines.append("Summary")
        for statement in analysis.summary { lines.append("  \(statement)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// " (51 % kept)" after an amplitude the filter changed beyond its tolerance; empty otherwise.
    private func filterKept(_ tremor: TremorEstimate) -> String {
        guard tremor.filterChangesAmplitude, let ratio = tremor.filterAmplitudeRatio else { return "" }
        return " (\(fixed(ratio * 100, 0)) % kept)"
    }
}
