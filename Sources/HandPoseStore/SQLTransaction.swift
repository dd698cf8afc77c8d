/// The begin / body / commit-or-rollback sequence every backend's ``SQLDatabase/transaction(_:)``
/// shares; each backend supplies its own BEGIN statement and its own commit check.
public enum SQLTransaction {
    /// Runs `body` between `begin` and `commit` on `connection`. When `body` or `commit` throws, the
    /// transaction is rolled back (a failed rollback is ignored: the original error is the one that
    /// matters) and the error is rethrown.
    public static func run<T>(
        on connection: any SQLConnection, begin: String,
        commit: (any SQLConnection) throws -> Void = { try $0.executeScript("COMMIT") },
        _ body: (any SQLConnection) throws -> T
    ) throws -> T {
        try connection.executeScript(begin)
        do {
            let result = try body(connection)
            try commit(connection)
            return result
        } catch {
            try? connection.executeScript("ROLLBACK")
            throw error
        }
    }
}
