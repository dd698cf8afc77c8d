import Foundation
import HandPoseAnalysis
import HandPoseStore
import Testing

@Suite("Every table round-trips on every backend")
struct RecordsConformanceTests {
    @Test("users: unique e-mail ignoring case, lookups, roles", arguments: StoreBackend.available)
    func users(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        let user = UserRecord(
            email: "Clin@Example.org", firstName: "Ada", lastName: "Byron", role: .clinician, specialty: "neurology",
            licenseNumber: "L-1", organization: "Clinic")
        try await store.addUser(user)
        #expect(try await store.user(id: user.id) == user)
        #expect(try await store.user(email: "clin@example.ORG") == user)
        let error = await #expect(throws: StoreError.self) {
            try await store.addUser(.init(email: "clin@example.org", firstName: "B", lastName: "C", role: .patient))
        }
        #expect(error?.code == .constraint)
        #expect(error?.description.contains("example.org") == false)
        #expect(try await store.users(role: .clinician) == [user])

        let login = LoginSession(
            userID: user.id, tokenHash: String(repeating: "a", count: 64), expiresAt: StoreTimestamp.now().addingTimeInterval(3600),
            ipAddress: "127.0.0.1", userAgent: "test")
        try await store.addLoginSession(login)
        #expect(try await store.loginSessions(userID: user.id) == [login])
    }

    @Test("protocols: import is idempotent; a changed document needs a new version", arguments: StoreBackend.available)
    func protocols(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        for definition in ProtocolLibrary.bundled.all {
            guard case .inserted(let record) = try await store.importProtocol(definition) else {
                Issue.record("\(definition.id) should be new")
                continue
            }
            #expect(try await store.protocolRecord(id: record.id) == record)
            #expect(try await store.importProtocol(definition) == .unchanged(record))
        }
        #expect(try await store.protocols().count == ProtocolLibrary.bundled.all.count)
        var changed = try #require(ProtocolLibrary.bundled[id: "essential-tremor"])
        changed.description += " (edited)"
        let error = await #expect(throws: StoreError.self) { try await store.importProtocol(changed) }
        #expect(error?.code == .constraint)
        changed.version = "9.9"
        #expect(try await store.importProtocol(changed) != .unchanged(try #require(try await store.protocolRecord(name: "essential-tremor", version: "9.9"))))
    }

    @Test("annotations, reports, comparisons and audit rows read back as written", arguments: StoreBackend.available)
    func notesAndAudit(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        let author = try await store.addUser(.init(email: "a@example.org", firstName: "A", lastName: "B", role: .clinician))
        guard case .saved(let one) = try await store.save(SavedRecordings.request(seed: 1)),
              case .saved(let two) = try await store.save(SavedRecordings.request(seed: 2))
        else {
            Issue.record("expected saves")
            return
        }
        let annotation = AnnotationRecord(
            recordingSessionID: one.sessionID, clinicalAnalysisID: one.analysisID, authorID: author.id, startSeconds: 2.5,
            endSeconds: 4, type: AnnotationRecord.artifact, text: "patient coughed")
        try await store.addAnnotation(annotation)
        #expect(try await store.annotations(sessionID: one.sessionID) == [annotation])
        await #expect(throws: StoreError.self) {
            try await store.addAnnotation(.init(recordingSessionID: one.sessionID, startSeconds: 5, endSeconds: 4, type: "note", text: ""))
        }

        let removable = try await store.addAnnotation(
            .init(recordingSessionID: one.sessionID, startSeconds: 6, endSeconds: 7, type: "note", text: "typo"))
        #expect(try await store.deleteAnnotation(id: removable.id, sessionID: one.sessionID, actor: author.id) == removable)
        #expect(try await store.annotations(sessionID: one.sessionID) == [annotation])
        #expect(try await store.auditLog(entityID: removable.id).map(\.action) == ["annotation.delete", "annotation.add"])
        let missing = await #expect(throws: StoreError.self) {
            try await store.deleteAnnotation(id: annotation.id, sessionID: two.sessionID)
        }
        #expect(missing?.code == .notFound)

        let report = ReportRecord(
            recordingSessionID: one.sessionID, createdBy: author.id, configuration: #"{"previous": 3}"#, format: "html",
            content: Array("<html></html>".utf8), sharedWith: #"["b@example.org"]"#)
        try await store.addReport(report)
        let storedReport = try #require(try await store.reports(sessionID: one.sessionID).first)
        #expect(storedReport.content == report.content)
        #expect(storedReport.format == "html")

        let comparison = ComparisonRecord(
            baselineSessionID: one.sessionID, comparisonSessionID: two.sessionID,
            metricDifferences: #"{"tremorAmplitude": {"a": 1.5, "b": 2.5}}"#, statisticalTests: #"{"welch": {"p": 0.01}}"#,
            createdBy: author.id)
        try await store.addComparison(comparison)
        let storedComparison = try #require(try await store.comparisons(sessionID: two.sessionID).first)
        #expect(storedComparison.id == comparison.id)
        #expect(jsonValue(storedComparison.metricDifferences) == jsonValue(comparison.metricDifferences))

        let actions = Set(try await store.auditLog().map(\.action))
        #expect(actions.isSuperset(of: ["user.add", "analysis.save", "annotation.add", "report.add", "comparison.add"]))
    }

    @Test("soft delete hides a session from lists and keeps every row", arguments: StoreBackend.available)
    func softDelete(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        guard case .saved(let saved) = try await store.save(SavedRecordings.request(seed: 7)) else { return }
        try await store.deleteSession(id: saved.sessionID)
        #expect(try await store.sessions().isEmpty)
        #expect(try await store.sessions(.init(includeDeleted: true)).count == 1)
        #expect(try await store.session(id: saved.sessionID)?.deletedAt != nil)
        #expect(try await store.analyses(sessionID: saved.sessionID).count == 1)
        #expect(try await store.auditLog(entityID: saved.sessionID).map(\.action) == ["session.delete"])
        let error = await #expect(throws: StoreError.self) { try await store.deleteSession(id: saved.sessionID) }
        #expect(error?.code == .notFound)
        // A deleted session no longer counts as a duplicate.
        guard case .saved(let again) = try await store.save(SavedRecordings.request(seed: 7)) else {
            Issue.record("expected a new session")
            return
        }
        #expect(again.newSession)
    }

    @Test("full-text search finds sessions by their clinical notes", arguments: StoreBackend.available)
    func notesSearch(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        guard case .saved(let one) = try await store.save(SavedRecordings.request(seed: 1)),
              case .saved(let two) = try await store.save(SavedRecordings.request(seed: 2))
        else { return }
        try await store.setClinicalNotes(sessionID: one.sessionID, notes: "Marked rest tremors of the left hand")
        try await store.setClinicalNotes(sessionID: two.sessionID, notes: "Postural assessment, no complaints")
        #expect(try await store.sessions(.init(notesMatching: "tremor")).map(\.id) == [one.sessionID])
        #expect(try await store.sessions(.init(notesMatching: "postural")).map(\.id) == [two.sessionID])
        try await store.setClinicalNotes(sessionID: one.sessionID, notes: "Reviewed again")
        #expect(try await store.sessions(.init(notesMatching: "tremor")).isEmpty)
    }

    @Test("review decisions update the queue and the session; daily summaries agree with the base tables", arguments: StoreBackend.available)
    func reviewAndSummaries(backend: StoreBackend) async throws {
        let scratch = try ScratchDatabase(backend)
        let store = try await scratch.migratedStore()
        let clinician = try await store.addUser(.init(email: "c@example.org", firstName: "C", lastName: "D", role: .clinician))
        let patient = try await store.addUser(.init(email: "p@example.org", firstName: "P", lastName: "Q", role: .patient))
        var requests = try (1...4).map {
            try SavedRecordings.request(
                seed: UInt64($0), clinicianID: clinician.id,
                recordingDate: StoreTimestamp.parse($0 <= 2 ? "2026-11-20T10:00:00Z" : "2026-11-21T09:00:00Z")!)
        }
        // A strict policy queues every analysis with a tremor of at least 1 mm.
        for index in requests.indices { requests[index].reviewPolicy = ReviewPolicy(tremorAmplitudeMm: 1) }
        var saved: [SavedAnalysis] = []
        for request in requests {
            if case .saved(let result) = try await store.save(request) { saved.append(result) }
        }
        let queue = try await store.reviewQueue()
        #expect(queue.count == 4)
        #expect(queue.allSatisfy { !$0.reasons.isEmpty })

        try await store.review(analysisID: saved[0].analysisID, decision: .approved, reviewerID: clinician.id, notes: "ok")
        try await store.review(analysisID: saved[1].analysisID, decision: .flagged, reviewerID: clinician.id)
        #expect(try await store.reviewQueue().count == 2)
        #expect(try await store.session(id: saved[0].sessionID)?.reviewStatus == .approved)
        #expect(try await store.session(id: saved[0].sessionID)?.status == .completed)
        #expect(try await store.session(id: saved[1].sessionID)?.reviewStatus == .flagged)
        let refused = await #expect(throws: StoreError.self) {
            try await store.review(analysisID: saved[2].analysisID, decision: .approved, reviewerID: patient.id)
        }
        #expect(refused?.code == .invalidArgument)

        try await store.deleteSession(id: saved[3].sessionID)
        let summaries = try await store.refreshDailySummaries()
        #expect(try await store.dailySummaries() == summaries)
        #expect(summaries.map(\.day) == ["2026-11-20", "2026-11-21"])
        #expect(summaries.map(\.sessions) == [2, 1])
        #expect(summaries.map(\.analyses) == [2, 1])
        #expect(summaries.map(\.flagged) == [2, 1])
        // The mean equals the base table's own average over the same analyses.
        let day1 = try scratch.database.query(
            "SELECT avg(tremor_amplitude) AS mean FROM clinical_analyses WHERE recording_session_id IN ($1, $2)",
            [.text(saved[0].sessionID), .text(saved[1].sessionID)]).first?["mean"]?.doubleValue
        #expect(abs((summaries[0].meanTremorAmplitude ?? .nan) - (day1 ?? .nan)) < 1e-9)
    }
}

func jsonValue(_ text: String) -> NSDictionary? {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? NSDictionary
}
