import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseStore

/// `handpose sessions …`: stored recording sessions.
public struct SessionsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "List, show, annotate with notes, and delete stored recording sessions.",
        subcommands: [List.self, Show.self, Notes.self, Delete.self])

    public init() {}

    /// `sessions list`.
    public struct List: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "list", abstract: "List recording sessions, newest first.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this patient's sessions (e-mail or id).") var patient: String?
        @Option(help: "Only this clinician's sessions (e-mail or id).") var clinician: String?
        @Option(help: "Only sessions in this status: uploaded, processing, analyzed, completed or failed.")
        var status: RecordingStatus?
        @Option(help: "Only sessions recorded on or after this date (YYYY-MM-DD or an ISO 8601 time).") var since: String?
        @Option(help: "Only sessions whose clinical notes contain these words (full-text search).") var notes: String?
        @Flag(help: "Include soft-deleted sessions.") var includeDeleted = false
        @Option(help: "text or json.") var format: OutputFormat = .text
        public init() {}

        public func validate() throws {
            if let since, StoreTimestamp.parse(since) == nil {
                throw ValidationError("--since \(since) is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")
            }
        }

        public func run() async throws {
            try await reportingFailures {
                let sessions = try await database.withStore { store in
                    let patientID = try await resolveUserID(patient, in: store, role: "patient")
                    let clinicianID = try await resolveUserID(clinician, in: store, role: "clinician")
                    return try await store.sessions(
                        SessionQuery(
                            patientID: patientID, clinicianID: clinicianID, status: status,
                            since: since.flatMap(StoreTimestamp.parse), notesMatching: notes,
                            includeDeleted: includeDeleted))
                }
                if format == .json {
                    print(try StoreJSON.encode(sessions))
                    return
                }
                guard !sessions.isEmpty else {
                    print("no recording sessions match")
                    return
                }
                var table = TextTable("id", "recorded", "duration", "fps", "status", "review", "deleted")
                for session in sessions {
                    table.add(
                        session.id, StoreTimestamp.format(session.recordingDate).prefix(16).replacingLiteral("T", with: " "),
                        String(cFormat: "%.1f s", session.durationSeconds), String(cFormat: "%.1f", session.fps),
                        session.status.rawValue, session.reviewStatus.rawValue, session.deletedAt == nil ? "" : "yes")
                }
                print(table.render(), terminator: "")
            }
        }
    }

    /// `sessions show`.
    public struct Show: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one session: its recording, analyses, annotations and review state.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The session id.") var id: String
        @Option(help: "text, or json (the session with every analysis document).") var format: OutputFormat = .text
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                let detail = try await database.withStore { store in try await SessionDetail.load(id, from: store) }
                print(format == .json ? try detail.json() : detail.text(), terminator: "")
            }
        }
    }

    /// `sessions notes`.
    public struct Notes: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "notes", abstract: "Set a session's clinical notes (searchable).")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The session id.") var id: String
        @Argument(help: "The notes text (\"\" clears them).") var text: String
        @Option(help: "Who writes them (e-mail or id), for the audit log.") var author: String?
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                try await database.withStore { store in
                    let actor = try await resolveUserID(author, in: store, role: "author")
                    try await store.setClinicalNotes(sessionID: id, notes: text.isEmpty ? nil : text, actor: actor)
                }
                print("session \(id): notes saved")
            }
        }
    }

    /// `sessions delete`.
    public struct Delete: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Soft-delete a session: hidden from lists, kept with its analyses for audit.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The session id.") var id: String
        @Option(help: "Who deletes it (e-mail or id), for the audit log.") var actor: String?
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                try await database.withStore { store in
                    let actorID = try await resolveUserID(actor, in: store, role: "actor")
                    try await store.deleteSession(id: id, actor: actorID)
                }
                print("session \(id): deleted (kept for audit)")
            }
        }
    }
}

extension RecordingStatus: ExpressibleByArgument {}
