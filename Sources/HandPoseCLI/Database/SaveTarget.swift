import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore
import HandPoseStore

/// Where `analyze --save` stores each file: the opened store, the resolved people, and a way for
/// the batch's worker threads to wait for the store actor.
struct SaveTarget: Sendable {
    let store: ClinicalStore
    let location: String
    let patientID: String?
    let clinicianID: String?
    let force: Bool
    /// When the recordings were made; nil means the moment each is saved.
    let recordedAt: Date?

    static func open(
        _ database: DatabaseOptions, patient: String?, clinician: String?, force: Bool, recordedAt: Date?
    ) async throws -> SaveTarget {
        let location = try database.location()
        return try await database.withStore { store in
            SaveTarget(
                store: store, location: location.description,
                patientID: try await resolveUserID(patient, in: store, role: "patient"),
                clinicianID: try await resolveUserID(clinician, in: store, role: "clinician"), force: force,
                recordedAt: recordedAt)
        }
    }

    /// Saves one analysed file (called on a batch worker thread, never on the cooperative pool) and
    /// reports the outcome on stderr.
    func save(
        file: String, contentHash hash: String, analysis: ClinicalAnalysis, protocol clinicalProtocol: ClinicalProtocol,
        recording: Recording, filtered: Recording?
    ) throws {
        let request = AnalysisSaveRequest(
            analysis: analysis, clinicalProtocol: clinicalProtocol, recording: recording, filtered: filtered,
            contentHash: hash, csvPath: URL(fileURLWithPath: file).standardizedFileURL.path, patientID: patientID,
            clinicianID: clinicianID, actorID: clinicianID, recordingDate: recordedAt ?? StoreTimestamp.now(), force: force)
        let store = self.store
        let outcome: SaveOutcome
        do {
            outcome = try waitFor { try await store.save(request) }
        } catch let error as StoreError {
            let failure = CommandFailure(store: error)
            throw CommandFailure(message: "\(file): \(failure.message)", status: failure.status)
        }
        switch outcome {
        case .saved(let saved):
            var line = "\(file): saved to \(location) as session \(saved.sessionID), analysis \(saved.analysisID)"
            if !saved.newSession { line += " (new analysis of an already stored recording, --force)" }
            if !saved.reviewReasons.isEmpty { line += "; queued for review: \(saved.reviewReasons.joined(separator: "; "))" }
            StandardError.write(line)
        case .duplicate(let sessionID, let analysisIDs):
            StandardError.write(
                "\(file): already stored as session \(sessionID) (analysis \(analysisIDs.joined(separator: ", "))); nothing saved — use --force to store a new analysis")
        }
    }
}

/// Runs `operation` as a task and blocks the calling thread until it finishes. Only for threads
/// outside Swift's cooperative pool (the batch's dispatch workers), which may block.
func waitFor<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = TaskOutcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do {
            outcome.result = .success(try await operation())
        } catch {
            outcome.result = .failure(error)
        }
        done.signal()
    }
    done.wait()
    return try outcome.result!.get()
}

/// The result a blocking ``waitFor(_:)`` hands from its task to its thread.
private final class TaskOutcome<T>: @unchecked Sendable {
    // Written once by the task before it signals the semaphore; read only after the wait.
    var result: Result<T, any Error>?
}
