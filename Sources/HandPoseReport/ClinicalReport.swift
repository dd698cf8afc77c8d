#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseMetrics

/// Everything one clinician's report shows, and its rendering as a self-contained HTML page.
///
/// ```swift
/// let analysis = try analyzer.analyze(recording)
/// let report = ClinicalReport(
///     analysis: analysis, subject: ReportSubject(sourceFile: "rec.csv"),
///     traces: DisplacementTrace.traces(
///         timestamps: recording.timestamps, hands: recording.hands.map { ($0.side, $0.channels) }, analysis: analysis))
/// try report.html().write(toFile: "report.html", atomically: true, encoding: .utf8)
/// ```
///
/// The page (``html()``): identifiers and the quality verdict with its warnings first, the key
/// numbers of both hands, the asymmetry bars, the trend over earlier sessions (only when
/// ``earlierSessions`` is not empty), one page per hand (tremor spectrum, displacement trace,
/// smoothness, range of motion against normal ranges), then the summary, what could not be
/// computed, the method with its parameters and versions, and the statement that this is not a
/// diagnosis. Inline CSS and SVG only: no script, no font, no image, no link is fetched; it
/// prints on A4. Every string is escaped. Rendering is deterministic for equal inputs.
public struct ClinicalReport: Sendable {
    /// The analysis shown.
    public var analysis: ClinicalAnalysis
    /// Patient, session and recording identifiers.
    public var subject: ReportSubject
    /// Per hand (`left`, `right`), the tremor landmark's displacement trace, or why there is none.
    public var traces: [String: Result<DisplacementTrace, NotComputable>]
    /// Earlier sessions of the same patient, oldest first; with any, a trend is drawn.
    public var earlierSessions: [TrendPoint]
    /// When the report is made (printed in the header; the trend's date for this recording when
    /// ``ReportSubject/recordedAt`` is unknown).
    public var generatedAt: Date
    /// How the report was asked for, listed under the method (e.g. `previous sessions` → `5`).
    public var options: [String: String]

    public init(
        analysis: ClinicalAnalysis, subject: ReportSubject = .init(),
        traces: [String: Result<DisplacementTrace, NotComputable>] = [:], earlierSessions: [TrendPoint] = [],
        generatedAt: Date = Date(), options: [String: String] = [:]
    ) {
        self.analysis = analysis
        self.subject = subject
        self.traces = traces
        self.earlierSessions = earlierSessions
        self.generatedAt = generatedAt
        self.options = options
    }

    /// The points of the trend: the earlier sessions, then this one.
    public var trendPoints: [TrendPoint] {
        guard !earlierSessions.isEmpty else { return [] }
        let current = TrendPoint(
            sessionID: subject.sessionID, recordedAt: subject.recordedAt ?? generatedAt, analysis: analysis)
        return earlierSessions.sorted { $0.recordedAt < $1.recordedAt } + [current]
    }

    /// The page: one HTML document, UTF-8.
    public func html() -> String { ReportPage(report: self).render() }
}
