/// The handpose clinical schema: every migration, in order.
public enum ClinicalSchema {
    /// The migration set the binary ships. Append new migrations; never edit a released one.
    public static let migrations: MigrationSet = {
        do {
            return try MigrationSet([
                V001UsersAndProtocols.migration,
                V002RecordingsAndAnalyses.migration,
                V003AnnotationsReportsAudit.migration,
                V004ReviewQueueSummariesSearch.migration,
            ])
        } catch {
            // A malformed built-in set is a programming error caught by the first test run.
            preconditionFailure("the built-in clinical migration set is invalid: \(error)")
        }
    }()
}
