#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseMetrics
import HandPoseStatistics

/// Two recordings A and B of the same person compared: per hand and metric both values, the
/// difference B − A and the relative change, and per hand statistical tests of the tremor measured
/// in windows. The document `handpose compare A B --format json` prints.
///
/// ```swift
/// let analyzer = Analyzer()
/// let a = try analyzer.analyzeWithWindows(contentsOf: "before.csv")
/// let b = try analyzer.analyzeWithWindows(contentsOf: "after.csv")
/// let comparison = RecordingComparison(a, b, labelA: "before.csv", labelB: "after.csv")
/// ```
///
/// JSON (stable camelCase keys, every key always present, `null` with a reason when not computable):
/// `schemaVersion`, `software`, `a` and `b` (``ComparedRecording``: what was compared),
/// `metricDifferences` (``MetricDifference`` rows: hands left then right, each in the order tremor,
/// smoothness, confidence, range of motion by joint; then the asymmetry indices by name),
/// `statisticalTests` (``WindowedTremorTest`` rows: per hand, tremor amplitude then frequency),
/// `algorithms` and `notes`. ``metricDifferencesJSON()`` and ``statisticalTestsJSON()`` encode the two
/// arrays alone, as a store keeps them.
///
/// Both recordings should be analysed with the same settings (protocol, band, filter; `handpose
/// compare` guarantees it); when the analyses differ, `notes` says how.
///
/// The tests treat each recording's windows as independent samples. Non-overlapping windows are
/// used for that reason, but consecutive windows of one continuous recording are still correlated
/// (slow changes of the tremor), so the p-values are somewhat optimistic; and with two quantities
/// per hand up to four pairs of tests are reported without correction for multiple comparisons.
/// Read effect sizes and the size of the change alongside the p-values. Not a diagnosis.
public struct RecordingComparison: Sendable, Codable {
    /// Version of this JSON shape; bumped on any breaking change.
    public var schemaVersion: Int
    public var software: ClinicalAnalysis.Software
    public var a: ComparedRecording
    public var b: ComparedRecording
    public var metricDifferences: [MetricDifference]
    public var statisticalTests: [WindowedTremorTest]
    /// A versioned id per method used.
    public var algorithms: [String: String]
    /// How to read the numbers, and differences between the two analyses' settings.
    public var notes: [String]

    /// The current ``schemaVersion``.
    public static let currentSchemaVersion = 1

    /// Compares `b` with `a`.
    ///
    /// - Parameters:
    ///   - labelA: how A is named in the output (its path, or a stored session's id).
    ///   - labelB: the same for B.
    /// - Complexity: O(windows log windows) for the tests, O(metrics) for the rest.
    public init(_ a: WindowedAnalysis, _ b: WindowedAnalysis, labelA: String, labelB: String) {
        schemaVersion = Self.currentSchemaVersion
        software = .init(name: "handpose", version: HandPoseVersion.current)
        self.a = ComparedRecording(a, label: labelA)
        self.b = ComparedRecording(b, label: labelB)
        let sides = ["left", "right"].filter { a.analysis.hands[$0] != nil || b.analysis.hands[$0] != nil }
        metricDifferences = sides.flatMap { Self.handRows($0, a.analysis, b.analysis) } + Self.asymmetryRows(a.analysis, b.analysis)
        statisticalTests = sides.flatMap { Self.tests($0, a, b) }
        algorithms = [
            "comparison": "recording-comparison/1",
            "tremorWindows": "tremor-windows-fixed-axis/1",
            "statistics": "welch-mannwhitney-hedges/1",
        ]
        notes = Self.notes(a, b, sides: sides, tests: statisticalTests)
    }

    // MARK: - Metric differences

