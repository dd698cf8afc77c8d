/// One row of the `schema_migrations` ledger: a migration applied to the database.
public struct AppliedMigration: Sendable, Hashable, Encodable {
    public let version: Int
    public let name: String
    /// The checksum recorded when it was applied.
    public let checksum: String
    /// When it was applied, as the database reports it (ISO 8601 text in SQLite).
    public let appliedAt: String

    public init(version: Int, name: String, checksum: String, appliedAt: String) {
        self.version = version
        self.name = name
        self.checksum = checksum
        self.appliedAt = appliedAt
    }
}

/// An applied migration whose recorded checksum differs from the binary's copy.
public struct ChecksumDrift: Sendable, Hashable, Encodable {
    public let version: Int
    public let name: String
    /// Recorded in the ledger.
    public let recorded: String
    /// Computed from the binary's SQL.
    public let expected: String
}

/// Where a database stands against a migration set.
public struct MigrationStatus: Sendable, Hashable {
    /// Ledger rows, in version order (including any the binary does not know).
    public let applied: [AppliedMigration]
    /// Migrations of the set not yet applied, in version order.
    public let pending: [Migration]
    /// Applied migrations whose SQL changed since they were applied.
    public let drifted: [ChecksumDrift]
    /// Applied versions the binary does not know: the database is newer than the binary.
    public let unknown: [AppliedMigration]
    /// The highest version the binary knows.
    public let latestKnownVersion: Int

    /// The highest applied version, or 0 for an empty database.
    public var currentVersion: Int { applied.last?.version ?? 0 }
    /// True when the ledger holds versions this binary does not know.
    public var isDatabaseNewer: Bool { !unknown.isEmpty }
    /// True when everything is applied, nothing drifted and nothing is unknown.
    public var isUpToDate: Bool { pending.isEmpty && drifted.isEmpty && unknown.isEmpty }
}

extension MigrationStatus: Encodable {
    private enum CodingKeys: String, CodingKey {
        case currentVersion, latestKnownVersion, upToDate, applied, pending, drifted, unknown
    }

    private struct PendingMigration: Encodable {
        let version: Int
        let name: String
    }

    /// `{currentVersion, latestKnownVersion, upToDate, applied, pending: [{version, name}], drifted, unknown}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(currentVersion, forKey: .currentVersion)
        try container.encode(latestKnownVersion, forKey: .latestKnownVersion)
        try container.encode(isUpToDate, forKey: .upToDate)
        try container.encode(applied, forKey: .applied)
        try container.encode(pending.map { PendingMigration(version: $0.version, name: $0.name) }, forKey: .pending)
        try container.encode(drifted, forKey: .drifted)
        try container.encode(unknown, forKey: .unknown)
    }
}
