#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore

/// A stored recording session, ready to be analysed again: its newest analysis, the raw samples
/// that analysis was made from rebuilt into a `Recording`, the protocol it was saved with, and its
/// annotations. What `handpose compare` (and any re-analysis of a stored session) works from.
///
/// ```swift
/// let stored = try await store.storedRecording(sessionID: id)
/// let windowed = try stored.analyzer().analyzeWithWindows(stored.recording)   // artifacts left out
/// ```
public struct StoredRecording: Sendable {
    public var session: RecordingSessionRecord
    /// The session's newest analysis.
    public var analysis: AnalysisRecord
    /// The processing result that analysis was made from (its raw landmarks).
    public var processingResult: ProcessingResultRecord
    /// The protocol the session was saved with (`protocols.configuration`).
    public var clinicalProtocol: ClinicalProtocol
    /// The recording as read, from the raw landmarks and the analysis's recording summary
    /// (``ProcessingResultRecord/recording(summary:)``); nothing excluded yet.
    public var recording: Recording
    /// The session's annotations by start time.
    public var annotations: [AnnotationRecord]

    /// The ranges of the session's ``AnnotationRecord/artifact`` annotations, by start time: what
    /// the next analysis leaves out.
    public var excludedRanges: [ExcludedRange] { annotations.compactMap(\.excludedRange) }

    /// An analyzer for this session: `clinicalProtocol` (the session's own unless another is
    /// given) and `options` with the session's artifact ranges added to its exclusions.
    public func analyzer(options: AnalysisOptions = .init(), protocol override: ClinicalProtocol? = nil) -> Analyzer {
        var options = options
        options.excludedRanges += excludedRanges
        return Analyzer(protocol: override ?? clinicalProtocol, options: options)
    }
}

extension ClinicalStore {
    /// The live session `sessionID` with what re-analysing it needs (see ``StoredRecording``).
    ///
    /// The protocol comes from the session's `protocols` row; a session saved without one uses
    /// the bundled protocol its analysis names.
    ///
    /// - Throws: ``StoreError`` `notFound` when no live session has this id or it has no analysis
    ///   with stored samples; `invalidArgument` when the stored samples, analysis or protocol
    ///   cannot be read back.
    public func storedRecording(sessionID: String) throws(StoreError) -> StoredRecording {
        guard let session = try session(id: sessionID), session.deletedAt == nil else {
            throw StoreError(.notFound, "no live recording session has id \(sessionID); see `handpose sessions list`")
        }
        let results = try processingResults(sessionID: sessionID)
        let pairs = try analyses(sessionID: sessionID).compactMap { analysis in
            (results.first { $0.id == analysis.signalProcessingResultID }).map { (analysis, $0) }
        }
        guard let (analysis, result) = pairs.last else {
            throw StoreError(.notFound, "recording session \(sessionID) has no analysis with stored samples to analyse again")
        }
        let document = try analysis.decodedAnalysis()
        let recording = try result.recording(summary: document.recording)
        return StoredRecording(
            session: session, analysis: analysis, processingResult: result,
            clinicalProtocol: try storedProtocol(of: session, named: document.clinicalProtocol.id),
            recording: recording, annotations: try annotations(sessionID: sessionID))
    }

    /// The live session whose CSV had `contentHash` (the oldest, as ``save(_:)`` picks), if any.
    public func session(contentHash: String) throws(StoreError) -> RecordingSessionRecord? {
        try RecordingSessionRecord.fetch(
            database, where: "content_hash = $1 AND deleted_at IS NULL", [.text(contentHash)],
            orderBy: "created_at, id", limit: 1
        ).first
    }

    private func storedProtocol(of session: RecordingSessionRecord, named id: String) throws(StoreError) -> ClinicalProtocol {
        if let protocolID = session.protocolID, let record = try protocolRecord(id: protocolID) {
            do {
                return try ClinicalProtocol(jsonData: Data(record.configuration.utf8))
            } catch {
                throw StoreError(
                    .invalidArgument, "protocol \(record.name) \(record.version) is stored but cannot be read back: \(error.message)")
            }
        }
        if let bundled = ProtocolLibrary.bundled[id: id] { return bundled }
        throw StoreError(.notFound, "recording session \(session.id) has no stored protocol and \(id) is not a bundled one")
    }
}
