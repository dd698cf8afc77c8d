#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseStore

/// One session with everything stored about it, for `sessions show`.
struct SessionDetail {
    var session: RecordingSessionRecord
    var patient: UserRecord?
    var clinician: UserRecord?
    var protocolRecord: ProtocolRecord?
    var analyses: [AnalysisRecord]
    var results: [ProcessingResultRecord]
    var annotations: [AnnotationRecord]
    var reviews: [ReviewQueueItem]
    /// Stored comparisons this session takes part in (`compare A B --save`), newest first.
    var comparisons: [ComparisonRecord]
    /// Stored reports of this session (`report SESSION-ID`), newest first.
    var reports: [ReportRecord]

    static func load(_ id: String, from store: ClinicalStore) async throws -> SessionDetail {
        guard let session = try await store.session(id: id) else {
            throw StoreError(.notFound, "no recording session has id \(id); see `handpose sessions list`")
        }
        let analyses = try await store.analyses(sessionID: id)
        let analysisIDs = Set(analyses.map(\.id))
        return SessionDetail(
            session: session,
            patient: try await session.patientID.asyncMap { try await store.user(id: $0) } ?? nil,
            clinician: try await session.clinicianID.asyncMap { try await store.user(id: $0) } ?? nil,
            protocolRecord: try await session.protocolID.asyncMap { try await store.protocolRecord(id: $0) } ?? nil,
            analyses: analyses, results: try await store.processingResults(sessionID: id),
            annotations: try await store.annotations(sessionID: id),
            reviews: try await store.reviewQueue(pendingOnly: false).filter { analysisIDs.contains($0.clinicalAnalysisID) },
            comparisons: try await store.comparisons(sessionID: id), reports: try await store.reports(sessionID: id))
    }

    func text() -> String {
        var lines: [String] = []
        func name(_ user: UserRecord?) -> String {
            user.map { "\($0.firstName) \($0.lastName) <\($0.email)>" } ?? "-"
        }
        lines.append("Session      \(session.id)\(session.deletedAt.map { " (deleted \(StoreTimestamp.format($0)))" } ?? "")")
        lines.append("Recorded     \(StoreTimestamp.format(session.recordingDate))")
        lines.append("Patient      \(name(patient))")
        lines.append("Clinician    \(name(clinician))")
        lines.append("Protocol     \(protocolRecord.map { "\($0.name) \($0.version)" } ?? "-")")
        lines.append(
            "Recording    \(session.frameCount) frames, \(String(cFormat: "%.1f", session.durationSeconds)) s at \(String(cFormat: "%.1f", session.fps)) Hz")
        lines.append("File         \(session.csvPath ?? "-") (sha256 \(session.contentHash.prefix(12))…)")
        lines.append("Status       \(session.status.rawValue), review \(session.reviewStatus.rawValue)")
        if let notes = session.clinicalNotes { lines.append("Notes        \(notes)") }
        lines.append("")
        lines.append("Analyses")
        var table = TextTable("id", "created", "hand", "freq (Hz)", "amp (mm)", "SPARC", "confidence", "review")
        for analysis in analyses {
            let review = reviews.first { $0.clinicalAnalysisID == analysis.id }
            let reviewText = review.map { $0.decision?.rawValue ?? "pending: " + $0.reasons.joined(separator: "; ") } ?? "-"
            table.add(
                analysis.id, String(StoreTimestamp.format(analysis.createdAt).prefix(19)), analysis.primaryHand ?? "-",
                format(analysis.tremorFrequency, "%.2f"), format(analysis.tremorAmplitude, "%.2f"),
                format(analysis.sparc, "%.2f"), format(analysis.confidence, "%.2f"), reviewText)
        }
        lines.append(table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        if !results.isEmpty {
            lines.append("")
            lines.append("Processing results")
            for result in results {
                let filters = result.filtered.keys.map(\.rawValue).sorted()
                lines.append(
                    "  \(result.id): raw landmarks \(result.rawLandmarks.hands.map(\.side.rawValue).joined(separator: "+")) × \(result.rawLandmarks.timestamps.count) samples"
                        + (filters.isEmpty ? "" : "; filtered: \(filters.joined(separator: ", "))"))
            }
        }
        if !annotations.isEmpty {
            lines.append("")
            lines.append("Annotations")
            for note in annotations {
                lines.append(String(cFormat: "  %.1f-%.1f s  ", note.startSeconds, note.endSeconds) + "\(note.type)  \(note.text)")
            }
        }
        if !comparisons.isEmpty {
            lines.append("")
            lines.append("Comparisons")
            for comparison in comparisons {
                let other = comparison.baselineSessionID == session.id
                    ? "with later session \(comparison.comparisonSessionID)" : "with baseline session \(comparison.baselineSessionID)"
                lines.append("  \(comparison.id)  \(StoreTimestamp.format(comparison.createdAt).prefix(16))  \(other)")
            }
        }
        if !reports.isEmpty {
            lines.append("")
            lines.append("Reports")
            for report in reports {
                lines.append("  \(report.id)  \(StoreTimestamp.format(report.createdAt).prefix(16))  \(report.format)  \(report.path ?? "(stored content)")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func format(_ value: Double?, _ pattern: String) -> String {
        value.map { String(cFormat: pattern, $0) } ?? "-"
    }

    /// The session, its people and protocol, each analysis with its document as a JSON object,
    /// processing results (shapes and filters, not the arrays), annotations, reviews, comparisons and
    /// reports.
    func json() throws -> String {
        struct ResultSummary: Encodable {
            var id: String
            var filtersApplied: String
            var hands: [String]
            var samples: Int
            var filteredColumns: [String]
        }
        struct Document: Encodable {
            var session: RecordingSessionRecord
            var patient: UserRecord?
            var clinician: UserRecord?
            var protocolRecord: ProtocolRecord?
            var analyses: [AnalysisRecord]
            var processingResults: [ResultSummary]
            var annotations: [AnnotationRecord]
            var reviews: [ReviewQueueItem]
            var comparisons: [ComparisonRecord]
            var reports: [ReportRecord]

            enum CodingKeys: String, CodingKey {
                case session, patient, clinician, analyses, processingResults, annotations, reviews, comparisons, reports
                case protocolRecord = "protocol"
            }
        }
        let document = Document(
            session: session, patient: patient, clinician: clinician, protocolRecord: protocolRecord,
            analyses: analyses,
            processingResults: results.map {
                ResultSummary(
                    id: $0.id, filtersApplied: $0.filtersApplied, hands: $0.rawLandmarks.hands.map(\.side.rawValue),
                    samples: $0.rawLandmarks.timestamps.count, filteredColumns: $0.filtered.keys.map(\.rawValue).sorted())
            }, annotations: annotations, reviews: reviews, comparisons: comparisons, reports: reports)
        return try StoreJSON.encode(document) + "\n"
    }
}

extension Optional {
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
