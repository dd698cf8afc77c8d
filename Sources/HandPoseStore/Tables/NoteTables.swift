extension AnnotationRecord: StoredRecord {
    static let table = "clinical_annotations"
    static let columns = [
        "id", "recording_session_id", "clinical_analysis_id", "author_id", "start_seconds", "end_seconds",
        "annotation_type", "text", "created_at", "updated_at",
    ]

    var values: [SQLValue] {
        [
            .text(id), .text(recordingSessionID), .optionalText(clinicalAnalysisID), .optionalText(authorID),
            .real(startSeconds), .real(endSeconds), .text(type), .text(text), .timestamp(createdAt),
            .timestamp(updatedAt),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), recordingSessionID: try row.text("recording_session_id"),
            clinicalAnalysisID: row.optionalText("clinical_analysis_id"), authorID: row.optionalText("author_id"),
            startSeconds: try row.double("start_seconds"), endSeconds: try row.double("end_seconds"),
            type: try row.text("annotation_type"), text: try row.text("text"), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}

extension ReportRecord: StoredRecord {
    static let table = "reports"
    static let columns = [
        "id", "recording_session_id", "patient_id", "created_by", "configuration", "format", "path", "content",
        "shared_with", "created_at", "updated_at",
    ]

    var values: [SQLValue] {
        [
            .text(id), .optionalText(recordingSessionID), .optionalText(patientID), .optionalText(createdBy),
            .text(configuration), .text(format), .optionalText(path), content.map(SQLValue.blob) ?? .null,
            .text(sharedWith), .timestamp(createdAt), .timestamp(updatedAt),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), recordingSessionID: row.optionalText("recording_session_id"),
            patientID: row.optionalText("patient_id"), createdBy: row.optionalText("created_by"),
            configuration: try row.text("configuration"), format: try row.text("format"), path: row.optionalText("path"),
            content: row.optionalBlob("content"), sharedWith: try row.text("shared_with"),
            createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }
}

extension ComparisonRecord: StoredRecord {
    static let table = "recording_comparisons"
    static let columns = [
        "id", "baseline_session_id", "comparison_session_id", "metric_differences", "statistical_tests", "created_by",
        "created_at", "updated_at",
    ]

    var values: [SQLValue] {
        [
            .text(id), .text(baselineSessionID), .text(comparisonSessionID), .text(metricDifferences),
            .text(statisticalTests), .optionalText(createdBy), .timestamp(createdAt), .timestamp(updatedAt),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), baselineSessionID: try row.text("baseline_session_id"),
            comparisonSessionID: try row.text("comparison_session_id"),
            metricDifferences: try row.text("metric_differences"), statisticalTests: try row.text("statistical_tests"),
            createdBy: row.optionalText("created_by"), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}

extension AuditEntry: StoredRecord {
    static let table = "audit_logs"
    static let columns = [
        "id", "actor_id", "action", "entity_type", "entity_id", "at", "details", "ip_address", "created_at",
        "updated_at",
    ]

    var values: [SQLValue] {
        [
            .text(id), .optionalText(actorID), .text(action), .text(entityType), .optionalText(entityID),
            .timestamp(at), .text(details), .optionalText(ipAddress), .timestamp(at), .timestamp(at),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), actorID: row.optionalText("actor_id"), action: try row.text("action"),
            entityType: try row.text("entity_type"), entityID: row.optionalText("entity_id"), at: try row.date("at"),
            details: try row.text("details"), ipAddress: row.optionalText("ip_address"))
    }
}

extension ReviewQueueItem: StoredRecord {
    static let table = "analysis_review_queue"
    static let columns = [
        "id", "clinical_analysis_id", "recording_session_id", "reasons", "decision", "reviewed_by", "reviewed_at",
        "notes", "created_at", "updated_at",
    ]

    var values: [SQLValue] {
        [
            .text(id), .text(clinicalAnalysisID), .text(recordingSessionID), .jsonArray(reasons),
            .optionalText(decision?.rawValue), .optionalText(reviewedBy), .timestamp(reviewedAt), .optionalText(notes),
            .timestamp(createdAt), .timestamp(updatedAt),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), clinicalAnalysisID: try row.text("clinical_analysis_id"),
            recordingSessionID: try row.text("recording_session_id"), reasons: try row.stringArray("reasons"),
            decision: try row.optionalText("decision").map { _ throws(StoreError) in
                try row.enumValue("decision", Decision.self)
            }, reviewedBy: row.optionalText("reviewed_by"), reviewedAt: try row.optionalDate("reviewed_at"),
            notes: row.optionalText("notes"), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}

extension DailySummary: StoredRecord {
    static let table = "daily_summaries"
    static let columns = [
        "id", "day", "clinician_id", "sessions_count", "analyses_count", "flagged_count", "mean_tremor_amplitude",
        "created_at", "updated_at",
    ]

    var values: [SQLValue] {
        [
            .text(id), .text(day), .optionalText(clinicianID), .integer(Int64(sessions)), .integer(Int64(analyses)),
            .integer(Int64(flagged)), .optionalReal(meanTremorAmplitude), .timestamp(refreshedAt),
            .timestamp(refreshedAt),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), day: String(try row.text("day").prefix(10)),
            clinicianID: row.optionalText("clinician_id"), sessions: try row.int("sessions_count"),
            analyses: try row.int("analyses_count"), flagged: try row.int("flagged_count"),
            meanTremorAmplitude: row.optionalDouble("mean_tremor_amplitude"), refreshedAt: try row.date("updated_at"))
    }
}
