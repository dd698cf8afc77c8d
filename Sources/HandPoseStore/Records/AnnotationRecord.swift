#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis

/// One row of `clinical_annotations`: a note on a time range of a recording session.
/// An annotation of type ``artifact`` marks a range the next analysis leaves out.
public struct AnnotationRecord: Codable, Sendable, Equatable, Identifiable {
    /// The type that excludes its range from analysis.
    public static let artifact = "artifact"

    public var id: String
    public var recordingSessionID: String
    public var clinicalAnalysisID: String?
    public var authorID: String?
    /// Seconds from the recording's first frame.
    public var startSeconds: Double
    public var endSeconds: Double
    public var type: String
    public var text: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String = StoreID.make(), recordingSessionID: String, clinicalAnalysisID: String? = nil,
        authorID: String? = nil, startSeconds: Double, endSeconds: Double, type: String, text: String,
        createdAt: Date = StoreTimestamp.now(), updatedAt: Date? = nil
    ) {
        self.id = id
        self.recordingSessionID = recordingSessionID
        self.clinicalAnalysisID = clinicalAnalysisID
        self.authorID = authorID
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.type = type
        self.text = text
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}

/// One row of `reports`: a rendered report of a session or of a patient.
public struct ReportRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var recordingSessionID: String?
    public var patientID: String?
    public var createdBy: String?
    /// JSON text: how it was rendered (options, previous sessions included).
    public var configuration: String
    /// `html`, `pdf`, `json` or `text`.
    public var format: String
    public var path: String?
    public var content: [UInt8]?
    /// JSON text: an array of user ids or e-mails it was shared with.
    public var sharedWith: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String = StoreID.make(), recordingSessionID: String? = nil, patientID: String? = nil,
        createdBy: String? = nil, configuration: String = "{}", format: String, path: String? = nil,
        content: [UInt8]? = nil, sharedWith: String = "[]", createdAt: Date = StoreTimestamp.now(), updatedAt: Date? = nil
    ) {
        self.id = id
        self.recordingSessionID = recordingSessionID
        self.patientID = patientID
        self.createdBy = createdBy
        self.configuration = CanonicalJSON.canonical(configuration)
        self.format = format
        self.path = path
        self.content = content
        self.sharedWith = CanonicalJSON.canonical(sharedWith)
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}

/// One row of `recording_comparisons`: two sessions compared metric by metric.
public struct ComparisonRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var baselineSessionID: String
    public var comparisonSessionID: String
    /// JSON text: per metric, both values, the difference and the relative change.
    public var metricDifferences: String
    /// JSON text: the statistical tests on windowed metrics.
    public var statisticalTests: String
    public var createdBy: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String = StoreID.make(), baselineSessionID: String, comparisonSessionID: String,
        metricDifferences: String, statisticalTests: String, createdBy: String? = nil,
        createdAt: Date = StoreTimestamp.now(), updatedAt: Date? = nil
    ) {
        self.id = id
        self.baselineSessionID = baselineSessionID
        self.comparisonSessionID = comparisonSessionID
        self.metricDifferences = CanonicalJSON.canonical(metricDifferences)
        self.statisticalTests = CanonicalJSON.canonical(statisticalTests)
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}

extension AnnotationRecord {
    /// The range this annotation leaves out of the next analysis: its time range when it is an
    /// ``artifact``, nil for any other type. The reason names the annotation and quotes its text.
    public var excludedRange: ExcludedRange? {
        guard type == Self.artifact else { return nil }
        return ExcludedRange(
            startSeconds: startSeconds, endSeconds: endSeconds,
            reason: "artifact annotation \(id)" + (text.isEmpty ? "" : ": \(text)"))
    }
}
