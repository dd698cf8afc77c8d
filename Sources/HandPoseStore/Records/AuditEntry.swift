#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One row of `audit_logs`: who did what to which record, when.
///
/// `details` holds ids, counts and option names only, never patient data (no names, e-mails, notes
/// or file paths): the log is read by administrators who need not see clinical content.
public struct AuditEntry: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var actorID: String?
    /// What happened: `analysis.save`, `session.delete`, `review.approve`, …
    public var action: String
    /// The table of the record acted on (`recording_sessions`, …).
    public var entityType: String
    public var entityID: String?
    public var at: Date
    /// JSON text.
    public var details: String
    public var ipAddress: String?

    public init(
        id: String = StoreID.make(), actorID: String? = nil, action: String, entityType: String, entityID: String?,
        at: Date = StoreTimestamp.now(), details: String = "{}", ipAddress: String? = nil
    ) {
        self.id = id
        self.actorID = actorID
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.at = at
        self.details = CanonicalJSON.canonical(details)
        self.ipAddress = ipAddress
    }
}

/// One row of `analysis_review_queue`: an analysis waiting for, or having had, a clinician's review.
public struct ReviewQueueItem: Codable, Sendable, Equatable, Identifiable {
    /// A reviewer's decision.
    public enum Decision: String, Codable, Sendable, CaseIterable {
        case approved, flagged
    }

    public var id: String
    public var clinicalAnalysisID: String
    public var recordingSessionID: String
    /// Why it was queued, in words (`quality verdict poor`, `confidence 0.42 below 0.5`, …).
    public var reasons: [String]
    public var decision: Decision?
    public var reviewedBy: String?
    public var reviewedAt: Date?
    public var notes: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String = StoreID.make(), clinicalAnalysisID: String, recordingSessionID: String, reasons: [String],
        decision: Decision? = nil, reviewedBy: String? = nil, reviewedAt: Date? = nil, notes: String? = nil,
        createdAt: Date = StoreTimestamp.now(), updatedAt: Date? = nil
    ) {
        self.id = id
        self.clinicalAnalysisID = clinicalAnalysisID
        self.recordingSessionID = recordingSessionID
        self.reasons = reasons
        self.decision = decision
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.notes = notes
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}

/// One row of `daily_summaries`: per recording day and clinician, what was recorded and analysed.
public struct DailySummary: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The UTC day of the recordings, `YYYY-MM-DD`.
    public var day: String
    public var clinicianID: String?
    /// Live (not deleted) recording sessions recorded that day.
    public var sessions: Int
    /// Analyses of those sessions.
    public var analyses: Int
    /// Those analyses that entered the review queue.
    public var flagged: Int
    /// Mean of those analyses' `tremor_amplitude` (mm), over the analyses that have one.
    public var meanTremorAmplitude: Double?
    /// When the row was computed.
    public var refreshedAt: Date

    public init(
        id: String = StoreID.make(), day: String, clinicianID: String?, sessions: Int, analyses: Int, flagged: Int,
        meanTremorAmplitude: Double?, refreshedAt: Date = StoreTimestamp.now()
    ) {
        self.id = id
        self.refreshedAt = refreshedAt
        self.day = day
        self.clinicianID = clinicianID
        self.sessions = sessions
        self.analyses = analyses
        self.flagged = flagged
        self.meanTremorAmplitude = meanTremorAmplitude
    }
}
