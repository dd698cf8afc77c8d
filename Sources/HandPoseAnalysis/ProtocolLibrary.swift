#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore

/// The protocols an analysis can name: the bundled ones (compiled into the binary from
/// `Protocols/*.json`) plus the documents of one protocol directory, found in this order:
///
/// 1. the `directory` passed to ``init(directory:environment:executableURL:searchesSourceTree:)``;
/// 2. the `HANDPOSE_PROTOCOLS` environment variable;
/// 3. `../share/handpose/Protocols` next to the running executable (an installed layout:
///    `/usr/local/bin/handpose` → `/usr/local/share/handpose/Protocols`);
/// 4. the package's `Protocols/` directory in the source tree this module was built from
///    (development builds);
/// 5. none: the bundled copies alone.
///
/// A directory named explicitly (1, 2) must exist; 3 and 4 are skipped when absent. Every `*.json`
/// file of the directory is loaded and validated (its name must be `<id>.json`); a document whose id
/// matches a bundled protocol replaces it. The bundled copies make an installed binary complete
/// without any files; a test keeps them identical to `Protocols/*.json`
/// (`Protocols/generate-bundled.sh` regenerates them).
///
/// The library is an immutable value: safe to share between tasks.
public struct ProtocolLibrary: Sendable {
    /// The protocol used when none is named.
    public static let defaultProtocolID = "free-recording"
    /// The environment variable naming a protocol directory.
    public static let environmentVariable = "HANDPOSE_PROTOCOLS"

    /// Every protocol, sorted by id.
    public let all: [ClinicalProtocol]
    /// The directory whose documents were loaded, if any.
    public let directory: URL?

    private let byID: [String: ClinicalProtocol]

    /// The bundled protocols alone, without reading any file.
    public static let bundled: ProtocolLibrary = {
        do {
            return try ProtocolLibrary(protocols: bundledProtocols(), directory: nil)
        } catch {
            preconditionFailure("a bundled protocol is invalid (a test should have caught this): \(error)")
        }
    }()

    /// The bundled protocol `reference` names: when it is a bundled id, only that document is
    /// decoded (decoding all three, as ``bundled`` does, is about 1 ms of a short `handpose analyze`);
    /// anything else goes to ``bundled``'s ``resolve(_:)`` (a path, or an error listing the ids).
    ///
    /// - Throws: as ``resolve(_:)``.
    public static func resolveBundled(_ reference: String) throws(AnalysisError) -> ClinicalProtocol {
        if let document = bundledDocument(named: "\(reference).json") {
            return try ClinicalProtocol(jsonData: Data(document.json.utf8), path: "(bundled) \(document.fileName)")
        }
        return try bundled.resolve(reference)
    }

    /// Loads the bundled protocols and those of the first protocol directory found (see the type's
    /// documentation for the order).
    ///
    /// - Parameters:
    ///   - directory: a protocol directory to use before any other.
    ///   - environment: where to read `HANDPOSE_PROTOCOLS` (the process environment by default).
    ///   - executableURL: the running executable, for the installed layout.
    ///   - searchesSourceTree: whether to look in the source tree this module was built from.
    /// - Throws: ``AnalysisError`` `invalidProtocol` for an invalid document (naming the file and
    ///   field) or two documents with one id; `unknownProtocol` when a directory named in 1 or 2
    ///   does not exist.
    public init(
        directory: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        executableURL: URL? = runningExecutableURL, searchesSourceTree: Bool = true
    ) throws(AnalysisError) {
        let found = try Self.locateDirectory(
            explicit: directory, environment: environment, executableURL: executableURL,
            searchesSourceTree: searchesSourceTree)
        var protocols = Self.bundled.byID
        if let found {
            for document in try Self.loadDirectory(found) { protocols[document.id] = document }
        }
        try self.init(protocols: Array(protocols.values), directory: found)
    }

    /// A library of exactly `protocols` (for tests and services that keep protocols elsewhere,
    /// e.g. in the database).
    ///
    /// - Throws: ``AnalysisError`` `invalidProtocol` when two protocols share an id.
    public init(protocols: [ClinicalProtocol], directory: URL? = nil) throws(AnalysisError) {
        var byID: [String: ClinicalProtocol] = [:]
        for document in protocols {
            guard byID.updateValue(document, forKey: document.id) == nil else {
                throw AnalysisError(.invalidProtocol, path: directory?.path, field: "id", "two protocols have the id \"\(document.id)\"")
            }
        }
        self.byID = byID
        self.all = protocols.sorted { $0.id < $1.id }
        self.directory = directory
    }

    /// The ids of every protocol, sorted.
    public var ids: [String] { all.map(\.id) }

    /// The protocol with this id, if any.
    public subscript(id id: String) -> ClinicalProtocol? { byID[id] }

    /// `free-recording`: the whole file as one segment.
    public var defaultProtocol: ClinicalProtocol {
        byID[Self.defaultProtocolID] ?? Self.bundled.byID[Self.defaultProtocolID]!
    }

    /// The protocol `reference` names: an id of this library, else a path to a protocol file.
    ///
    /// An id wins over a file of the same name; write `./free-recording` to mean the file.
    ///
    /// - Throws: ``AnalysisError`` `unknownProtocol` (listing the known ids) when `reference` is
    ///   neither a known id nor an existing file; `invalidProtocol` for an invalid file.
    public func resolve(_ reference: String) throws(AnalysisError) -> ClinicalProtocol {
        if let known = byID[reference] { return known }
        let looksLikePath = reference.contains("/") || reference.hasSuffix(".json")
        if looksLikePath || FileManager.default.fileExists(atPath: reference) {
            let url = URL(fileURLWithPath: reference)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw AnalysisError(
                    .unknownProtocol, path: reference,
                    "no protocol file at this path; known protocol ids: \(ids.joined(separator: ", "))")
            }
            return try ClinicalProtocol(contentsOf: url)
        }
        var message = "unknown protocol \"\(reference)\""
        if let suggestion = ProtocolDecoding.closest(to: reference, among: ids) {
            message += " (did you mean \"\(suggestion)\"?)"
        }
        message += "; known protocols: \(ids.joined(separator: ", ")), or give the path of a protocol .json file"
        throw AnalysisError(.unknownProtocol, message)
    }
}
