import Foundation
import Testing
@testable import HandPoseAnalysis

@Suite("ProtocolLibrary")
struct ProtocolLibraryTests {
    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-protocols-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A valid custom protocol document with this id.
    static func customDocument(id: String) throws -> Data {
        var object = ProtocolFixtures.object("free-recording")
        object["id"] = id
        object["name"] = "Custom"
        return ProtocolFixtures.data(object)
    }

    @Test("the bundled copies match Protocols/*.json byte for byte (run Protocols/generate-bundled.sh if not)")
    func bundledCopiesMatchFiles() throws {
        let directory = ProtocolLibrary.sourceTreeDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(ProtocolLibrary.bundledDocuments.map(\.fileName) == files)
        for document in ProtocolLibrary.bundledDocuments {
            let text = try String(contentsOf: directory.appendingPathComponent(document.fileName), encoding: .utf8)
            #expect(text == document.json + "\n", "\(document.fileName) differs from its bundled copy")
        }
    }

    @Test("an unedited shipped document reuses the bundled decode; an edited one is decoded")
    func bundledCopyReuse() throws {
        let directory = ProtocolLibrary.sourceTreeDirectory
        for document in ProtocolLibrary.bundledDocuments {
            let reused = ProtocolLibrary.bundledCopy(at: directory.appendingPathComponent(document.fileName), named: document.fileName)
            #expect(reused == ProtocolLibrary.bundled[id: String(document.fileName.dropLast(5))])
        }
        let edited = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: edited) }
        let source = try #require(ProtocolLibrary.bundledDocuments.first { $0.fileName == "free-recording.json" })
        let url = edited.appendingPathComponent(source.fileName)
        try Data(source.json.replacingOccurrences(of: "\"Free recording\"", with: "\"Edited free recording\"").utf8).write(to: url)
        #expect(ProtocolLibrary.bundledCopy(at: url, named: source.fileName) == nil)
        let loaded = try ProtocolLibrary.loadDirectory(edited)
        #expect(loaded.count == 1 && loaded[0].name == "Edited free recording")
    }

    @Test("resolveBundled decodes one bundled protocol, and otherwise resolves as the bundled library")
    func resolveBundled() throws {
        for id in ProtocolLibrary.bundled.ids {
            #expect(try ProtocolLibrary.resolveBundled(id) == ProtocolLibrary.bundled[id: id])
        }
        #expect(throws: AnalysisError.self) { try ProtocolLibrary.resolveBundled("free-recordin") }
        do {
            _ = try ProtocolLibrary.resolveBundled("free-recordin")
        } catch {
            #expect(error.code == .unknownProtocol && error.description.contains("did you mean \"free-recording\""))
        }
        let file = ProtocolLibrary.sourceTreeDirectory.appendingPathComponent("essential-tremor.json").path
        #expect(try ProtocolLibrary.resolveBundled(file).id == "essential-tremor")
    }

    @Test("the example in Protocols/README.md is a valid protocol")
    func readmeExample() throws {
        let readme = try String(contentsOf: ProtocolLibrary.sourceTreeDirectory.appendingPathComponent("README.md"), encoding: .utf8)
        let afterIntro = try #require(readme.range(of: "A minimal protocol:\n\n```json\n"))
        let end = try #require(readme.range(of: "\n```", range: afterIntro.upperBound..<readme.endIndex))
        let example = try ClinicalProtocol(jsonData: Data(readme[afterIntro.upperBound..<end.lowerBound].utf8), path: "README.md")
        #expect(example.id == "hand-check")
    }

    @Test("bundled: the three shipped protocols, free-recording by default")
    func bundled() {
        let library = ProtocolLibrary.bundled
        #expect(library.ids == ["essential-tremor", "free-recording", "parkinsons-tremor-assessment"])
        #expect(library.defaultProtocol.id == "free-recording")
        #expect(library.directory == nil)
    }

    @Test("without a directory option or environment, development builds read the source tree")
    func sourceTree() throws {
        let library = try ProtocolLibrary(environment: [:], executableURL: nil)
        #expect(library.directory?.standardizedFileURL == ProtocolLibrary.sourceTreeDirectory.standardizedFileURL)
        #expect(library.all == ProtocolLibrary.bundled.all)
    }

    @Test("with no directory at all, the bundled copies")
    func noDirectory() throws {
        let library = try ProtocolLibrary(environment: [:], executableURL: nil, searchesSourceTree: false)
        #expect(library.directory == nil)
        #expect(library.ids.count == 3)
    }

    @Test("resolve by id")
    func resolveByID() throws {
        let found = try ProtocolLibrary.bundled.resolve("parkinsons-tremor-assessment")
        #expect(found.name == "Parkinson's disease tremor assessment")
    }

    @Test("resolve by path")
    func resolveByPath() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("my-protocol.json")
        try Self.customDocument(id: "my-protocol").write(to: file)
        let found = try ProtocolLibrary.bundled.resolve(file.path)
        #expect(found.id == "my-protocol")
    }

    @Test("an unknown id lists the known ones and suggests the closest")
    func unknownID() throws {
        let error = try #require(throws: AnalysisError.self) { try ProtocolLibrary.bundled.resolve("essential-tremmor") }
        #expect(error.code == .unknownProtocol)
        #expect(error.message.contains("did you mean \"essential-tremor\""))
        #expect(error.message.contains("essential-tremor, free-recording, parkinsons-tremor-assessment"))
    }

    @Test("a missing file is an unknown protocol naming the path")
    func missingFile() throws {
        let error = try #require(throws: AnalysisError.self) { try ProtocolLibrary.bundled.resolve("no/such/protocol.json") }
        #expect(error.code == .unknownProtocol)
        #expect(error.path == "no/such/protocol.json")
        #expect(error.message.contains("free-recording"))
    }

    @Test("an invalid file names the file and the field")
    func invalidFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var object = ProtocolFixtures.object("essential-tremor")
        ProtocolFixtures.setMovement(&object, 1, "tremorBandHz", [12, 4])
        let file = directory.appendingPathComponent("broken.json")
        try ProtocolFixtures.data(object).write(to: file)
        let error = try #require(throws: AnalysisError.self) { try ProtocolLibrary.bundled.resolve(file.path) }
        #expect(error.code == .invalidProtocol)
        #expect(error.path == file.path)
        #expect(error.field == "movements[1].tremorBandHz")
    }

    @Test("an explicit directory adds its protocols to the bundled ones")
    func explicitDirectory() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.customDocument(id: "clinic-protocol").write(to: directory.appendingPathComponent("clinic-protocol.json"))
        try Data("not a protocol".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        let library = try ProtocolLibrary(directory: directory, environment: [:], executableURL: nil)
        #expect(library.directory == directory)
        #expect(library.ids == ["clinic-protocol", "essential-tremor", "free-recording", "parkinsons-tremor-assessment"])
        #expect(try library.resolve("clinic-protocol").name == "Custom")
    }

    @Test("a directory document replaces the bundled protocol with its id")
    func override() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var object = ProtocolFixtures.object("free-recording")
        object["version"] = "1.1"
        try ProtocolFixtures.data(object).write(to: directory.appendingPathComponent("free-recording.json"))
        let library = try ProtocolLibrary(directory: directory, environment: [:], executableURL: nil)
        #expect(library.defaultProtocol.version == "1.1")
        #expect(library.ids.count == 3)
    }

    @Test("HANDPOSE_PROTOCOLS names the directory")
    func environmentVariable() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.customDocument(id: "from-env").write(to: directory.appendingPathComponent("from-env.json"))
        let library = try ProtocolLibrary(environment: ["HANDPOSE_PROTOCOLS": directory.path], executableURL: nil)
        #expect(library[id: "from-env"] != nil)
    }

    @Test("a named directory that does not exist is an error", arguments: [true, false])
    func missingDirectory(explicit: Bool) throws {
        let missing = "/nonexistent/handpose/protocols"
        let error = try #require(throws: AnalysisError.self) {
            if explicit {
                _ = try ProtocolLibrary(directory: URL(fileURLWithPath: missing), environment: [:], executableURL: nil)
            } else {
                _ = try ProtocolLibrary(environment: ["HANDPOSE_PROTOCOLS": missing], executableURL: nil)
            }
        }
        #expect(error.code == .unknownProtocol)
        #expect(error.path == missing)
    }

    @Test("installed layout: ../share/handpose/Protocols next to the executable")
    func installedLayout() throws {
        let prefix = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let share = prefix.appendingPathComponent("share/handpose/Protocols")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try Self.customDocument(id: "installed").write(to: share.appendingPathComponent("installed.json"))
        let executable = prefix.appendingPathComponent("bin/handpose")
        let library = try ProtocolLibrary(environment: [:], executableURL: executable)
        #expect(library.directory?.standardizedFileURL.path == share.standardizedFileURL.path)
        #expect(library[id: "installed"] != nil)
    }

    @Test("a document whose id differs from its file name is refused")
    func fileNameMismatch() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.customDocument(id: "one-id").write(to: directory.appendingPathComponent("another-id.json"))
        let error = try #require(throws: AnalysisError.self) {
            _ = try ProtocolLibrary(directory: directory, environment: [:], executableURL: nil)
        }
        #expect(error.code == .invalidProtocol)
        #expect(error.field == "id")
        #expect(error.message.contains("one-id.json"))
    }

    @Test("two protocols with one id are refused")
    func duplicateIDs() throws {
        let free = ProtocolLibrary.bundled.defaultProtocol
        let error = try #require(throws: AnalysisError.self) { _ = try ProtocolLibrary(protocols: [free, free]) }
        #expect(error.field == "id")
    }
}
