#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One row of `protocols`: a clinical protocol document, unique by (name, version).
///
/// `name` is the protocol's id (`parkinsons-tremor-assessment`); `configuration` is the whole
/// protocol JSON document (movements, required metrics, instructions, guidelines).
public struct ProtocolRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var version: String
    public var description: String?
    /// The protocol document, JSON text.
    public var configuration: String
    public var indicatedFor: [String]
    public var contraindications: [String]
    public var createdBy: String?
    public var isPublic: Bool
    public var isActive: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String = StoreID.make(), name: String, version: String, description: String?, configuration: String,
        indicatedFor: [String] = [], contraindications: [String] = [], createdBy: String? = nil, isPublic: Bool = true,
        isActive: Bool = true, createdAt: Date = StoreTimestamp.now(), updatedAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.description = description
        self.configuration = CanonicalJSON.canonical(configuration)
        self.indicatedFor = indicatedFor
        self.contraindications = contraindications
        self.createdBy = createdBy
        self.isPublic = isPublic
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}
