#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ClinicalStore {
    /// Rebuilds `daily_summaries` from the base tables in one transaction and returns the rows.
    ///
    /// Per UTC recording day and clinician: live sessions recorded that day, their analyses, how
    /// many of those analyses entered the review queue, and the mean `tremor_amplitude` of the
    /// analyses that have one. Computed in Swift from plain selects so both dialects agree exactly.
    @discardableResult
    public func refreshDailySummaries(actor: String? = nil) throws(StoreError) -> [DailySummary] {
        let now = StoreTimestamp.now()
        return try transaction { connection throws(StoreError) in
            let summaries = try Self.computeDailySummaries(connection, at: now)
            try connection.execute("DELETE FROM daily_summaries")
            for summary in summaries { try summary.insert(into: connection) }
            try Self.audit(
                connection, actor: actor, action: "summaries.refresh", entityType: DailySummary.table, entityID: nil,
                details: ["rows": String(summaries.count)], at: now)
            return summaries
        }
    }

    /// The stored daily summaries by day then clinician.
    public func dailySummaries() throws(StoreError) -> [DailySummary] {
        try DailySummary.fetch(database, orderBy: "day, clinician_id, id")
    }

    static func computeDailySummaries(_ connection: any SQLConnection, at date: Date) throws(StoreError) -> [DailySummary] {
        struct Key: Hashable { var day: String; var clinician: String? }
        struct Tally { var sessions = 0; var analyses = 0; var flagged = 0; var amplitudeSum = 0.0; var amplitudes = 0 }
        var tallies: [Key: Tally] = [:]
        var keyOfSession: [String: Key] = [:]
        for session in try RecordingSessionRecord.fetch(connection, where: "deleted_at IS NULL") {
            let key = Key(day: StoreTimestamp.day(session.recordingDate), clinician: session.clinicianID)
            keyOfSession[session.id] = key
            tallies[key, default: Tally()].sessions += 1
        }
        let queued = Set(try connection.query("SELECT clinical_analysis_id FROM analysis_review_queue")
            .compactMap { $0["clinical_analysis_id"]?.stringValue })
        let rows = try connection.query("SELECT id, recording_session_id, tremor_amplitude FROM clinical_analyses")
        for row in rows {
            let reader = RowReader(row, table: AnalysisRecord.table)
            guard let key = keyOfSession[try reader.text("recording_session_id")] else { continue }
            tallies[key]?.analyses += 1
            if queued.contains(try reader.text("id")) { tallies[key]?.flagged += 1 }
            if let amplitude = reader.optionalDouble("tremor_amplitude") {
                tallies[key]?.amplitudeSum += amplitude
                tallies[key]?.amplitudes += 1
            }
        }
        return tallies.map { key, tally in
            DailySummary(
                day: key.day, clinicianID: key.clinician, sessions: tally.sessions, analyses: tally.analyses,
                flagged: tally.flagged,
                meanTremorAmplitude: tally.amplitudes > 0 ? tally.amplitudeSum / Double(tally.amplitudes) : nil,
                refreshedAt: date)
        }.sorted { ($0.day, $0.clinicianID ?? "") < ($1.day, $1.clinicianID ?? "") }
    }
}
