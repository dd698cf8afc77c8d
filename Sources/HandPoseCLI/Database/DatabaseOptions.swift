import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseDatabase
import HandPoseStore

/// `--db URL` on every command that stores or reads, with `HANDPOSE_DATABASE_URL` and the embedded
/// default `sqlite:handpose.sqlite` behind it.
public struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: "Database URL: sqlite:PATH (embedded file) or postgres://USER:PASSWORD@HOST:PORT/DATABASE (default: $HANDPOSE_DATABASE_URL, else sqlite:handpose.sqlite).")
    public var url: String?

    public init() {}

    /// The resolved location.
    func location() throws -> DatabaseURL {
        do {
            return try DatabaseURL.resolve(url)
        } catch {
            throw CommandFailure(message: "error: --db: \(error.message)", status: ExitStatus.usage)
        }
    }

    /// Opens the database and a store over it; unless `requireCurrentSchema` is false, refuses a
    /// schema that is behind (run `db migrate`) or ahead of this binary.
    func openStore(requireCurrentSchema: Bool = true) async throws -> ClinicalStore {
        let location = try location()
        do {
            let store = ClinicalStore(database: try location.open())
            if requireCurrentSchema { try await store.requireCurrentSchema() }
            return store
        } catch {
            throw CommandFailure(store: error, location: location)
        }
    }
}

extension DatabaseOptions {
    /// Opens the store (see ``openStore(requireCurrentSchema:)``) and runs `body` with it; store
    /// errors become command failures that name the database.
    func withStore<T>(
        requireCurrentSchema: Bool = true, _ body: (ClinicalStore) async throws -> T
    ) async throws -> T {
        let location = try location()
        let store = try await openStore(requireCurrentSchema: requireCurrentSchema)
        return try await withStoreErrors(location) { try await body(store) }
    }
}

extension ExitStatus {
    /// A service is unavailable (the database server cannot be reached).
    public static let unavailable: Int32 = 69
    /// Something was found in an unconfigured or incorrect state (the schema needs migrating, or is newer).
    public static let configuration: Int32 = 78
}

extension CommandFailure {
    /// A store error as a command failure: unreachable → 69, schema problems → 78, constraint
    /// violations → 65, unknown ids → 66, bad arguments → 64, anything else → 70. The message never
    /// holds patient data (``StoreError`` guarantees it) nor a password (`location` hides it).
    init(store error: StoreError, location: DatabaseURL? = nil) {
        let status: Int32 = switch error.code {
        case .connection, .busy: ExitStatus.unavailable
        case .migration, .newerDatabase, .checksumDrift: ExitStatus.configuration
        case .constraint: ExitStatus.dataError
        case .notFound: ExitStatus.noInput
        case .invalidArgument: ExitStatus.usage
        default: ExitStatus.software
        }
        let place = location.map { " (\($0))" } ?? ""
        self.init(message: "error: database\(place): \(error.message)", status: status)
    }
}

/// Store calls from a command: store errors become command failures.
func withStoreErrors<T>(_ location: DatabaseURL? = nil, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as StoreError {
        throw CommandFailure(store: error, location: location)
    }
}

extension AsyncParsableCommand {
    /// Runs `body`, printing a failure as one line on stderr and exiting with its status.
    func reportingFailures(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            let failure = (error as? StoreError).map { CommandFailure(store: $0) } ?? CommandFailure(error)
            StandardError.write(failure.message.hasPrefix("error:") || failure.message.contains(": error: ")
                ? failure.message : "error: \(failure.message)")
            throw ExitCode(failure.status)
        }
    }
}

/// Machine output for store records: sorted keys, timestamps as ``StoreTimestamp`` text, and the
/// JSON columns (analysis documents, quality metrics, device info, …) as nested JSON, not strings.
enum StoreJSON {
    /// Record fields that hold JSON text.
    static let embeddedDocumentKeys: Set<String> = [
        "configuration", "deviceInfo", "processingMetadata", "filtersApplied", "qualityMetrics", "frequencySpectrum",
        "romMeasurements", "asymmetryDetails", "severityScores", "qualityFlags", "document", "details",
        "metricDifferences", "statisticalTests", "sharedWith",
    ]

    static func encode(_ value: some Encodable) throws -> String {
        let compact = try encodeCompact(value)
        return CanonicalJSON.prettyPrinted(compact, expanding: embeddedDocumentKeys) ?? compact
    }

    private static func encodeCompact(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(StoreTimestamp.format(date))
        }
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The id of the user `reference` names, or nil when no reference was given.
func resolveUserID(_ reference: String?, in store: ClinicalStore, role: String) async throws -> String? {
    guard let reference else { return nil }
    return try await resolveUser(reference, in: store, role: role).id
}

/// A user named on the command line by e-mail, or by id.
func resolveUser(_ reference: String, in store: ClinicalStore, role: String) async throws -> UserRecord {
    if let user = try await (StoreID.isValid(reference) ? store.user(id: reference) : store.user(email: reference)) {
        return user
    }
    throw CommandFailure(
        message: "error: no user matches the \(role) given; add one with `handpose users add` (see `handpose users list`)",
        status: ExitStatus.noInput)
}