    /// The per-hand rows of `side`.
    static func handRows(_ side: String, _ a: ClinicalAnalysis, _ b: ClinicalAnalysis) -> [MetricDifference] {
        let handA = a.hands[side], handB = b.hands[side]
        func row(_ metric: String, unit: String, _ value: (HandAnalysis) -> Double?) -> MetricDifference {
            MetricDifference(
                metric: metric, hand: side, unit: unit, valueA: handA.flatMap(value), valueB: handB.flatMap(value),
                reasonA: reason(metric, side, in: a), reasonB: reason(metric, side, in: b))
        }
        var rows = [row("tremor.frequencyHz", unit: "Hz") { $0.tremor?.frequencyHz }]
        // Amplitudes in mm; in the native unit when neither recording is calibrated but both share a unit.
        let unitA = handA?.tremor?.unit, unitB = handB?.tremor?.unit
        if handA?.tremor?.amplitudeMm == nil, handB?.tremor?.amplitudeMm == nil, let unitA, unitA == unitB, unitA != "mm" {
            rows.append(row("tremor.amplitude", unit: unitA) { $0.tremor?.amplitude })
            rows.append(row("tremor.rms", unit: unitA) { $0.tremor?.rms })
        } else {
            rows.append(row("tremor.amplitudeMm", unit: "mm") { $0.tremor?.amplitudeMm })
            rows.append(row("tremor.rmsMm", unit: "mm") { $0.tremor?.rmsMm })
        }
        rows.append(row("tremor.regularity", unit: "1") { $0.tremor?.regularity })
        rows.append(row("tremor.tremorTimeFraction", unit: "1") { $0.tremor?.tremorTimeFraction })
        rows.append(row("smoothness.sparc", unit: "1") { $0.smoothness?.sparc })
        rows.append(row("smoothness.ldljV", unit: "1") { $0.smoothness?.ldljV })
        rows.append(row("confidence", unit: "1") { $0.confidence?.value })
        for joint in JointAngle.all {
            rows.append(row("rangeOfMotion.\(joint.key)", unit: "deg") { $0.rangeOfMotion?[joint].rangeDeg })
        }
        return rows
    }

    /// One row per asymmetry index either analysis has, by name.
    static func asymmetryRows(_ a: ClinicalAnalysis, _ b: ClinicalAnalysis) -> [MetricDifference] {
        let names = Set(a.asymmetry.metrics.keys).union(b.asymmetry.metrics.keys).sorted()
        return names.map { name in
            MetricDifference(
                metric: "asymmetry.\(name)", hand: nil, unit: "1", valueA: a.asymmetry[name]?.index, valueB: b.asymmetry[name]?.index,
                reasonA: a.asymmetry.reason(for: name), reasonB: b.asymmetry.reason(for: name))
        }
    }

    /// The most specific reason `analysis` gives for `hands.<side>.<metric>`: the metric itself, or
    /// the nearest enclosing key (`hands.left.tremor`, `hands.left`).
    static func reason(_ metric: String, _ side: String, in analysis: ClinicalAnalysis) -> String? {
        var key = "hands.\(side).\(metric)"
        if metric == "confidence" { return analysis.hands[side] == nil ? "the \(side) hand is not in the recording" : nil }
        while true {
            if let found = analysis.notComputable.first(where: { $0.metric == key }) { return found.reason }
            guard let dot = key.lastIndex(of: "."), key.distance(from: key.startIndex, to: dot) >= "hands.\(side)".count else { return nil }
            key = String(key[..<dot])
        }
    }

    // MARK: - Statistical tests

