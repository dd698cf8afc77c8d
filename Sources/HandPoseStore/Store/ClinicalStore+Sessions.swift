#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore

/// Which recording sessions ``ClinicalStore/sessions(_:)`` lists.
public struct SessionQuery: Sendable, Hashable {
    public var patientID: String?
    public var clinicianID: String?
    public var status: RecordingStatus?
    public var reviewStatus: ReviewStatus?
    /// Sessions recorded at or after this instant.
    public var since: Date?
    /// Words the clinical notes must contain (full-text search: FTS5 in SQLite, `tsvector` in PostgreSQL).
    public var notesMatching: String?
    /// Include soft-deleted sessions.
    public var includeDeleted: Bool
    public var limit: Int?

    public init(
        patientID: String? = nil, clinicianID: String? = nil, status: RecordingStatus? = nil,
        reviewStatus: ReviewStatus? = nil, since: Date? = nil, notesMatching: String? = nil,
        includeDeleted: Bool = false, limit: Int? = nil
    ) {
        self.patientID = patientID
        self.clinicianID = clinicianID
        self.status = status
        self.reviewStatus = reviewStatus
        self.since = since
        self.notesMatching = notesMatching
        self.includeDeleted = includeDeleted
        self.limit = limit
    }
}

extension ClinicalStore {
    /// Recording sessions matching `query`, newest recording first.
    public func sessions(_ query: SessionQuery = .init()) throws(StoreError) -> [RecordingSessionRecord] {
        var conditions: [String] = []
        var parameters: [SQLValue] = []
        func add(_ condition: String, _ value: SQLValue) {
            parameters.append(value)
            conditions.append(condition.replacingLiteral("$?", with: "$\(parameters.count)"))
        }
        if !query.includeDeleted { conditions.append("deleted_at IS NULL") }
        if let patient = query.patientID { add("patient_id = $?", .text(patient)) }
        if let clinician = query.clinicianID { add("clinician_id = $?", .text(clinician)) }
        if let status = query.status { add("status = $?", .text(status.rawValue)) }
        if let review = query.reviewStatus { add("review_status = $?", .text(review.rawValue)) }
        if let since = query.since { add("recording_date >= $?", .timestamp(since)) }
        if let words = query.notesMatching {
            switch database.dialect {
            case .sqlite:
                add(
                    "rowid IN (SELECT rowid FROM recording_sessions_notes_fts WHERE recording_sessions_notes_fts MATCH $?)",
                    .text(Self.fts5Query(words)))
            case .postgres:
                add(
                    "to_tsvector('english', coalesce(clinical_notes, '')) @@ plainto_tsquery('english', $?)",
                    .text(words))
            }
        }
        return try RecordingSessionRecord.fetch(
            database, where: conditions.joined(separator: " AND "), parameters,
            orderBy: "recording_date DESC, created_at DESC, id", limit: query.limit)
    }

    /// The session with `id` (soft-deleted ones too), if any.
    public func session(id: String) throws(StoreError) -> RecordingSessionRecord? {
        guard StoreID.isValid(id) else { return nil }
        return try RecordingSessionRecord.fetch(database, where: "id = $1", [.text(id)]).first
    }

    /// The analyses of a session, oldest first.
    public func analyses(sessionID: String) throws(StoreError) -> [AnalysisRecord] {
        guard StoreID.isValid(sessionID) else { return [] }
        return try AnalysisRecord.fetch(database, where: "recording_session_id = $1", [.text(sessionID)])
    }

    /// The analysis with `id`, if any.
    public func analysis(id: String) throws(StoreError) -> AnalysisRecord? {
        guard StoreID.isValid(id) else { return nil }
        return try AnalysisRecord.fetch(database, where: "id = $1", [.text(id)]).first
    }

    /// The processing results of a session (raw and filtered arrays), oldest first.
    public func processingResults(sessionID: String) throws(StoreError) -> [ProcessingResultRecord] {
        guard StoreID.isValid(sessionID) else { return [] }
        return try ProcessingResultRecord.fetch(database, where: "recording_session_id = $1", [.text(sessionID)])
    }

    /// Soft-deletes a session: sets `deleted_at` and keeps every row for audit. `.notFound` when
    /// there is no live session with `id`.
    public func deleteSession(id: String, actor: String? = nil) throws(StoreError) {
        let now = StoreTimestamp.now()
        try transaction { connection throws(StoreError) in
            try Self.requireLiveSession(id, on: connection)
            try connection.execute(
                "UPDATE recording_sessions SET deleted_at = $1, updated_at = $1 WHERE id = $2",
                [.timestamp(now), .text(id)])
            try Self.audit(
                connection, actor: actor, action: "session.delete", entityType: RecordingSessionRecord.table,
                entityID: id, at: now)
        }
    }

    /// Replaces a session's clinical notes (searchable with ``SessionQuery/notesMatching``).
    public func setClinicalNotes(sessionID: String, notes: String?, actor: String? = nil) throws(StoreError) {
        let now = StoreTimestamp.now()
        try transaction { connection throws(StoreError) in
            try Self.requireLiveSession(sessionID, on: connection)
            try connection.execute(
                "UPDATE recording_sessions SET clinical_notes = $1, updated_at = $2 WHERE id = $3",
                [.optionalText(notes), .timestamp(now), .text(sessionID)])
            try Self.audit(
                connection, actor: actor, action: "session.notes", entityType: RecordingSessionRecord.table,
                entityID: sessionID, at: now)
        }
    }

    static func requireLiveSession(_ id: String, on connection: any SQLConnection) throws(StoreError) {
        guard StoreID.isValid(id),
              !(try connection.query(
                  "SELECT id FROM recording_sessions WHERE id = $1 AND deleted_at IS NULL", [.text(id)])).isEmpty
        else { throw StoreError(.notFound, "no live recording session has id \(id)") }
    }

    /// Words as an FTS5 query: each word quoted (so `-`, `:` or `OR` in notes text are not operators),
    /// all required.
    static func fts5Query(_ words: String) -> String {
        words.split(whereSeparator: { $0.isWhitespace })
            .map { "\"" + $0.replacingLiteral("\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
    }
}
