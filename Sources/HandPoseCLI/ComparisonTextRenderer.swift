#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore
import HandPoseMetrics

/// The clinician's plain-text report of one ``RecordingComparison``: columns A, B and change.
struct ComparisonTextRenderer {
    let comparison: RecordingComparison

    /// How a metric is labelled and printed.
    private struct Style {
        let label: String
        let digits: Int
        /// Printed as a percentage of 1 (tremor time), its change in percentage points.
        var percent = false
        /// Decimals of the change, when they differ from the values' (degrees: 0 for values, 1 for changes).
        var changeDigits: Int?
    }

    private static let styles: [String: Style] = [
        "tremor.frequencyHz": Style(label: "Tremor frequency", digits: 2),
        "tremor.amplitudeMm": Style(label: "Tremor amplitude", digits: 2),
        "tremor.amplitude": Style(label: "Tremor amplitude", digits: 4),
        "tremor.rmsMm": Style(label: "Tremor RMS", digits: 2),
        "tremor.rms": Style(label: "Tremor RMS", digits: 4),
        "tremor.regularity": Style(label: "Regularity", digits: 2),
        "tremor.tremorTimeFraction": Style(label: "Tremor time", digits: 0, percent: true),
        "smoothness.sparc": Style(label: "SPARC", digits: 2),
        "smoothness.ldljV": Style(label: "LDLJ-V", digits: 2),
        "confidence": Style(label: "Confidence", digits: 2),
    ]

    private let labelWidth = 26, valueWidth = 13

