import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseStore

/// `handpose annotate SESSION --from S --to S --type TYPE --text TEXT`: a clinician's note on a
/// time range of a stored recording session; `--list` shows the session's notes.
public struct AnnotateCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Mark a time range of a stored session: an artifact to leave out of the next analysis, a note or an event.",
        discussion: """
            Times are seconds from the recording's first frame (as in the analysis), within the \
            recording. The type is a lowercase word: artifact (the patient scratched, the hand left \
            the frame, the camera moved), note, event (a task started, medication taken), or any \
            other.

            An artifact's range is left out of every later analysis of the session: `handpose \
            compare` with the session id, and `handpose analyze FILE --save --force` (or `analyze \
            FILE --db URL`) of the same file treat its frames as missing for both hands; the \
            analysis lists the range under parameters.excludedRanges. Stored analyses are not changed.
            """)

    @Argument(help: "The session id (see `handpose sessions list`).")
    var session: String

    @Option(help: "Start of the range in seconds from the recording's first frame.")
    var from: Double?

    @Option(help: "End of the range in seconds from the recording's first frame.")
    var to: Double?

    @Option(help: "artifact (left out of the next analysis), note, event, or another word.")
    var type: String?

    @Option(help: "What happened, in words.")
    var text: String?

    @Option(help: "Who writes it (e-mail or id of a stored user); also recorded as the audit actor.")
    var author: String?

    @Option(help: "Attach the annotation to this analysis of the session (its id, see `handpose sessions show`).")
    var analysis: String?

    @Flag(help: "List the session's annotations instead of adding one.")
    var list = false

    @Option(help: "Remove this annotation of the session (its id, see --list) instead of adding one; audited.")
    var delete: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var database: DatabaseOptions

    public init() {}

    public func validate() throws {
        if delete != nil {
            if list || from != nil || to != nil || type != nil || text != nil || analysis != nil {
                throw ValidationError("--delete ID removes one annotation; it takes only --author (recorded as the audit actor)")
            }
            return
        }
        if list {
            if from != nil || to != nil || type != nil || text != nil || author != nil || analysis != nil {
                throw ValidationError("--list shows the session's annotations; it takes no --from, --to, --type, --text, --author or --analysis")
            }
            return
        }
        guard let from, let to, let type else {
            throw ValidationError("give --from SECONDS, --to SECONDS and --type (artifact, note, event …), or --list")
        }
        guard from.isFinite, to.isFinite, from >= 0 else {
            throw ValidationError("--from \(from) must be a time in seconds at or after 0 (the recording's first frame)")
        }
        guard to > from else { throw ValidationError("--to \(to) must be after --from \(from)") }
        if type.trimmingWhitespace().isEmpty { throw ValidationError("--type must not be empty; for example artifact, note or event") }
    }

    public func run() async throws {
        try await reportingFailures {
            try await database.withStore { store in
                guard let record = try await store.session(id: session), record.deletedAt == nil else {
                    throw StoreError(.notFound, "no live recording session has id \(session); see `handpose sessions list`")
                }
                if list {
                    try await printList(store.annotations(sessionID: record.id), store: store)
                    return
                }
                if let delete {
                    let actor = try await resolveUserID(author, in: store, role: "author")
                    let removed = try await store.deleteAnnotation(id: delete.lowercased(), sessionID: record.id, actor: actor)
                    print(
                        "annotation \(removed.id) removed from session \(record.id) "
                            + "(\(seconds(removed.startSeconds))-\(seconds(removed.endSeconds)) s \(removed.type))")
                    return
                }
                let annotation = try await add(to: record, store: store)
                if format == .json {
                    print(try StoreJSON.encode(annotation))
                    return
                }
                var line = "annotation \(annotation.id) on session \(record.id): "
                    + "\(seconds(annotation.startSeconds))-\(seconds(annotation.endSeconds)) s \(annotation.type)"
                if annotation.type == AnnotationRecord.artifact {
                    line += "; the next analysis of this session leaves these frames out"
                }
                print(line)
            }
        }
    }

    /// Checks the range against the recording and the analysis against the session, then stores.
    private func add(to record: RecordingSessionRecord, store: ClinicalStore) async throws -> AnnotationRecord {
        let from = from ?? 0, to = to ?? 0
        let duration = record.durationSeconds
        // The last frame lasts one frame interval: a range may end there (60 s of a 59.97 s recording).
        let end = duration + (record.fps > 0 ? 1 / record.fps : 0)
        guard from < duration, to <= end + 1e-9 else {
            let length = String(cFormat: "%.2f", duration)
            throw CommandFailure(
                message: "error: the range \(seconds(from))-\(seconds(to)) s is not within the recording: session \(record.id) "
                    + "lasts \(length) s (\(record.frameCount) frames); give --from and --to between 0 and \(length)",
                status: ExitStatus.usage)
        }
        if let analysis, !(try await store.analyses(sessionID: record.id)).contains(where: { $0.id == analysis.lowercased() }) {
            throw CommandFailure(
                message: "error: session \(record.id) has no analysis \(analysis); see `handpose sessions show \(record.id)`",
                status: ExitStatus.noInput)
        }
        let authorID = try await resolveUserID(author, in: store, role: "author")
        return try await store.addAnnotation(
            AnnotationRecord(
                recordingSessionID: record.id, clinicalAnalysisID: analysis?.lowercased(), authorID: authorID,
                startSeconds: from, endSeconds: to,
                type: (type ?? "").trimmingWhitespace().lowercased(), text: text ?? ""),
            actor: authorID)
    }

    /// `12.5`, `18`: seconds as given, without trailing zeros.
    private func seconds(_ value: Double) -> String { String(cFormat: "%g", value) }

    private func printList(_ annotations: [AnnotationRecord], store: ClinicalStore) async throws {
        if format == .json {
            print(try StoreJSON.encode(annotations))
            return
        }
        guard !annotations.isEmpty else {
            print("session \(session) has no annotations")
            return
        }
        var table = TextTable("id", "from (s)", "to (s)", "type", "author", "text")
        for note in annotations {
            var author = "-"
            if let id = note.authorID { author = try await store.user(id: id)?.email ?? id }
            table.add(
                note.id, String(cFormat: "%.2f", note.startSeconds), String(cFormat: "%.2f", note.endSeconds), note.type, author,
                note.text)
        }
        print(table.render(), terminator: "")
    }
}
