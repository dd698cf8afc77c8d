import Foundation
import HandPoseAnalysis
import HandPoseStore
import Testing

@Suite("Saving analyses on every backend")
struct SaveConformanceTests {
    @Test("a save writes session, result, analysis and audit row; everything reads back", arguments: StoreBackend.available)
    func saveRoundTrip(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        let clinician = try await store.addUser(.init(email: "dr@example.org", firstName: "Ada", lastName: "Byron", role: .clinician))
        let patient = try await store.addUser(.init(email: "pat@example.org", firstName: "Pat", lastName: "Doe", role: .patient))
        let request = try SavedRecordings.request(
            seed: 3, patientID: patient.id, clinicianID: clinician.id, actorID: clinician.id, filtered: true)
        guard case .saved(let saved) = try await store.save(request) else {
            Issue.record("expected a new save")
            return
        }
        #expect(saved.newSession)

        let session = try #require(try await store.session(id: saved.sessionID))
        #expect(session.patientID == patient.id)
        #expect(session.contentHash == request.contentHash)
        #expect(session.status == .analyzed)
        #expect(session.frameCount == request.recording.frameCount)

        let results = try await store.processingResults(sessionID: saved.sessionID)
        #expect(results.count == 1)
        #expect(results.first?.rawLandmarks == SampleMatrix(request.recording))
        #expect(results.first?.filtered[.butterworth] == request.filtered.map(SampleMatrix.init))
        #expect(results.first?.filtered.count == 1)

        let analysis = try #require(try await store.analysis(id: saved.analysisID))
        let expected = try AnalysisRecord(
            analysis: request.analysis, recordingSessionID: saved.sessionID,
            signalProcessingResultID: saved.processingResultID, createdBy: clinician.id, at: analysis.createdAt)
        #expect(analysis.tremorFrequency == expected.tremorFrequency)
        #expect(analysis.tremorAmplitude == expected.tremorAmplitude)
        #expect(analysis.sparc == expected.sparc)
        #expect(analysis.confidence == expected.confidence)
        #expect(analysis.primaryHand == expected.primaryHand)
        let decoded = try analysis.decodedAnalysis()
        #expect(try jsonEqual(decoded, request.analysis))

        let audit = try await store.auditLog(entityID: saved.analysisID)
        #expect(audit.map(\.action) == ["analysis.save"])
        #expect(audit.first?.actorID == clinician.id)
        // No patient data in the audit details.
        #expect(audit.first?.details.contains("example.org") == false)
        #expect(audit.first?.details.contains("seed-3.csv") == false)
    }

    @Test("the same file twice is a duplicate; --force adds a new analysis to the same session", arguments: StoreBackend.available)
    func duplicateDetection(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        guard case .saved(let first) = try await store.save(SavedRecordings.request(seed: 5)) else {
            Issue.record("expected a save")
            return
        }
        let again = try await store.save(SavedRecordings.request(seed: 5))
        #expect(again == .duplicate(sessionID: first.sessionID, analysisIDs: [first.analysisID]))
        guard case .saved(let forced) = try await store.save(SavedRecordings.request(seed: 5, force: true)) else {
            Issue.record("expected a forced save")
            return
        }
        #expect(forced.sessionID == first.sessionID)
        #expect(!forced.newSession)
        #expect(try await store.analyses(sessionID: first.sessionID).count == 2)
        #expect(try count(scratch.database, "recording_sessions") == 1)
    }

    @Test("a save that fails at its last step leaves the database exactly as it was", arguments: StoreBackend.available)
    func failedSaveRollsBack(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        _ = try await store.save(SavedRecordings.request(seed: 1))
        if backend == .sqlite { _ = try scratch.database.query("PRAGMA wal_checkpoint(TRUNCATE)") }
        let before = try scratch.dump()
        let fileBefore = try sqliteFileBytes(scratch)

        // The audit row is written last; an actor that is no user fails its foreign key after the
        // session, result, analysis and review rows were inserted.
        let request = try SavedRecordings.request(seed: 2, actorID: StoreID.make())
        let error = await #expect(throws: StoreError.self) { try await store.save(request) }
        #expect(error?.code == .constraint)
        #expect(error?.description.contains("seed-2") == false)

        #expect(try scratch.dump() == before)
        if backend == .sqlite {
            _ = try scratch.database.query("PRAGMA wal_checkpoint(TRUNCATE)")
            #expect(try sqliteFileBytes(scratch) == fileBefore)
        }
    }

    @Test("eight tasks saving at once lose nothing", arguments: StoreBackend.available)
    func concurrentSaves(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        let requests = try (10..<18).map { try SavedRecordings.request(seed: UInt64($0)) }
        let outcomes = try await withThrowingTaskGroup(of: SaveOutcome.self) { group in
            for request in requests { group.addTask { try await store.save(request) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.count == 8)
        #expect(outcomes.allSatisfy { if case .saved = $0 { true } else { false } })
        #expect(try count(scratch.database, "recording_sessions") == 8)
        #expect(try count(scratch.database, "clinical_analyses") == 8)
        #expect(try count(scratch.database, "signal_processing_results") == 8)
        #expect(try await store.auditLog().filter { $0.action == "analysis.save" }.count == 8)
    }

    @Test("an unknown patient is a clear constraint error that names no value", arguments: StoreBackend.available)
    func unknownPatient(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        let error = await #expect(throws: StoreError.self) {
            try await store.save(SavedRecordings.request(seed: 4, patientID: StoreID.make()))
        }
        #expect(error?.code == .constraint)
        #expect(error?.message.contains("patient or clinician") == true)
        #expect(try count(scratch.database, "recording_sessions") == 0)
    }

    private func sqliteFileBytes(_ scratch: ScratchDatabase) throws -> Data? {
        guard scratch.backend == .sqlite else { return nil }
        return try Data(contentsOf: URL(fileURLWithPath: String(scratch.url.dropFirst("sqlite:".count))))
    }
}

/// Whether two encodable values encode to the same JSON value.
func jsonEqual(_ a: some Encodable, _ b: some Encodable) throws -> Bool {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return try encoder.encode(a) == encoder.encode(b)
}

@Suite("Review thresholds from the protocol")
struct ProtocolReviewThresholdTests {
    @Test("a protocol's tremor threshold queues a save for review; without it the same analysis is not queued", arguments: StoreBackend.available)
    func protocolThreshold(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        var plain = try SavedRecordings.request(seed: 21)
        #expect(plain.reviewPolicy.reasons(for: plain.analysis).isEmpty)

        var strict = plain.clinicalProtocol
        strict.id = "strict-review"
        strict.reviewThresholds = ProtocolReviewThresholds(tremorAmplitudeMm: 0.5)
        var queued = try SavedRecordings.request(seed: 22)
        queued = AnalysisSaveRequest(
            analysis: queued.analysis, clinicalProtocol: strict, recording: queued.recording, contentHash: queued.contentHash)
        guard case .saved(let saved) = try await store.save(queued) else {
            Issue.record("expected a save")
            return
        }
        #expect(saved.reviewReasons.contains { $0.contains("at or above 0.5 mm") })
        #expect(try await store.reviewQueue().map(\.clinicalAnalysisID) == [saved.analysisID])
        plain.force = false
        _ = try await store.save(plain)
        #expect(try await store.reviewQueue().count == 1)
    }
}
