#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore

extension ProtocolLibrary {
    /// The package's `Protocols/` directory in the source tree this file was compiled from.
    public static var sourceTreeDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // HandPoseAnalysis
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Protocols", isDirectory: true)
    }

    /// The first protocol directory in the lookup order (see ``ProtocolLibrary``), or `nil`.
    ///
    /// - Throws: ``AnalysisError`` `unknownProtocol` when `explicit` or `HANDPOSE_PROTOCOLS` names
    ///   a directory that does not exist.
    public static func locateDirectory(
        explicit: URL?, environment: [String: String], executableURL: URL?, searchesSourceTree: Bool
    ) throws(AnalysisError) -> URL? {
        if let explicit {
            guard isDirectory(explicit) else {
                throw AnalysisError(.unknownProtocol, path: explicit.path, "the protocol directory does not exist")
            }
            return explicit
        }
        if let named = environment[environmentVariable], !named.isEmpty {
            let url = URL(fileURLWithPath: named, isDirectory: true)
            guard isDirectory(url) else {
                throw AnalysisError(
                    .unknownProtocol, path: named, "\(environmentVariable) names a protocol directory that does not exist")
            }
            return url
        }
        if let executableURL {
            let installed = executableURL.resolvingSymlinksInPath()
                .deletingLastPathComponent()
                .deletingLastPathComponent()
                .appendingPathComponent("share/handpose/Protocols", isDirectory: true)
            if isDirectory(installed) { return installed }
        }
        if searchesSourceTree, isDirectory(sourceTreeDirectory) { return sourceTreeDirectory }
        return nil
    }

    /// Loads and validates every `*.json` document of `directory`, sorted by file name.
    ///
    /// - Throws: ``AnalysisError`` `invalidProtocol` for an unreadable or invalid document, one whose
    ///   id differs from its file name (which also keeps ids unique).
    public static func loadDirectory(_ directory: URL) throws(AnalysisError) -> [ClinicalProtocol] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw AnalysisError(.invalidProtocol, path: directory.path, "cannot list the protocol directory: \(localizedDescription(of: error))")
        }
        var result: [ClinicalProtocol] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            let document: ClinicalProtocol
            if let bundled = bundledCopy(at: url, named: name) {
                document = bundled
            } else {
                document = try ClinicalProtocol(contentsOf: url)
            }
            guard name == "\(document.id).json" else {
                throw AnalysisError(
                    .invalidProtocol, path: url.path, field: "id",
                    "the id \"\(document.id)\" must match the file name: rename the file to \(document.id).json or change the id")
            }
            result.append(document)
        }
        return result
    }

    /// The bundled protocol, already decoded and validated, when the file at `url` is byte for byte
    /// the bundled document of that name, give or take a final newline (the shipped `Protocols/`
    /// directory, unedited): decoding a
    /// protocol costs about 0.3 ms, a noticeable part of a short `handpose analyze`.
    static func bundledCopy(at url: URL, named name: String) -> ClinicalProtocol? {
        guard let bundled = bundledDocument(named: name), var bytes = try? Data(contentsOf: url) else { return nil }
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }  // the bundled text has no final newline
        guard bytes.elementsEqual(bundled.json.utf8) else { return nil }
        return Self.bundled[id: String(name.dropLast(".json".count))]
    }

    /// The bundled document of file `name` (`<id>.json`), undecoded.
    static func bundledDocument(named name: String) -> (fileName: String, json: String)? {
        bundledDocuments.first { $0.fileName == name }
    }

    /// The bundled documents, decoded and validated.
    static func bundledProtocols() throws(AnalysisError) -> [ClinicalProtocol] {
        var result: [ClinicalProtocol] = []
        for document in bundledDocuments {
            result.append(try ClinicalProtocol(jsonData: Data(document.json.utf8), path: "(bundled) \(document.fileName)"))
        }
        return result
    }

    private static func isDirectory(_ url: URL) -> Bool {
        FileManager.default.directoryExists(atPath: url.path)
    }
}
