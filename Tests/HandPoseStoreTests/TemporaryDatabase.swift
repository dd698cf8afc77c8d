import Foundation
import HandPoseStore
import HandPoseStoreSQLite

/// A fresh SQLite file in its own temporary directory, removed when the test's closure returns.
func withTemporaryDatabase<T>(_ body: (SQLiteDatabase, String) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("handpose-store-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("test.sqlite").path
    let database = try SQLiteDatabase(path: path)
    return try body(database, path)
}

/// The names of the user tables in an SQLite database, sorted.
func tableNames(_ database: SQLiteDatabase) throws -> [String] {
    try database.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .compactMap { $0["name"]?.stringValue }
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
