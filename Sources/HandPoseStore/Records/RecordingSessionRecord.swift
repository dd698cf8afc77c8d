#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where a recording session is in its life; stored in `recording_sessions.status`.
public enum RecordingStatus: String, Codable, Sendable, CaseIterable {
    case uploaded, processing, analyzed, completed, failed
}

/// A clinician's verdict on a session's analysis; stored in `recording_sessions.review_status`.
public enum ReviewStatus: String, Codable, Sendable, CaseIterable {
    case pending, approved, flagged
}

/// One row of `recording_sessions`: one recording of one patient.
public struct RecordingSessionRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var patientID: String?
    public var clinicianID: String?
    public var protocolID: String?
    public var recordingDate: Date
    public var durationSeconds: Double
    public var fps: Double
    public var frameCount: Int
    /// JSON text: what recorded it (source, layout, coordinate space).
    public var deviceInfo: String
    public var videoPath: String?
    public var csvPath: String?
    /// SHA-256 of the CSV file's bytes, 64 hex digits: how a second save of the same file is recognised.
    public var contentHash: String
    public var status: RecordingStatus
    /// JSON text: how it was processed (software version, options).
    public var processingMetadata: String
    public var reviewStatus: ReviewStatus
    public var clinicalNotes: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// Set by a soft delete; the row stays for audit.
    public var deletedAt: Date?

    public init(
        id: String = StoreID.make(), patientID: String? = nil, clinicianID: String? = nil, protocolID: String? = nil,
        recordingDate: Date, durationSeconds: Double, fps: Double, frameCount: Int, deviceInfo: String = "{}",
        videoPath: String? = nil, csvPath: String? = nil, contentHash: String, status: RecordingStatus = .uploaded,
        processingMetadata: String = "{}", reviewStatus: ReviewStatus = .pending, clinicalNotes: String? = nil,
        createdAt: Date = StoreTimestamp.now(), updatedAt: Date? = nil, deletedAt: Date? = nil
    ) {
        self.id = id
        self.patientID = patientID
        self.clinicianID = clinicianID
        self.protocolID = protocolID
        self.recordingDate = recordingDate
        self.durationSeconds = durationSeconds
        self.fps = fps
        self.frameCount = frameCount
        self.deviceInfo = CanonicalJSON.canonical(deviceInfo)
        self.videoPath = videoPath
        self.csvPath = csvPath
        self.contentHash = contentHash
        self.status = status
        self.processingMetadata = CanonicalJSON.canonical(processingMetadata)
        self.reviewStatus = reviewStatus
        self.clinicalNotes = clinicalNotes
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.deletedAt = deletedAt
    }
}
