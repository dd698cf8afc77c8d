import HandPoseCore
@testable import HandPoseIO
import Testing

/// Reads inline CSV text with the default chunk size (or a tiny one to cross chunk boundaries).
func readCSV(_ text: String, name: String = "test.csv", options: IngestOptions = .init(), chunkSize: Int? = nil) throws(IngestError) -> Recording {
    if let chunkSize {
        return try RecordingReader.read(bytes: Array(text.utf8), name: name, options: options, chunkSize: chunkSize)
    }
    return try RecordingReader.read(bytes: Array(text.utf8), name: name, options: options)
}

/// The error that reading `text` throws, or `nil` (recorded as a failure) when it reads fine.
func readError(_ text: String, options: IngestOptions = .init(), sourceLocation: SourceLocation = #_sourceLocation) -> IngestError? {
    do {
        _ = try readCSV(text, options: options)
        Issue.record("expected an ingest error", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
