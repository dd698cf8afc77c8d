#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore
import HandPoseDatabase
import HandPoseMetrics
import HandPoseReport
import HandPoseStore

/// What a report is made of, gathered from a recording file or from a stored session.
struct ReportInputs {
    let protocolReference: String?
    let previous: Int
    let interpretation: IngestInterpretation
    let database: DatabaseOptions

    /// A report's source: a file on disk, or else a stored session's id.
    enum Source {
        case file(String)
        case session(String)

        /// A path that exists is a file; otherwise a UUID is a session id; anything else is a missing file (66).
        init(_ argument: String) throws {
            if FileManager.default.fileExists(atPath: argument) {
                self = .file(argument)
            } else if StoreID.isValid(argument) {
                self = .session(argument)
            } else {
                throw CommandFailure(
                    message: "\(argument): error: no such file, and not a session id (see `handpose sessions list`)",
                    status: ExitStatus.noInput)
            }
        }
    }

    /// The gathered inputs, and for a stored session how to record the report.
    struct Loaded {
        var analysis: ClinicalAnalysis
        var subject: ReportSubject
        var traces: [String: Result<DisplacementTrace, NotComputable>]
        var earlier: [TrendPoint]
        var stored: StoredReport?
    }

    // MARK: - A file

    func file(_ path: String, patient: String?) async throws -> Loaded {
        let clinicalProtocol: ClinicalProtocol
        do {
            clinicalProtocol = try protocolReference.map { try ProtocolLibrary.bundled.resolve($0) } ?? ProtocolLibrary.bundled.defaultProtocol
        } catch let error as AnalysisError {
            throw CommandFailure(message: error.description, status: error.code == .unknownProtocol ? ExitStatus.usage : ExitStatus.dataError)
        }
        let recording = try interpretation.readRecording(path)
        // With --patient or an explicit --db the database is open: as `analyze FILE --db`, a file
        // already stored is analysed without its session's artifact annotations.
        var options = AnalysisOptions()
        var earlier: [TrendPoint] = []
        let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        var subject = ReportSubject(sourceFile: path, recordedAt: modified, recordedAtNote: modified == nil ? nil : "file modification time")
        if patient != nil || database.url != nil {
            let location = try database.location()
            let store = try await database.openStore()
            options.excludedRanges = try await storedArtifacts(ofFile: path, in: store, location: location).ranges
            if let patient {
                earlier = try await withStoreErrors(location) {
                    let user = try await resolveUser(patient, in: store, role: "patient")
                    subject.patientName = "\(user.firstName) \(user.lastName)"
                    subject.patientEmail = user.email
                    return try await Self.trend(in: store, patientID: user.id, before: Date(), excluding: nil, limit: previous)
                }
            }
        }
        let analysis: ClinicalAnalysis
        do {
            analysis = try Analyzer(protocol: clinicalProtocol, options: options).analyze(recording)
        } catch {
            throw CommandFailure(error.naming(path))
        }
        let traces = DisplacementTrace.traces(
            timestamps: recording.timestamps, hands: recording.hands.map { ($0.side, $0.channels) }, analysis: analysis)
        return Loaded(analysis: analysis, subject: subject, traces: traces, earlier: earlier, stored: nil)
    }

    // MARK: - A stored session

    func session(_ id: String) async throws -> Loaded {
        let location = try database.location()
        let store = try await database.openStore()
        return try await withStoreErrors(location) {
            guard let session = try await store.session(id: id) else {
                throw StoreError(.notFound, "no recording session has id \(id); see `handpose sessions list`")
            }
            let analyses = try await store.analyses(sessionID: id)
            let wanted = try protocolReference.map(Self.protocolID)
            guard let record = analyses.last(where: { wanted == nil || $0.analysisType == wanted }) else {
                let which = wanted.map { " with protocol \($0)" } ?? ""
                throw StoreError(.notFound, "session \(id) has no analysis\(which); store one with `handpose analyze FILE --save`")
            }
            let analysis = try record.decodedAnalysis()
            var patient: UserRecord?, clinician: UserRecord?
            if let patientID = session.patientID { patient = try await store.user(id: patientID) }
            if let clinicianID = session.clinicianID { clinician = try await store.user(id: clinicianID) }
            let results = try await store.processingResults(sessionID: id)
            let result = results.first { $0.id == record.signalProcessingResultID } ?? results.last
            var traces: [String: Result<DisplacementTrace, NotComputable>] = [:]
            if let raw = result?.rawLandmarks {
                traces = DisplacementTrace.traces(timestamps: raw.timestamps, hands: raw.hands, analysis: analysis)
            }
            var earlier: [TrendPoint] = []
            if let patientID = session.patientID {
                earlier = try await Self.trend(in: store, patientID: patientID, before: session.recordingDate, excluding: id, limit: previous)
            }
            let subject = ReportSubject(
                patientName: patient.map { "\($0.firstName) \($0.lastName)" }, patientEmail: patient?.email, sessionID: id,
                analysisID: record.id, clinician: clinician.map { "\($0.firstName) \($0.lastName) <\($0.email)>" },
                sourceFile: session.csvPath, recordedAt: session.recordingDate)
            return Loaded(
                analysis: analysis, subject: subject, traces: traces, earlier: earlier,
                stored: StoredReport(
                    store: store, location: location, sessionID: id, patientID: session.patientID, analysisID: record.id))
        }
    }

    /// The protocol id a `--protocol` reference names (a bundled id, or a protocol file's id).
    static func protocolID(_ reference: String) throws -> String {
        do {
            return try ProtocolLibrary.bundled.resolve(reference).id
        } catch {
            throw CommandFailure(message: error.description, status: error.code == .unknownProtocol ? ExitStatus.usage : ExitStatus.dataError)
        }
    }

    /// The patient's sessions recorded up to `before` (except `excluding`), the `limit` most recent,
    /// oldest first, each from its latest analysis; sessions without an analysis are skipped.
    static func trend(
        in store: ClinicalStore, patientID: String, before: Date, excluding: String?, limit: Int
    ) async throws -> [TrendPoint] {
        guard limit > 0 else { return [] }
        var points: [TrendPoint] = []
        for session in try await store.sessions(SessionQuery(patientID: patientID))
        where session.id != excluding && session.recordingDate <= before {
            guard let latest = try await store.analyses(sessionID: session.id).last else { continue }
            points.append(TrendPoint(sessionID: session.id, recordedAt: session.recordingDate, analysis: try latest.decodedAnalysis()))
            if points.count == limit { break }
        }
        return points.reversed()
    }
}

/// How a report of a stored session is recorded in the `reports` table.
struct StoredReport {
    let store: ClinicalStore
    let location: DatabaseURL
    let sessionID: String
    let patientID: String?
    let analysisID: String

    func save(path: String, format: ReportFormat, options: [String: String], earlier: [TrendPoint]) async throws -> ReportRecord {
        struct Configuration: Encodable {
            var analysisID: String
            var format: String
            var options: [String: String]
            var previousSessionIDs: [String]
        }
        let configuration = try StoreJSON.encode(Configuration(
            analysisID: analysisID, format: format.rawValue, options: options,
            previousSessionIDs: earlier.compactMap(\.sessionID)))
        return try await withStoreErrors(location) {
            try await store.addReport(ReportRecord(
                recordingSessionID: sessionID, patientID: patientID, configuration: configuration, format: format.rawValue,
                path: path))
        }
    }
}
