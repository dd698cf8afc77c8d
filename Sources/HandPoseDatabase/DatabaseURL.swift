#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseStore
import HandPoseStorePostgres
import HandPoseStoreSQLite

/// Where the clinical store lives, as the `--db` option and `HANDPOSE_DATABASE_URL` spell it.
///
/// | spelling | backend |
/// |---|---|
/// | `sqlite:PATH`, `sqlite://PATH`, `sqlite:///ABSOLUTE/PATH`, or a path ending in `.sqlite`/`.db` | SQLite file (created if missing) |
/// | `sqlite::memory:` | private in-memory SQLite (tests) |
/// | `postgres://user:password@host:port/database?…`, `postgresql://…` | PostgreSQL over libpq |
///
/// The default, ``defaultURL``, is `sqlite:handpose.sqlite` in the current directory: an embedded
/// file, no server to start.
public enum DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// `sqlite:handpose.sqlite`.
    public static let defaultURL = "sqlite:handpose.sqlite"
    /// The environment variable read when `--db` is not given.
    public static let environmentVariable = "HANDPOSE_DATABASE_URL"

    /// Parses a URL; throws `.invalidArgument` naming the accepted forms.
    public init(_ text: String) throws(StoreError) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            self = .postgres(url: trimmed)
        } else if trimmed.hasPrefix("sqlite:") {
            var path = String(trimmed.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            guard !path.isEmpty else { throw Self.invalid("sqlite: needs a file path, e.g. sqlite:handpose.sqlite") }
            self = .sqlite(path: path)
        } else if trimmed.hasSuffix(".sqlite") || trimmed.hasSuffix(".sqlite3") || trimmed.hasSuffix(".db") {
            self = .sqlite(path: trimmed)
        } else {
            throw Self.invalid("unrecognised database URL scheme")
        }
    }

    /// `--db` if given, else `HANDPOSE_DATABASE_URL`, else ``defaultURL``.
    public static func resolve(
        _ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> DatabaseURL {
        if let option, !option.isEmpty { return try DatabaseURL(option) }
        if let value = environment[environmentVariable], !value.isEmpty { return try DatabaseURL(value) }
        return try DatabaseURL(defaultURL)
    }

    /// Opens the database. SQLite creates the file if missing (its directory must exist); PostgreSQL
    /// connects (`.connection` naming host and port when the server cannot be reached).
    public func open() throws(StoreError) -> any SQLDatabase {
        switch self {
        case .sqlite(let path):
            if path != ":memory:" {
                let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
                guard FileManager.default.directoryExists(atPath: directory) else {
                    throw StoreError(.connection, "cannot open the SQLite database: its directory does not exist")
                }
            }
            return try SQLiteDatabase(path: path)
        case .postgres(let url):
            return try PostgresDatabase(url: Self.withConnectTimeout(url))
        }
    }

    /// The URL without any password, for messages.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "postgres://…" }
            if components.password != nil { components.password = "***" }
            return components.string ?? "postgres://…"
        }
    }

    /// Adds `connect_timeout=5` unless the URL sets one, so a server that is not there fails fast.
    static func withConnectTimeout(_ url: String) -> String {
        guard !url.contains("connect_timeout=") else { return url }
        return url + (url.contains("?") ? "&" : "?") + "connect_timeout=5"
    }

    private static func invalid(_ reason: String) -> StoreError {
        StoreError(
            .invalidArgument,
            "\(reason); use sqlite:PATH (embedded file, the default sqlite:handpose.sqlite) or "
                + "postgres://USER:PASSWORD@HOST:PORT/DATABASE")
    }
}
