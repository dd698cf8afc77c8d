/// One versioned schema change with its SQL, forward (`up`) and backward (`down`), per dialect.
///
/// A released migration is never edited: the ledger records its ``checksum(for:)`` and the
/// ``Migrator`` refuses a database whose recorded checksum differs. Change the schema by adding
/// a migration.
public struct Migration: Sendable, Hashable {
    /// The SQL of one migration in one dialect.
    public struct Script: Sendable, Hashable {
        /// Applies the change (a script of `;`-separated statements).
        public let up: String
        /// Undoes exactly what `up` did.
        public let down: String

        public init(up: String, down: String) {
            self.up = up
            self.down = down
        }
    }

    /// Position in the migration set, from 1.
    public let version: Int
    /// A short snake_case name, unique within the set (`users_and_protocols`).
    public let name: String
    /// The SQL for each dialect.
    public let scripts: [SQLDialect: Script]

    public init(version: Int, name: String, scripts: [SQLDialect: Script]) {
        self.version = version
        self.name = name
        self.scripts = scripts
    }

    /// The SQL for `dialect`; throws `.migration` when this migration has none for it.
    public func script(for dialect: SQLDialect) throws(StoreError) -> Script {
        guard let script = scripts[dialect] else {
            throw StoreError(.migration, "migration \(version) (\(name)) has no \(dialect) SQL")
        }
        return script
    }

    /// A checksum of this migration's SQL in `dialect`: FNV-1a 64 (see `FNV1a64`) over the `up`
    /// script, a 0 byte, then the `down` script, as 16 hex digits. Line endings are normalised to
    /// `\n` first so a checkout with CRLF line endings does not look like drift. Nil when the
    /// migration has no SQL for `dialect`.
    public func checksum(for dialect: SQLDialect) -> String? {
        guard let script = scripts[dialect] else { return nil }
        func normalised(_ sql: String) -> String { sql.replacingCRLF() }
        var hash = FNV1a64.hash(normalised(script.up).utf8)
        hash = FNV1a64.hash([0], seed: hash)
        hash = FNV1a64.hash(normalised(script.down).utf8, seed: hash)
        return FNV1a64.hex(hash)
    }
}

extension String {
    /// The string with every CRLF and lone CR turned into LF.
    fileprivate func replacingCRLF() -> String {
        // Byte check: "\r\n" is one Character, so `contains("\r")` would miss it.
        guard utf8.contains(13) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.unicodeScalars.append("\n")
                previousWasCR = true
            } else {
                if !(previousWasCR && scalar == "\n") { result.unicodeScalars.append(scalar) }
                previousWasCR = false
            }
        }
        return result
    }
}
