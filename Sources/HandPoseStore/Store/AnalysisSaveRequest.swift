#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore
import HandPoseQuality

/// Everything ``ClinicalStore/save(_:)`` stores for one analysed recording.
public struct AnalysisSaveRequest: Sendable {
    /// The analysis (its document and searchable columns go to `clinical_analyses`).
    public var analysis: ClinicalAnalysis
    /// The protocol it followed; stored in `protocols` if that name and version is not there yet.
    public var clinicalProtocol: ClinicalProtocol
    /// The recording as read (`raw_landmarks`).
    public var recording: Recording
    /// The recording after the analysis's filter (`Analyzer.analyzeKeepingSignals`), stored in the
    /// filter's column; nil when no filter was applied.
    public var filtered: Recording?
    /// SHA-256 of the CSV file's bytes (``ContentHash``).
    public var contentHash: String
    /// Where the CSV was read from (kept in `csv_path`; never written to logs or errors).
    public var csvPath: String?
    public var patientID: String?
    public var clinicianID: String?
    /// Who saves (audit actor); nil for an unattended service.
    public var actorID: String?
    /// When the recording was made; defaults to now.
    public var recordingDate: Date
    /// Store a new analysis even when a live session with the same content hash exists.
    public var force: Bool
    /// When an analysis waits for a clinician's review; by default the protocol's `reviewThresholds`
    /// over the store's defaults.
    public var reviewPolicy: ReviewPolicy

    public init(
        analysis: ClinicalAnalysis, clinicalProtocol: ClinicalProtocol, recording: Recording, filtered: Recording? = nil,
        contentHash: String, csvPath: String? = nil, patientID: String? = nil, clinicianID: String? = nil,
        actorID: String? = nil, recordingDate: Date = StoreTimestamp.now(), force: Bool = false,
        reviewPolicy: ReviewPolicy? = nil
    ) {
        self.analysis = analysis
        self.clinicalProtocol = clinicalProtocol
        self.recording = recording
        self.filtered = filtered
        self.contentHash = contentHash
        self.csvPath = csvPath
        self.patientID = patientID
        self.clinicianID = clinicianID
        self.actorID = actorID
        self.recordingDate = recordingDate
        self.force = force
        self.reviewPolicy = reviewPolicy ?? ReviewPolicy(clinicalProtocol.reviewThresholds)
    }
}

/// What ``ClinicalStore/save(_:)`` did.
public enum SaveOutcome: Sendable, Equatable {
    /// Stored: the session (new, or the existing one when forced), its processing result and analysis.
    case saved(SavedAnalysis)
    /// Not stored: a live session already holds a recording with this content hash.
    case duplicate(sessionID: String, analysisIDs: [String])
}

/// The ids a save wrote and whether the analysis joined the review queue.
public struct SavedAnalysis: Sendable, Equatable, Codable {
    public var sessionID: String
    /// True when the session row was created by this save (false for a forced re-analysis).
    public var newSession: Bool
    public var processingResultID: String
    public var analysisID: String
    /// Why the analysis waits for review; empty when it does not.
    public var reviewReasons: [String]
}

/// When a saved analysis enters `analysis_review_queue`: a `poor` quality verdict,
/// a hand's confidence below ``minimumConfidence``, or a tremor amplitude at or above
/// ``tremorAmplitudeMm`` (a protocol's `reviewThresholds`, for prompt review).
public struct ReviewPolicy: Sendable, Hashable, Codable {
    /// Hands whose confidence is below this are queued.
    public var minimumConfidence: Double
    /// A tremor amplitude (mm) at or above this is queued; nil disables the check.
    public var tremorAmplitudeMm: Double?

    public init(minimumConfidence: Double = 0.5, tremorAmplitudeMm: Double? = nil) {
        self.minimumConfidence = minimumConfidence
        self.tremorAmplitudeMm = tremorAmplitudeMm
    }

    /// The defaults, overridden by a protocol's `reviewThresholds`.
    public init(_ thresholds: ProtocolReviewThresholds?) {
        self.init(
            minimumConfidence: thresholds?.minimumConfidence ?? 0.5, tremorAmplitudeMm: thresholds?.tremorAmplitudeMm)
    }

    /// The reasons `analysis` needs review, in words; empty when it does not.
    public func reasons(for analysis: ClinicalAnalysis) -> [String] {
        var reasons: [String] = []
        if analysis.quality.verdict == .poor { reasons.append("quality verdict poor") }
        for side in analysis.hands.keys.sorted() {
            guard let hand = analysis.hands[side] else { continue }
            if let confidence = hand.confidence?.value, confidence < minimumConfidence {
                reasons.append(
                    "\(side) hand confidence \(String(cFormat: "%.3f", confidence)) below \(String(cFormat: "%.2f", minimumConfidence))")
            }
            if let threshold = tremorAmplitudeMm, let amplitude = hand.tremor?.amplitudeMm, amplitude >= threshold {
                reasons.append(
                    "\(side) hand tremor amplitude \(String(cFormat: "%.1f", amplitude)) mm at or above \(String(cFormat: "%.1f", threshold)) mm")
            }
        }
        return reasons
    }
}