    /// The tests of `side`'s tremor amplitude and frequency windows.
    static func tests(_ side: String, _ a: WindowedAnalysis, _ b: WindowedAnalysis) -> [WindowedTremorTest] {
        let windowsA = a.tremorWindows[side], windowsB = b.tremorWindows[side]
        let reasonA = windowReason(side, a), reasonB = windowReason(side, b)
        let seconds = windowsA?.windowSeconds ?? windowsB?.windowSeconds
        let hop = windowsA?.hopSeconds ?? windowsB?.hopSeconds
        var amplitudeUnit = "mm"
        var amplitudesA = windowsA?.amplitudesMm, amplitudesB = windowsB?.amplitudesMm
        var amplitudeReasonA = reasonA, amplitudeReasonB = reasonB
        if let windowsA, let windowsB, amplitudesA == nil || amplitudesB == nil {
            if windowsA.unit == windowsB.unit {
                amplitudeUnit = windowsA.unit
                amplitudesA = windowsA.windows.map(\.amplitude)
                amplitudesB = windowsB.windows.map(\.amplitude)
            } else {
                let why = "amplitudes are in \(windowsA.unit) in A and \(windowsB.unit) in B; calibrate both to mm (give the hand length in mm or use world landmarks)"
                if amplitudesA == nil { amplitudeReasonA = why }
                if amplitudesB == nil { amplitudeReasonB = why }
            }
        }
        return [
            WindowedTremorTest(
                hand: side, quantity: .tremorAmplitude, unit: amplitudeUnit, windowSeconds: seconds, hopSeconds: hop,
                a: amplitudesA, b: amplitudesB, reasonA: amplitudeReasonA, reasonB: amplitudeReasonB),
            WindowedTremorTest(
                hand: side, quantity: .tremorFrequency, unit: "Hz", windowSeconds: seconds, hopSeconds: hop,
                a: windowsA?.frequenciesHz, b: windowsB?.frequenciesHz, reasonA: reasonA, reasonB: reasonB),
        ]
    }

    /// Why `side` has no windows in `analysis`.
    static func windowReason(_ side: String, _ analysis: WindowedAnalysis) -> String? {
        if let found = analysis.notComputable.first(where: { $0.metric.hasPrefix("hands.\(side).") }) { return found.reason }
        return reason("tremor", side, in: analysis.analysis)
    }

    // MARK: - Notes

    static func notes(_ a: WindowedAnalysis, _ b: WindowedAnalysis, sides: [String], tests: [WindowedTremorTest]) -> [String] {
        var notes = [
            "Differences and relative changes are B − A and (B − A)/|A|; test statistics and effect sizes are oriented the same way (scipy ttest_ind(b, a, equal_var=False), mannwhitneyu(b, a)): positive means larger in B.",
        ]
        if let windows = tests.first(where: { $0.windowSeconds != nil }), let length = windows.windowSeconds, let hop = windows.hopSeconds {
            let overlap = hop < length - 1e-9 ? "overlapping (every \(String(cFormat: "%.1f", hop)) s; such windows are not independent, so p-values are too small)" : "non-overlapping"
            notes.append(
                "Tests compare the tremor of \(String(cFormat: "%.1f", length)) s \(overlap) windows of each recording, treated as independent samples; consecutive windows of one recording are still correlated, so read p-values as approximate.")
        }
        let count = tests.reduce(0) { $0 + ($1.welch == nil ? 0 : 1) + ($1.mannWhitney == nil ? 0 : 1) }
        if count > 1 {
            notes.append("\(count) p-values are reported without correction for multiple comparisons; effect sizes (Hedges' g, rank-biserial r) say how large a difference is.")
        }
        for side in ["left", "right"] where !sides.contains(side) {
            notes.append("The \(side) hand is in neither recording.")
        }
        for (name, analysis) in [("A", a.analysis), ("B", b.analysis)] {
            guard let excluded = analysis.parameters.excludedRanges, !excluded.isEmpty else { continue }
            let ranges = excluded.map { range in range.formatted + (range.frames.map { " (\($0) frames)" } ?? "") }
            notes.append("Excluded from the analysis of \(name) (treated as missing for both hands): \(ranges.joined(separator: ", ")).")
        }
        for (name, analysis) in [("A", a.analysis), ("B", b.analysis)] {
            for side in ["left", "right"] {
                // A filter that changed the tremor amplitude changes the compared values too.
                guard let statement = analysis.hands[side]?.tremor?.filterAmplitudeStatement else { continue }
                notes.append("\(name): \(statement)")
            }
        }
        let parametersA = a.analysis.parameters, parametersB = b.analysis.parameters
        if parametersA.tremorBandHz != parametersB.tremorBandHz {
            notes.append("The recordings were analysed with different tremor bands (A \(parametersA.tremorBandHz), B \(parametersB.tremorBandHz) Hz): tremor values are not directly comparable.")
        }
        if parametersA.filter != parametersB.filter {
            notes.append("The recordings were analysed with different filters (A \(parametersA.filter?.method.rawValue ?? "none"), B \(parametersB.filter?.method.rawValue ?? "none")).")
        }
        if a.analysis.clinicalProtocol.id != b.analysis.clinicalProtocol.id {
            notes.append("The recordings were analysed with different protocols (A \(a.analysis.clinicalProtocol.id), B \(b.analysis.clinicalProtocol.id)).")
        }
        if a.analysis.recording.unit != b.analysis.recording.unit {
            notes.append("A is in \(a.analysis.recording.unit) and B in \(b.analysis.recording.unit); values without a millimetre calibration cannot be compared.")
        }
        return notes
    }

