/// An error from the store or one of its backends.
///
/// `description` states what failed and the fix in words that never include row data or patient
/// data (no bound values, no SQL literals, no driver message). The driver's own message, which can
/// quote values, is kept for `debugDescription` only.
public struct StoreError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What kind of failure this is. Extensible: new codes can be added without breaking `switch`es.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The database could not be opened or reached.
        public static let connection = Code("connection")
        /// A statement failed to prepare or run.
        public static let statement = Code("statement")
        /// A unique, foreign-key, check or not-null constraint was violated.
        public static let constraint = Code("constraint")
        /// The database stayed locked by another writer past the busy timeout.
        public static let busy = Code("busy")
        /// A requested record does not exist.
        public static let notFound = Code("notFound")
        /// A migration set is invalid, or applying or rolling back a migration failed.
        public static let migration = Code("migration")
        /// An applied migration's checksum differs from the binary's copy of it.
        public static let checksumDrift = Code("checksumDrift")
        /// The database has migrations this binary does not know: it is newer than the binary.
        public static let newerDatabase = Code("newerDatabase")
        /// A caller passed an invalid argument (a bad rollback target, an unknown parameter name).
        public static let invalidArgument = Code("invalidArgument")
    }

    /// The kind of failure.
    public let code: Code
    /// A message free of row data: what failed and, where known, the fix.
    public let message: String
    /// The driver's result code (SQLite's extended result code), when the driver reported one.
    public let driverCode: Int?
    /// The driver's message. It may quote values, so it appears in `debugDescription` only.
    public let driverMessage: String?
    /// For `.constraint`: the violated constraint or column as the driver names it
    /// (`users_email_key`, `users.email`), when it names one. Schema names only, never values.
    public let constraint: String?

    public init(
        _ code: Code, _ message: String, driverCode: Int? = nil, driverMessage: String? = nil, constraint: String? = nil
    ) {
        self.code = code
        self.message = message
        self.driverCode = driverCode
        self.driverMessage = driverMessage
        self.constraint = constraint
    }

    public var description: String {
        var text = "store error (\(code)): \(message)"
        if let constraint { text += " [constraint \(constraint)]" }
        if let driverCode { text += " [driver code \(driverCode)]" }
        return text
    }

    public var debugDescription: String {
        if let driverMessage { "\(description); driver: \(driverMessage)" } else { description }
    }
}
