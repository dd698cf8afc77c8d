#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore

extension ClinicalProtocol {
    /// Checks everything the types cannot: identifiers, the version format, non-empty text, timing
    /// (positive durations, ordered and non-overlapping offsets, only the last movement open-ended),
    /// unique movement names, tremor bands (0 < low < high), filter presets, metric lists without
    /// duplicates, and that every required metric is computed by some movement.
    ///
    /// - Parameter path: the file the protocol came from, named in the error.
    /// - Throws: ``AnalysisError`` `invalidProtocol` for the first problem, with its JSON path
    ///   (`movements[1].tremorBandHz`) as `field`.
    public func validate(path: String? = nil) throws(AnalysisError) {
        func fail(_ field: String, _ message: String) -> AnalysisError {
            AnalysisError(.invalidProtocol, path: path, field: field, message)
        }
        guard schemaVersion == Self.currentSchemaVersion else {
            throw fail("schemaVersion", "unsupported schema version \(schemaVersion); this handpose reads version \(Self.currentSchemaVersion)")
        }
        guard Self.isKebabCase(id) else {
            throw fail("id", "\"\(id)\" must be kebab-case: lowercase letters and digits in words joined by single hyphens (e.g. essential-tremor)")
        }
        try Self.requireText(name, field: "name", fail)
        guard Self.isVersion(version) else {
            throw fail("version", "\"\(version)\" must be MAJOR.MINOR, two whole numbers joined by a dot (e.g. 1.0)")
        }
        try Self.requireText(description, field: "description", fail)
        try Self.requireTextList(indications, field: "indications", fail)
        try Self.requireTextList(contraindications, field: "contraindications", fail)
        if let instructions { try Self.requireText(instructions, field: "instructions", fail) }
        try Self.requireTextList(guidelines, field: "guidelines", fail)
        for (index, reference) in references.enumerated() {
            try reference.validate(field: "references[\(index)]", fail)
        }
        try validateMovements(fail)
        try validateMetrics(fail)
        try reviewThresholds?.validate(field: "reviewThresholds", fail)
    }

    private func validateMovements(_ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        guard !movements.isEmpty else { throw fail("movements", "a protocol needs at least one movement") }
        var firstIndexOfName: [String: Int] = [:]
        let intervals = plannedIntervals
        for (index, movement) in movements.enumerated() {
            let field = "movements[\(index)]"
            guard Self.isKebabCase(movement.name) else {
                throw fail("\(field).name", "\"\(movement.name)\" must be kebab-case: lowercase letters and digits joined by hyphens (e.g. rest-tremor)")
            }
            if let first = firstIndexOfName[movement.name] {
                throw fail("\(field).name", "duplicate movement name \"\(movement.name)\" (also movements[\(first)])")
            }
            firstIndexOfName[movement.name] = index
            try movement.validateTiming(field: field, fail)
            if movement.isOpenEnded, index != movements.count - 1 {
                throw fail(field, "has neither durationSeconds nor endSeconds, so it runs to the end of the recording: only the last movement may")
            }
            if index > 0, let previousEnd = intervals[index - 1].endSeconds, intervals[index].startSeconds < previousEnd {
                let start = ClinicalProtocol.format(intervals[index].startSeconds)
                throw fail(
                    "\(field).startSeconds",
                    "starts at \(start) s, before movements[\(index - 1)] (\(movements[index - 1].name)) ends at \(ClinicalProtocol.format(previousEnd)) s: movements must be in order and must not overlap")
            }
            if let repetitions = movement.repetitions, repetitions < 1 {
                throw fail("\(field).repetitions", "\(repetitions) repetitions: must be 1 or more")
            }
            try Self.requireText(movement.instructions, field: "\(field).instructions", fail)
            if let band = movement.tremorBandHz {
                guard band.lowHz > 0, band.highHz.isFinite else {
                    throw fail("\(field).tremorBandHz", "band \(band): the low edge must be above 0 Hz")
                }
                guard band.lowHz < band.highHz else {
                    throw fail("\(field).tremorBandHz", "band \(band): the low edge must be below the high edge")
                }
            }
            if let preset = movement.filterPreset {
                do {
                    try preset.validate(field: "\(field).filterPreset")
                } catch {
                    throw fail(error.field ?? "\(field).filterPreset", error.message)
                }
            }
            if let metrics = movement.metrics {
                try Self.requireMetricList(metrics, field: "\(field).metrics", fail)
            }
        }
    }

