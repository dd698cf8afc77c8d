#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore
import HandPoseDSP

extension ClinicalStore {
    /// Stores an analysed recording in one transaction: the protocol (if new), the recording
    /// session, the processing result (raw and filtered arrays), the analysis, its review-queue entry
    /// when ``ReviewPolicy`` asks for one, and an `analysis.save` audit row. Any failure rolls all of
    /// it back.
    ///
    /// A live (not deleted) session whose content hash equals the request's is the same recording:
    /// without `force` nothing is written and ``SaveOutcome/duplicate(sessionID:analysisIDs:)`` names
    /// it; with `force` a new processing result and analysis are added to that session.
    public func save(_ request: AnalysisSaveRequest) throws(StoreError) -> SaveOutcome {
        let now = StoreTimestamp.now()
        return try transaction { connection throws(StoreError) in
            let existing = try RecordingSessionRecord.fetch(
                connection, where: "content_hash = $1 AND deleted_at IS NULL", [.text(request.contentHash)],
                orderBy: "created_at, id", limit: 1
            ).first
            if let existing, !request.force {
                let analyses = try AnalysisRecord.fetch(
                    connection, where: "recording_session_id = $1", [.text(existing.id)])
                return .duplicate(sessionID: existing.id, analysisIDs: analyses.map(\.id))
            }
            let protocolRecord = try Self.importProtocol(
                request.clinicalProtocol, createdBy: nil, actor: request.actorID, on: connection)
            let protocolID: String
            switch protocolRecord {
            case .inserted(let record), .unchanged(let record): protocolID = record.id
            }

            let session: RecordingSessionRecord
            if let existing {
                session = existing
            } else {
                session = Self.sessionRecord(for: request, protocolID: protocolID, at: now)
                do throws(StoreError) {
                    try session.insert(into: connection)
                } catch where error.code == .constraint {
                    throw StoreError(
                        .constraint, "the patient or clinician is not a user in this database; nothing was saved",
                        driverCode: error.driverCode, driverMessage: error.driverMessage, constraint: error.constraint)
                }
            }

            let result = try Self.processingResult(for: request, sessionID: session.id, at: now)
            try result.insert(into: connection)
            let analysis = try AnalysisRecord(
                analysis: request.analysis, recordingSessionID: session.id, signalProcessingResultID: result.id,
                createdBy: request.actorID, at: now)
            try analysis.insert(into: connection)

            let reasons = request.reviewPolicy.reasons(for: request.analysis)
            if !reasons.isEmpty {
                try ReviewQueueItem(
                    clinicalAnalysisID: analysis.id, recordingSessionID: session.id, reasons: reasons, createdAt: now
                ).insert(into: connection)
            }
            try connection.execute(
                "UPDATE recording_sessions SET status = $1, review_status = $2, updated_at = $3 WHERE id = $4",
                [.text(RecordingStatus.analyzed.rawValue), .text(ReviewStatus.pending.rawValue), .timestamp(now),
                 .text(session.id)])

            try Self.audit(
                connection, actor: request.actorID, action: "analysis.save", entityType: AnalysisRecord.table,
                entityID: analysis.id,
                details: [
                    "recordingSessionID": session.id, "newSession": existing == nil ? "true" : "false",
                    "forced": request.force ? "true" : "false", "reviewQueued": reasons.isEmpty ? "false" : "true",
                ], at: now)
            return .saved(
                SavedAnalysis(
                    sessionID: session.id, newSession: existing == nil, processingResultID: result.id,
                    analysisID: analysis.id, reviewReasons: reasons))
        }
    }

    static func sessionRecord(for request: AnalysisSaveRequest, protocolID: String, at date: Date) -> RecordingSessionRecord {
        let summary = request.analysis.recording
        let device: [String: String] = [
            "layout": summary.layout, "coordinateSpace": summary.coordinateSpace,
            "source": request.recording.metadata["source"] ?? "",
        ].filter { !$0.value.isEmpty }
        let processing: [String: String] = [
            "software": "\(request.analysis.software.name) \(request.analysis.software.version)",
            "protocol": "\(request.analysis.clinicalProtocol.id) \(request.analysis.clinicalProtocol.version)",
            "filter": request.analysis.parameters.filter?.method.rawValue ?? "none",
        ]
        return RecordingSessionRecord(
            patientID: request.patientID, clinicianID: request.clinicianID, protocolID: protocolID,
            recordingDate: request.recordingDate, durationSeconds: summary.durationSeconds,
            fps: summary.sampleRateHz ?? 0, frameCount: summary.frames, deviceInfo: StoreJSONText.object(device),
            csvPath: request.csvPath, contentHash: request.contentHash, status: .processing,
            processingMetadata: StoreJSONText.object(processing), createdAt: date)
    }

    static func processingResult(
        for request: AnalysisSaveRequest, sessionID: String, at date: Date
    ) throws(StoreError) -> ProcessingResultRecord {
        /// One entry of `filters_applied`.
        struct AppliedFilter: Encodable {
            var method: String
            var parameters: ProtocolFilterPreset.Parameters
            var algorithmID: String
        }
        var filtered: [ProcessingResultRecord.FilterColumn: SampleMatrix] = [:]
        var applied: [AppliedFilter] = []
        if let preset = request.analysis.parameters.filter, let recording = request.filtered {
            filtered[.init(preset.method)] = SampleMatrix(recording)
            applied.append(
                AppliedFilter(
                    method: preset.method.rawValue, parameters: preset.parameters,
                    algorithmID: request.analysis.algorithms["filter"] ?? ""))
        }
        let quality = try StoreJSONText.encode(request.analysis.quality, what: "the quality report")
        let filters = try StoreJSONText.encode(applied, what: "the applied filters")
        return ProcessingResultRecord(
            recordingSessionID: sessionID, filtersApplied: filters, rawLandmarks: SampleMatrix(request.recording),
            filtered: filtered, qualityMetrics: quality, createdAt: date)
    }
}
