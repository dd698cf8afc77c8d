import Foundation
import Testing

/// Compares command output with a stored snapshot in `Tests/HandPoseCLITests/Snapshots/`.
///
/// Run with `HANDPOSE_RECORD_SNAPSHOTS=1` to write the current output as the new snapshot (then
/// review the diff before committing it).
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["HANDPOSE_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name); run with HANDPOSE_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 } ?? min(actualLines.count, expectedLines.count)
            Issue.record(
                """
                output differs from snapshot \(name) at line \(firstDifference + 1):
                  expected: \(firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>")
                  actual:   \(firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
