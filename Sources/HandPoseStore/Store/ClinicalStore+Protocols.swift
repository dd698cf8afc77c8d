import HandPoseAnalysis

extension ClinicalStore {
    /// What ``importProtocol(_:createdBy:actor:)`` did.
    public enum ProtocolImport: Sendable, Equatable {
        /// A new row was written.
        case inserted(ProtocolRecord)
        /// The same name and version with the same document was already stored.
        case unchanged(ProtocolRecord)
    }

    /// Stores `clinicalProtocol` as a `protocols` row (name ← id, configuration ← the document).
    /// Importing the same document again changes nothing; the same name and version with a
    /// different document is refused (`.constraint`): a changed protocol needs a new version.
    @discardableResult
    public func importProtocol(
        _ clinicalProtocol: ClinicalProtocol, createdBy: String? = nil, actor: String? = nil
    ) throws(StoreError) -> ProtocolImport {
        try transaction { connection throws(StoreError) in
            try Self.importProtocol(clinicalProtocol, createdBy: createdBy, actor: actor, on: connection)
        }
    }

    /// All protocols by name and version.
    public func protocols() throws(StoreError) -> [ProtocolRecord] {
        try ProtocolRecord.fetch(database, orderBy: "name, version, id")
    }

    /// The protocol named `name` (its id, e.g. `essential-tremor`), a given version or the newest stored.
    public func protocolRecord(name: String, version: String? = nil) throws(StoreError) -> ProtocolRecord? {
        let candidates = try ProtocolRecord.fetch(database, where: "name = $1", [.text(name)], orderBy: "created_at DESC, id")
        if let version { return candidates.first { $0.version == version } }
        return candidates.first
    }

    /// The protocol row with `id`.
    public func protocolRecord(id: String) throws(StoreError) -> ProtocolRecord? {
        guard StoreID.isValid(id) else { return nil }
        return try ProtocolRecord.fetch(database, where: "id = $1", [.text(id)]).first
    }

    static func importProtocol(
        _ clinicalProtocol: ClinicalProtocol, createdBy: String?, actor: String?, on connection: any SQLConnection
    ) throws(StoreError) -> ProtocolImport {
        let document = try protocolDocument(clinicalProtocol)
        let existing = try ProtocolRecord.fetch(
            connection, where: "name = $1 AND version = $2", [.text(clinicalProtocol.id), .text(clinicalProtocol.version)])
        if let existing = existing.first {
            guard sameJSON(existing.configuration, document) else {
                throw StoreError(
                    .constraint,
                    "protocol \(clinicalProtocol.id) version \(clinicalProtocol.version) is already stored with different "
                        + "content; give the changed protocol a new version", constraint: "protocols_name_version_key")
            }
            return .unchanged(existing)
        }
        let record = ProtocolRecord(
            name: clinicalProtocol.id, version: clinicalProtocol.version, description: clinicalProtocol.description,
            configuration: document, indicatedFor: clinicalProtocol.indications,
            contraindications: clinicalProtocol.contraindications, createdBy: createdBy)
        try record.insert(into: connection)
        try audit(
            connection, actor: actor, action: "protocol.import", entityType: ProtocolRecord.table, entityID: record.id,
            details: ["name": record.name, "version": record.version], at: record.createdAt)
        return .inserted(record)
    }

    static func protocolDocument(_ clinicalProtocol: ClinicalProtocol) throws(StoreError) -> String {
        try StoreJSONText.encode(clinicalProtocol, what: "protocol \(clinicalProtocol.id)")
    }

    /// Whether two JSON texts hold the same value (PostgreSQL's `jsonb` reorders keys and spacing).
    static func sameJSON(_ a: String, _ b: String) -> Bool {
        (CanonicalJSON.normalize(a) ?? a) == (CanonicalJSON.normalize(b) ?? b)
    }
}
