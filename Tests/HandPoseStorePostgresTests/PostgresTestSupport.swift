import Foundation
import HandPoseStore
import HandPoseStorePostgres

/// The server the PostgreSQL tests run against, from `HANDPOSE_TEST_POSTGRES_URL`; nil disables them.
let testPostgresURL: String? = {
    let url = ProcessInfo.processInfo.environment["HANDPOSE_TEST_POSTGRES_URL"] ?? ""
    return url.isEmpty ? nil : url
}()

/// A connection whose `search_path` is a fresh random schema, dropped (with everything in it) when
/// `body` returns, so each test starts from an empty database.
func withFreshSchema<T>(_ body: (PostgresDatabase, String) throws -> T) throws -> T {
    let database = try PostgresDatabase(url: testPostgresURL ?? "")
    let schema = "handpose_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    try database.executeScript("CREATE SCHEMA \(schema); SET search_path TO \(schema)")
    defer { try? database.executeScript("DROP SCHEMA \(schema) CASCADE") }
    return try body(database, schema)
}

/// The tables in the current schema, sorted.
func tableNames(_ database: PostgresDatabase) throws -> [String] {
    try database.query(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1"
    ).compactMap { $0["name"]?.stringValue }
}

/// Inserts one user with a fresh id.
func insertUser(_ connection: any SQLConnection, email: String, role: String = "clinician") throws(StoreError) {
    try connection.execute(
        "INSERT INTO users (id, email, first_name, last_name, role) VALUES ($1, $2, $3, $4, $5)",
        [.text(UUID().uuidString.lowercased()), .text(email), .text("Test"), .text("User"), .text(role)])
}

func count(_ database: any SQLConnection, _ table: String) throws -> Int64 {
    try database.query("SELECT count(*) AS n FROM \(table)").first?["n"]?.int64Value ?? -1
}
