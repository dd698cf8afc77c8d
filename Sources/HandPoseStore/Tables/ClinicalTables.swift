extension RecordingSessionRecord: StoredRecord {
    static let table = "recording_sessions"
    static let columns = [
        "id", "patient_id", "clinician_id", "protocol_id", "recording_date", "duration_seconds", "fps", "frame_count",
        "device_info", "video_path", "csv_path", "content_hash", "status", "processing_metadata", "review_status",
        "clinical_notes", "created_at", "updated_at", "deleted_at",
    ]

    var values: [SQLValue] {
        [
            .text(id), .optionalText(patientID), .optionalText(clinicianID), .optionalText(protocolID),
            .timestamp(recordingDate), .real(durationSeconds), .real(fps), .integer(Int64(frameCount)),
            .text(deviceInfo), .optionalText(videoPath), .optionalText(csvPath), .text(contentHash),
            .text(status.rawValue), .text(processingMetadata), .text(reviewStatus.rawValue),
            .optionalText(clinicalNotes), .timestamp(createdAt), .timestamp(updatedAt), .timestamp(deletedAt),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), patientID: row.optionalText("patient_id"),
            clinicianID: row.optionalText("clinician_id"), protocolID: row.optionalText("protocol_id"),
            recordingDate: try row.date("recording_date"), durationSeconds: try row.double("duration_seconds"),
            fps: try row.double("fps"), frameCount: try row.int("frame_count"), deviceInfo: try row.text("device_info"),
            videoPath: row.optionalText("video_path"), csvPath: row.optionalText("csv_path"),
            contentHash: try row.text("content_hash"), status: try row.enumValue("status", RecordingStatus.self),
            processingMetadata: try row.text("processing_metadata"),
            reviewStatus: try row.enumValue("review_status", ReviewStatus.self),
            clinicalNotes: row.optionalText("clinical_notes"), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"), deletedAt: try row.optionalDate("deleted_at"))
    }
}

extension ProcessingResultRecord: StoredRecord {
    static let table = "signal_processing_results"
    static let columns =
        ["id", "recording_session_id", "filters_applied", "raw_landmarks"] + FilterColumn.allCases.map(\.rawValue)
        + ["quality_metrics", "created_at", "updated_at"]

    var values: [SQLValue] {
        [.text(id), .text(recordingSessionID), .text(filtersApplied), .blob(rawLandmarks.encoded())]
            + FilterColumn.allCases.map { column in filtered[column].map { .blob($0.encoded()) } ?? .null }
            + [.text(qualityMetrics), .timestamp(createdAt), .timestamp(updatedAt)]
    }

    init(_ row: RowReader) throws(StoreError) {
        var filtered: [FilterColumn: SampleMatrix] = [:]
        for column in FilterColumn.allCases {
            if let bytes = row.optionalBlob(column.rawValue) { filtered[column] = try SampleMatrix(decoding: bytes) }
        }
        self.init(
            id: try row.text("id"), recordingSessionID: try row.text("recording_session_id"),
            filtersApplied: try row.text("filters_applied"),
            rawLandmarks: try SampleMatrix(decoding: try row.blob("raw_landmarks")), filtered: filtered,
            qualityMetrics: try row.text("quality_metrics"), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}

extension AnalysisRecord: StoredRecord {
    static let table = "clinical_analyses"
    static let columns = [
        "id", "recording_session_id", "signal_processing_result_id", "analysis_version", "analysis_type",
        "primary_hand", "tremor_frequency", "tremor_amplitude", "tremor_regularity", "dominant_frequency",
        "frequency_spectrum", "sparc", "ldljv", "normalized_jerk", "rom_measurements", "asymmetry_index",
        "asymmetry_details", "coordination_score", "reaction_time", "movement_accuracy", "severity_scores",
        "overall_score", "clinical_summary", "confidence", "quality_flags", "document", "created_by", "created_at",
        "updated_at",
    ]

    var values: [SQLValue] {
        [
            .text(id), .text(recordingSessionID), .optionalText(signalProcessingResultID), .text(analysisVersion),
            .text(analysisType), .optionalText(primaryHand), .optionalReal(tremorFrequency),
            .optionalReal(tremorAmplitude), .optionalReal(tremorRegularity), .optionalReal(dominantFrequency),
            .optionalText(frequencySpectrum), .optionalReal(sparc), .optionalReal(ldljv), .optionalReal(normalizedJerk),
            .optionalText(romMeasurements), .optionalReal(asymmetryIndex), .optionalText(asymmetryDetails),
            .optionalReal(coordinationScore), .optionalReal(reactionTime), .optionalReal(movementAccuracy),
            .optionalText(severityScores), .optionalReal(overallScore), .optionalText(clinicalSummary),
            .optionalReal(confidence), .text(qualityFlags), .text(document), .optionalText(createdBy),
            .timestamp(createdAt), .timestamp(updatedAt),
        ]
    }

    init(_ row: RowReader) throws(StoreError) {
        self.init(
            id: try row.text("id"), recordingSessionID: try row.text("recording_session_id"),
            signalProcessingResultID: row.optionalText("signal_processing_result_id"),
            analysisVersion: try row.text("analysis_version"), analysisType: try row.text("analysis_type"),
            primaryHand: row.optionalText("primary_hand"), tremorFrequency: row.optionalDouble("tremor_frequency"),
            tremorAmplitude: row.optionalDouble("tremor_amplitude"),
            tremorRegularity: row.optionalDouble("tremor_regularity"),
            dominantFrequency: row.optionalDouble("dominant_frequency"),
            frequencySpectrum: row.optionalText("frequency_spectrum"), sparc: row.optionalDouble("sparc"),
            ldljv: row.optionalDouble("ldljv"), normalizedJerk: row.optionalDouble("normalized_jerk"),
            romMeasurements: row.optionalText("rom_measurements"), asymmetryIndex: row.optionalDouble("asymmetry_index"),
            asymmetryDetails: row.optionalText("asymmetry_details"),
            coordinationScore: row.optionalDouble("coordination_score"),
            reactionTime: row.optionalDouble("reaction_time"), movementAccuracy: row.optionalDouble("movement_accuracy"),
            severityScores: row.optionalText("severity_scores"), overallScore: row.optionalDouble("overall_score"),
            clinicalSummary: row.optionalText("clinical_summary"), confidence: row.optionalDouble("confidence"),
            qualityFlags: try row.text("quality_flags"), document: try row.text("document"),
            createdBy: row.optionalText("created_by"), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
