extension ClinicalStore {
    /// Stores an annotation on a live session (and optionally one of its analyses).
    @discardableResult
    public func addAnnotation(_ annotation: AnnotationRecord, actor: String? = nil) throws(StoreError) -> AnnotationRecord {
        guard annotation.endSeconds > annotation.startSeconds, annotation.startSeconds >= 0 else {
            throw StoreError(
                .invalidArgument,
                "an annotation's range must start at or after 0 s and end after it starts (got \(annotation.startSeconds)-\(annotation.endSeconds) s)")
        }
        try transaction { connection throws(StoreError) in
            try Self.requireLiveSession(annotation.recordingSessionID, on: connection)
            do throws(StoreError) {
                try annotation.insert(into: connection)
            } catch where error.code == .constraint {
                throw StoreError(
                    .constraint, "the annotation's analysis or author does not exist", driverCode: error.driverCode,
                    driverMessage: error.driverMessage, constraint: error.constraint)
            }
            try Self.audit(
                connection, actor: actor ?? annotation.authorID, action: "annotation.add",
                entityType: AnnotationRecord.table, entityID: annotation.id,
                details: ["recordingSessionID": annotation.recordingSessionID, "type": annotation.type],
                at: annotation.createdAt)
        }
        return annotation
    }

    /// Removes an annotation of a session (for example an `artifact` marked by mistake), with an
    /// `annotation.delete` audit row naming its session, type and range. `.notFound` when the session
    /// has no annotation with `id`.
    @discardableResult
    public func deleteAnnotation(id: String, sessionID: String, actor: String? = nil) throws(StoreError) -> AnnotationRecord {
        let now = StoreTimestamp.now()
        return try transaction { connection throws(StoreError) in
            guard StoreID.isValid(id), StoreID.isValid(sessionID),
                  let annotation = try AnnotationRecord.fetch(
                      connection, where: "id = $1 AND recording_session_id = $2", [.text(id), .text(sessionID)]).first
            else { throw StoreError(.notFound, "session \(sessionID) has no annotation with id \(id)") }
            try connection.execute("DELETE FROM clinical_annotations WHERE id = $1", [.text(id)])
            try Self.audit(
                connection, actor: actor, action: "annotation.delete", entityType: AnnotationRecord.table, entityID: id,
                details: [
                    "recordingSessionID": sessionID, "type": annotation.type,
                    "range": "\(annotation.startSeconds)-\(annotation.endSeconds)",
                ], at: now)
            return annotation
        }
    }

    /// The annotations of a session, by start time.
    public func annotations(sessionID: String) throws(StoreError) -> [AnnotationRecord] {
        guard StoreID.isValid(sessionID) else { return [] }
        return try AnnotationRecord.fetch(
            database, where: "recording_session_id = $1", [.text(sessionID)], orderBy: "start_seconds, id")
    }

    /// Stores a rendered report.
    @discardableResult
    public func addReport(_ report: ReportRecord, actor: String? = nil) throws(StoreError) -> ReportRecord {
        try transaction { connection throws(StoreError) in
            try report.insert(into: connection)
            try Self.audit(
                connection, actor: actor ?? report.createdBy, action: "report.add", entityType: ReportRecord.table,
                entityID: report.id, details: ["format": report.format], at: report.createdAt)
        }
        return report
    }

    /// The reports of a session or of a patient, newest first.
    public func reports(sessionID: String? = nil, patientID: String? = nil) throws(StoreError) -> [ReportRecord] {
        if let sessionID {
            return try ReportRecord.fetch(
                database, where: "recording_session_id = $1", [.text(sessionID)], orderBy: "created_at DESC, id")
        }
        if let patientID {
            return try ReportRecord.fetch(
                database, where: "patient_id = $1", [.text(patientID)], orderBy: "created_at DESC, id")
        }
        return try ReportRecord.fetch(database, orderBy: "created_at DESC, id")
    }

    /// Stores a comparison of two sessions.
    @discardableResult
    public func addComparison(_ comparison: ComparisonRecord, actor: String? = nil) throws(StoreError) -> ComparisonRecord {
        try transaction { connection throws(StoreError) in
            do throws(StoreError) {
                try comparison.insert(into: connection)
            } catch where error.code == .constraint {
                throw StoreError(
                    .constraint, "both compared sessions must exist", driverCode: error.driverCode,
                    driverMessage: error.driverMessage, constraint: error.constraint)
            }
            try Self.audit(
                connection, actor: actor ?? comparison.createdBy, action: "comparison.add",
                entityType: ComparisonRecord.table, entityID: comparison.id,
                details: [
                    "baselineSessionID": comparison.baselineSessionID,
                    "comparisonSessionID": comparison.comparisonSessionID,
                ], at: comparison.createdAt)
        }
        return comparison
    }

    /// The comparisons that involve `sessionID`, newest first.
    public func comparisons(sessionID: String) throws(StoreError) -> [ComparisonRecord] {
        guard StoreID.isValid(sessionID) else { return [] }
        return try ComparisonRecord.fetch(
            database, where: "baseline_session_id = $1 OR comparison_session_id = $1", [.text(sessionID)],
            orderBy: "created_at DESC, id")
    }

    /// Audit rows, newest first: all, or those about one entity id.
    public func auditLog(entityID: String? = nil, limit: Int? = nil) throws(StoreError) -> [AuditEntry] {
        if let entityID {
            return try AuditEntry.fetch(database, where: "entity_id = $1", [.text(entityID)], orderBy: "at DESC, id", limit: limit)
        }
        return try AuditEntry.fetch(database, orderBy: "at DESC, id", limit: limit)
    }
}