    func render() -> String {
        var lines: [String] = []
        let a = comparison.a, b = comparison.b
        lines.append("handpose comparison (change = B - A)")
        for (name, recording) in [("A", a), ("B", b)] {
            lines.append("\(name)  \(recording.label): \(recording.frames) frames, \(fixed(recording.durationSeconds, 1)) s at \(optional(recording.sampleRateHz, 1)) Hz [\(recording.unit)], hands: \(recording.hands.joined(separator: ", ")), quality \(recording.qualityVerdict)")
        }
        lines.append("Protocol \(a.protocolId), tremor band \(band(a.tremorBandHz)) Hz, filter \(a.filter ?? "none")")

        for side in ["left", "right"] {
            let rows = comparison.metricDifferences.filter { $0.hand == side }
            guard !rows.isEmpty else { continue }
            lines.append("")
            lines.append(pad("\(side.capitalized) hand", labelWidth) + pad("A", valueWidth) + pad("B", valueWidth) + "change")
            for row in rows where !row.metric.hasPrefix("rangeOfMotion.") {
                guard let style = Self.styles[row.metric] else { continue }
                lines.append(line("  " + style.label, row, style))
            }
            lines.append("  Range of motion, degrees (2nd-98th percentile)")
            for joint in JointAngle.all {
                guard let row = rows.first(where: { $0.metric == "rangeOfMotion.\(joint.key)" }) else { continue }
                lines.append(line("    \(joint.finger.name) \(joint.joint.rawValue.uppercased())", row, Style(label: "", digits: 0, changeDigits: 1)))
            }
        }

        let asymmetry = comparison.metricDifferences.filter {
            $0.hand == nil && !$0.metric.hasPrefix("asymmetry.rangeOfMotion.") && ($0.valueA != nil || $0.valueB != nil)
        }
        if !asymmetry.isEmpty {
            lines.append("")
            lines.append(pad("Asymmetry (R-L)/(R+L)", labelWidth) + pad("A", valueWidth) + pad("B", valueWidth) + "change")
            for row in asymmetry {
                lines.append(line("  " + row.metric.dropFirst("asymmetry.".count), row, Style(label: "", digits: 2), relative: false))
            }
        }

        lines.append(contentsOf: tests())

        let reasons = comparison.metricDifferences.filter { row in
            row.reason != nil && !(row.valueA == nil && row.valueB == nil && row.metric.hasPrefix("asymmetry."))
        }
        if !reasons.isEmpty {
            lines.append("")
            lines.append("Not computable")
            for row in reasons.prefix(10) {
                lines.append("  \(row.hand.map { "\($0) " } ?? "")\(row.metric): \(row.reason!)")
            }
            if reasons.count > 10 { lines.append("  … and \(reasons.count - 10) more (see --format json)") }
        }
        lines.append("")
        lines.append("Notes")
        for note in comparison.notes { lines.append("  \(note)") }
        lines.append("  This is a measurement report, not a diagnosis: interpret it together with the clinical examination.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The statistical tests, one block per hand and quantity.
    private func tests() -> [String] {
        guard !comparison.statisticalTests.isEmpty else { return [] }
        let first = comparison.statisticalTests.first { $0.windowSeconds != nil }
        let windows = first.map { test -> String in
            let length = test.windowSeconds ?? 0, hop = test.hopSeconds ?? length
            return "\(fixed(length, 1)) s windows" + (hop < length - 1e-9 ? " every \(fixed(hop, 1)) s (overlapping)" : " (non-overlapping)")
        } ?? "windows"
        var lines = ["", "Tremor in \(windows), B against A"]
        for test in comparison.statisticalTests {
            let quantity = test.quantity == .tremorAmplitude ? "amplitude" : "frequency"
            lines.append("  \(test.hand.capitalized) tremor \(quantity) (\(test.unit))")
            let digits = test.unit == "Hz" || test.unit == "mm" ? 2 : 4
            for (name, sample) in [("A", test.a), ("B", test.b)] {
                var text = "    \(name)  n = \(sample.count)"
                if let mean = sample.mean { text += ", mean \(fixed(mean, digits))" }
                if let sd = sample.standardDeviation { text += ", SD \(fixed(sd, digits))" }
                if let median = sample.median { text += ", median \(fixed(median, digits))" }
                lines.append(text)
            }
            if let welch = test.welch {
                lines.append("    " + pad("Welch t-test", 20) + "t = \(signed(welch.t, 2)), df = \(fixed(welch.degreesOfFreedom, 1)), p = \(pValue(welch.pValue))")
            }
            if let ranks = test.mannWhitney {
                lines.append("    " + pad("Mann-Whitney U", 20) + "U = \(plain(ranks.u)), p = \(pValue(ranks.pValue)) (\(ranks.method.rawValue))")
            }
            if let effect = test.effectSize {
                let rank = test.mannWhitney.map { ", rank-biserial r = \(signed($0.rankBiserial, 2))" } ?? ""
                lines.append("    " + pad("Effect size", 20) + "Hedges' g = \(signed(effect.hedgesG, 2)) (\(effect.magnitude.rawValue))\(rank)")
            }
            for reason in test.notComputable {
                lines.append("    " + pad("Not computable", 20) + reason.reason)
            }
        }
        return lines
    }

    private func line(_ label: String, _ row: MetricDifference, _ style: Style, relative: Bool = true) -> String {
        let unit = style.percent || row.unit == "1" || row.unit == "deg" ? "" : " \(row.unit)"
        func value(_ value: Double?) -> String {
            guard let value else { return "-" }
            return style.percent ? "\(fixed(value * 100, 0)) %" : fixed(value, style.digits) + unit
        }
        var change = "-"
        if let difference = row.difference {
            if style.percent {
                change = "\(signed(difference * 100, 0)) pp"
            } else {
                change = signed(difference, style.changeDigits ?? style.digits) + unit
                if relative, let ratio = row.relativeChange {
                    let percent = ratio * 100
                    change += " (\(signed(percent, abs(percent) < 10 ? 1 : 0)) %)"
                }
            }
        }
        return pad(label, labelWidth) + pad(value(row.valueA), valueWidth) + pad(value(row.valueB), valueWidth) + change
    }

    private func band(_ edges: [Double]) -> String { edges.map(plain).joined(separator: "-") }

    /// `12`, `7.5`, `6.25`: up to two decimals, trailing zeros dropped (band edges, U statistics).
    private func plain(_ value: Double) -> String { String(trimmedDecimal: value, places: 2) }

    /// `+1.23` / `-1.23`; a value that rounds to zero is `+0.00`.
    private func signed(_ value: Double, _ digits: Int) -> String {
        let text = fixed(value, digits)
        return text.hasPrefix("-") && Double(text) != 0 ? text : "+" + (text.hasPrefix("-") ? String(text.dropFirst()) : text)
    }

    /// Four decimals, or scientific notation below 0.001.
    private func pValue(_ p: Double) -> String { p >= 0.001 ? fixed(p, 4) : String(cFormat: "%.1e", p) }
}
