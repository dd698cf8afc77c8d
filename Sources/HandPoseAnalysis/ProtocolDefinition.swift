#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore

/// A clinical protocol: the movements a recording holds, how each is analysed, and the metrics the
/// protocol requires. Protocols are JSON documents (`Protocols/*.json`, format in
/// `Protocols/README.md`); ``ProtocolLibrary`` finds them by id or path.
///
/// Decoding is strict (unknown fields, wrong types and unknown names are refused) and
/// ``init(jsonData:path:)`` also runs ``validate(path:)``; every failure is an ``AnalysisError``
/// with code `invalidProtocol` whose `field` is the JSON path at fault (`movements[1].tremorBandHz`).
///
/// The document maps onto the `protocols` table: `name` ← ``id``, `version` ← ``version``
/// (unique together), `indicated_for` ← ``indications``, `contraindications` ←
/// ``contraindications``, `description` ← ``description``, and `configuration` ← the whole document.
public struct ClinicalProtocol: Codable, Sendable, Hashable, Identifiable {
    /// The document format this handpose reads and writes.
    public static let currentSchemaVersion = 1

    /// Document format version (``currentSchemaVersion``).
    public var schemaVersion: Int
    /// Stable identifier, kebab-case (`parkinsons-tremor-assessment`); the file is `<id>.json`.
    public var id: String
    /// Human-readable title.
    public var name: String
    /// Content version `MAJOR.MINOR` (`1.0`); (id, version) identifies one protocol revision.
    public var version: String
    /// What the protocol assesses and how, in a few sentences.
    public var description: String
    /// Conditions or questions the protocol is meant for.
    public var indications: [String]
    /// Situations in which it should not be used or its results not trusted.
    public var contraindications: [String]
    /// General set-up instructions (camera, seating, lighting) read before the movements.
    public var instructions: String?
    /// Notes for interpreting the results.
    public var guidelines: [String]
    /// The movements, in recording order.
    public var movements: [Movement]
    /// The metrics the protocol must report; every one is computed by at least one movement.
    public var requiredMetrics: [ProtocolMetric]
    /// The published sources the protocol rests on.
    public var references: [ProtocolReference]
    /// When a stored analysis waits for a clinician's review (optional).
    public var reviewThresholds: ProtocolReviewThresholds?

    public init(
        schemaVersion: Int = ClinicalProtocol.currentSchemaVersion, id: String, name: String, version: String,
        description: String, indications: [String] = [], contraindications: [String] = [], instructions: String? = nil,
        guidelines: [String] = [], movements: [Movement], requiredMetrics: [ProtocolMetric],
        references: [ProtocolReference] = [], reviewThresholds: ProtocolReviewThresholds? = nil
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.name = name
        self.version = version
        self.description = description
        self.indications = indications
        self.contraindications = contraindications
        self.instructions = instructions
        self.guidelines = guidelines
        self.movements = movements
        self.requiredMetrics = requiredMetrics
        self.references = references
        self.reviewThresholds = reviewThresholds
    }

    /// Decodes and validates a protocol document.
    ///
    /// - Parameter path: the file it came from, named in errors.
    /// - Throws: ``AnalysisError`` `invalidProtocol` naming the field at fault.
    public init(jsonData: Data, path: String? = nil) throws(AnalysisError) {
        do {
            self = try JSONDecoder().decode(ClinicalProtocol.self, from: jsonData)
        } catch {
            throw ProtocolDecoding.analysisError(from: error, path: path)
        }
        try validate(path: path)
    }

    /// Reads, decodes and validates the protocol file at `url`.
    ///
    /// - Throws: ``AnalysisError`` `unknownProtocol` when the file does not exist, `invalidProtocol`
    ///   when it cannot be read or is not a valid protocol.
    public init(contentsOf url: URL) throws(AnalysisError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw AnalysisError(
                exists ? .invalidProtocol : .unknownProtocol, path: url.path,
                exists ? "cannot read the protocol file: \(localizedDescription(of: error))" : "no such protocol file")
        }
        try self.init(jsonData: data, path: url.path)
    }

    /// The document as JSON: pretty-printed with sorted keys, so that equal protocols give equal bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// The metrics computed for `movement`: its own list, or the protocol's required metrics.
    public func metrics(for movement: Movement) -> [ProtocolMetric] {
        movement.metrics ?? requiredMetrics
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, id, name, version, description, indications, contraindications, instructions, guidelines
        case movements, requiredMetrics, references, reviewThresholds
    }

    public init(from decoder: any Decoder) throws {
        try ProtocolDecoding.rejectUnknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            schemaVersion: try c.decodeWholeNumber(Int.self, forKey: .schemaVersion),
            id: try c.decode(String.self, forKey: .id),
            name: try c.decode(String.self, forKey: .name),
            version: try c.decode(String.self, forKey: .version),
            description: try c.decode(String.self, forKey: .description),
            indications: try c.decode([String].self, forKey: .indications),
            contraindications: try c.decode([String].self, forKey: .contraindications),
            instructions: try c.decodeIfPresent(String.self, forKey: .instructions),
            guidelines: try c.decodeIfPresent([String].self, forKey: .guidelines) ?? [],
            movements: try c.decode([Movement].self, forKey: .movements),
            requiredMetrics: try c.decode([ProtocolMetric].self, forKey: .requiredMetrics),
            references: try c.decodeIfPresent([ProtocolReference].self, forKey: .references) ?? [],
            reviewThresholds: try c.decodeIfPresent(ProtocolReviewThresholds.self, forKey: .reviewThresholds))
    }
}