    // MARK: - JSON

    /// The JSON document (sorted keys, `NaN`/`Infinity` as strings), as `handpose compare --format json` prints it.
    public func jsonData(pretty: Bool = true) throws -> Data { try Self.encode(self, pretty: pretty) }

    /// ``metricDifferences`` alone, as a store keeps them (`metric_differences`).
    public func metricDifferencesJSON(pretty: Bool = false) throws -> Data { try Self.encode(metricDifferences, pretty: pretty) }

    /// ``statisticalTests`` alone, as a store keeps them (`statistical_tests`).
    public func statisticalTestsJSON(pretty: Bool = false) throws -> Data { try Self.encode(statisticalTests, pretty: pretty) }

    static func encode(_ value: some Encodable, pretty: Bool) throws -> Data {
        try CanonicalJSONEncoder(prettyPrinted: pretty).encode(value)
    }
}

/// What was compared: one recording's identity, size, quality and analysis settings.
public struct ComparedRecording: Sendable, Hashable, Codable {
    /// The caller's name for the recording (its path, or a stored session's id).
    public var label: String
    public var frames: Int
    public var durationSeconds: Double
    public var sampleRateHz: Double?
    /// Coordinate unit (`mm`, `m`, `px`, `normalized`).
    public var unit: String
    /// Hands present.
    public var hands: [String]
    /// The quality gate's verdict: `good`, `usable` or `poor`.
    public var qualityVerdict: String
    /// The protocol's id.
    public var protocolId: String
    /// The tremor band, `[low, high]` Hz.
    public var tremorBandHz: [Double]
    /// The whole-recording filter's method, if any.
    public var filter: String?
    /// Tremor windows per hand.
    public var windowCounts: [String: Int]

    /// The summary of `windowed` under `label`.
    public init(_ windowed: WindowedAnalysis, label: String) {
        let analysis = windowed.analysis
        self.label = label
        frames = analysis.recording.frames
        durationSeconds = analysis.recording.durationSeconds
        sampleRateHz = analysis.recording.sampleRateHz
        unit = analysis.recording.unit
        hands = analysis.recording.hands
        qualityVerdict = analysis.quality.verdict.rawValue
        protocolId = analysis.clinicalProtocol.id
        tremorBandHz = analysis.parameters.tremorBandHz
        filter = analysis.parameters.filter?.method.rawValue
        windowCounts = windowed.tremorWindows.mapValues(\.windows.count)
    }

    private enum CodingKeys: String, CodingKey {
        case label, frames, durationSeconds, sampleRateHz, unit, hands, qualityVerdict, protocolId, tremorBandHz, filter, windowCounts
    }

    /// Encodes every key, `null` for a missing value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(frames, forKey: .frames)
        try c.encode(durationSeconds, forKey: .durationSeconds)
        try c.encode(sampleRateHz, forKey: .sampleRateHz)
        try c.encode(unit, forKey: .unit)
        try c.encode(hands, forKey: .hands)
        try c.encode(qualityVerdict, forKey: .qualityVerdict)
        try c.encode(protocolId, forKey: .protocolId)
        try c.encode(tremorBandHz, forKey: .tremorBandHz)
        try c.encode(filter, forKey: .filter)
        try c.encode(windowCounts, forKey: .windowCounts)
    }
}
