/// The SQL dialects the store speaks. Every migration carries its SQL for each of them.
public enum SQLDialect: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// SQLite 3 (the embedded default).
    case sqlite
    /// PostgreSQL 15 or newer.
    case postgres

    public var description: String { rawValue }
}
