extension ClinicalStore {
    /// The review queue, oldest first: only entries nobody has reviewed when `pendingOnly`.
    public func reviewQueue(pendingOnly: Bool = true) throws(StoreError) -> [ReviewQueueItem] {
        try ReviewQueueItem.fetch(database, where: pendingOnly ? "reviewed_at IS NULL" : "", orderBy: "created_at, id")
    }

    /// Records a clinician's decision on an analysis: the queue entry (created if the analysis was
    /// not queued) and the session's `review_status`, with an audit row. `.notFound` for an unknown
    /// analysis; `.invalidArgument` when the reviewer is not a clinician or admin.
    @discardableResult
    public func review(
        analysisID: String, decision: ReviewQueueItem.Decision, reviewerID: String, notes: String? = nil
    ) throws(StoreError) -> ReviewQueueItem {
        let now = StoreTimestamp.now()
        return try transaction { connection throws(StoreError) in
            guard let analysis = try (StoreID.isValid(analysisID)
                ? AnalysisRecord.fetch(connection, where: "id = $1", [.text(analysisID)]).first : nil)
            else { throw StoreError(.notFound, "no analysis has id \(analysisID)") }
            guard let reviewer = try (StoreID.isValid(reviewerID)
                ? UserRecord.fetch(connection, where: "id = $1", [.text(reviewerID)]).first : nil)
            else { throw StoreError(.notFound, "no user has id \(reviewerID)") }
            guard reviewer.role == .clinician || reviewer.role == .admin else {
                throw StoreError(.invalidArgument, "only a clinician or an admin can review an analysis (the user is a \(reviewer.role.rawValue))")
            }
            var item = try ReviewQueueItem.fetch(
                connection, where: "clinical_analysis_id = $1", [.text(analysisID)]
            ).first ?? ReviewQueueItem(
                clinicalAnalysisID: analysisID, recordingSessionID: analysis.recordingSessionID,
                reasons: ["reviewed without being queued"], createdAt: now)
            let isNew = try connection.query(
                "SELECT id FROM analysis_review_queue WHERE id = $1", [.text(item.id)]).isEmpty
            item.decision = decision
            item.reviewedBy = reviewerID
            item.reviewedAt = now
            item.notes = notes
            item.updatedAt = now
            if isNew {
                try item.insert(into: connection)
            } else {
                try connection.execute(
                    """
                    UPDATE analysis_review_queue SET decision = $1, reviewed_by = $2, reviewed_at = $3, notes = $4,
                        updated_at = $3 WHERE id = $5
                    """,
                    [.text(decision.rawValue), .text(reviewerID), .timestamp(now), .optionalText(notes), .text(item.id)])
            }
            let sessionStatus: RecordingStatus = decision == .approved ? .completed : .analyzed
            try connection.execute(
                "UPDATE recording_sessions SET review_status = $1, status = $2, updated_at = $3 WHERE id = $4",
                [.text(decision == .approved ? ReviewStatus.approved.rawValue : ReviewStatus.flagged.rawValue),
                 .text(sessionStatus.rawValue), .timestamp(now), .text(analysis.recordingSessionID)])
            try Self.audit(
                connection, actor: reviewerID, action: "review.\(decision == .approved ? "approve" : "flag")",
                entityType: AnalysisRecord.table, entityID: analysisID,
                details: ["recordingSessionID": analysis.recordingSessionID], at: now)
            return item
        }
    }
}
