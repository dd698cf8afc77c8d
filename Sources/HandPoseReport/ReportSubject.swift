#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Who and what a report is about: the identifiers printed at its top. Every field is optional;
/// a missing one prints as "—". All are escaped before they reach the page.
public struct ReportSubject: Sendable, Hashable {
    /// The patient's name, e.g. from the store's `users` row.
    public var patientName: String?
    /// The patient's e-mail.
    public var patientEmail: String?
    /// The stored recording session's id.
    public var sessionID: String?
    /// The stored analysis' id.
    public var analysisID: String?
    /// The clinician, as it should read ("Dr A. Example <a@example.org>").
    public var clinician: String?
    /// The recording's file (its name for a file; the stored CSV path for a session).
    public var sourceFile: String?
    /// When the recording was made.
    public var recordedAt: Date?
    /// Where ``recordedAt`` comes from when it is not a recording date proper
    /// (e.g. "file modification time").
    public var recordedAtNote: String?

    public init(
        patientName: String? = nil, patientEmail: String? = nil, sessionID: String? = nil, analysisID: String? = nil,
        clinician: String? = nil, sourceFile: String? = nil, recordedAt: Date? = nil, recordedAtNote: String? = nil
    ) {
        self.patientName = patientName
        self.patientEmail = patientEmail
        self.sessionID = sessionID
        self.analysisID = analysisID
        self.clinician = clinician
        self.sourceFile = sourceFile
        self.recordedAt = recordedAt
        self.recordedAtNote = recordedAtNote
    }
}