    private func validateMetrics(_ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        try Self.requireMetricList(requiredMetrics, field: "requiredMetrics", fail)
        let computed = Set(movements.flatMap { metrics(for: $0) })
        if let index = requiredMetrics.firstIndex(where: { !computed.contains($0) }) {
            throw fail("requiredMetrics[\(index)]", "\(requiredMetrics[index].rawValue) is required but no movement's metrics include it")
        }
    }

    // MARK: - Helpers

    private static func requireText(_ text: String, field: String, _ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        guard !text.trimmingWhitespaceAndNewlines().isEmpty else { throw fail(field, "must not be empty") }
    }

    private static func requireTextList(_ list: [String], field: String, _ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        var seen: Set<String> = []
        for (index, text) in list.enumerated() {
            try requireText(text, field: "\(field)[\(index)]", fail)
            guard seen.insert(text).inserted else { throw fail("\(field)[\(index)]", "duplicate entry") }
        }
    }

    private static func requireMetricList(_ list: [ProtocolMetric], field: String, _ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        guard !list.isEmpty else { throw fail(field, "must name at least one metric") }
        var seen: Set<ProtocolMetric> = []
        for (index, metric) in list.enumerated() where !seen.insert(metric).inserted {
            throw fail("\(field)[\(index)]", "duplicate metric \(metric.rawValue)")
        }
    }

    /// `^[a-z0-9]+(-[a-z0-9]+)*$`.
    static func isKebabCase(_ text: String) -> Bool {
        !text.isEmpty && text.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// `^[0-9]+\.[0-9]+$`.
    static func isVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        }
    }

    /// Seconds without a trailing `.0`.
    static func format(_ seconds: Double) -> String { ProtocolFrequencyBand.format(seconds) }
}

extension Movement {
    /// Durations and offsets: finite, positive, and not contradicting each other.
    func validateTiming(field: String, _ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        if let duration = durationSeconds, !(duration > 0 && duration.isFinite) {
            throw fail("\(field).durationSeconds", "\(ClinicalProtocol.format(duration)) s: must be above 0")
        }
        if let start = startSeconds, !(start >= 0 && start.isFinite) {
            throw fail("\(field).startSeconds", "\(ClinicalProtocol.format(start)) s: must be 0 or more")
        }
        guard let end = endSeconds else { return }
        guard durationSeconds == nil else {
            throw fail("\(field).endSeconds", "give durationSeconds or endSeconds, not both")
        }
        guard let start = startSeconds else {
            throw fail("\(field).endSeconds", "endSeconds needs startSeconds (or give durationSeconds instead)")
        }
        guard end > start, end.isFinite else {
            throw fail("\(field).endSeconds", "ends at \(ClinicalProtocol.format(end)) s, not after its start at \(ClinicalProtocol.format(start)) s")
        }
    }
}

extension ProtocolReference {
    func validate(field: String, _ fail: (String, String) -> AnalysisError) throws(AnalysisError) {
        guard !citation.trimmingWhitespaceAndNewlines().isEmpty else {
            throw fail("\(field).citation", "must not be empty")
        }
        if let doi {
            let parts = doi.split(separator: "/", maxSplits: 1)
            guard parts.count == 2, parts[0].hasPrefix("10."), parts[0].count > 3, !doi.contains(" ") else {
                throw fail("\(field).doi", "\"\(doi)\" is not a DOI: expected 10.<registrant>/<suffix>, without https://doi.org/")
            }
        }
    }
}
