/// An ordered, validated list of migrations: versions strictly increasing from 1, names unique
/// and non-empty, and SQL for every dialect in each.
public struct MigrationSet: Sendable, Hashable {
    /// The migrations in version order.
    public let migrations: [Migration]

    /// Validates `migrations` (given in version order); throws `.migration` naming the first problem.
    public init(_ migrations: [Migration]) throws(StoreError) {
        var names = Set<String>()
        var previous = 0
        for migration in migrations {
            if previous == 0 && migration.version != 1 {
                throw StoreError(.migration, "the first migration must be version 1, not \(migration.version)")
            }
            if migration.version <= previous {
                throw StoreError(
                    .migration,
                    "migration versions must increase strictly: \(migration.version) follows \(previous)")
            }
            if migration.name.isEmpty {
                throw StoreError(.migration, "migration \(migration.version) has an empty name")
            }
            if !names.insert(migration.name).inserted {
                throw StoreError(.migration, "migration name '\(migration.name)' is used twice")
            }
            for dialect in SQLDialect.allCases where migration.scripts[dialect] == nil {
                throw StoreError(
                    .migration, "migration \(migration.version) (\(migration.name)) has no \(dialect) SQL")
            }
            previous = migration.version
        }
        self.migrations = migrations
    }

    /// The highest version this set knows, or 0 when it is empty.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The migration with `version`, if the set has it.
    public func migration(version: Int) -> Migration? {
        migrations.first { $0.version == version }
    }
}
