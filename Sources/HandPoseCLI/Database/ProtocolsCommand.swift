import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseStore

/// `handpose protocols …`: protocols stored in the database.
public struct ProtocolsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "protocols", abstract: "List, show and import clinical protocols in the database.",
        subcommands: [List.self, Show.self, Import.self])

    public init() {}

    /// `protocols list`.
    public struct List: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "list", abstract: "List stored protocols.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "text or json.") var format: OutputFormat = .text
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                let protocols = try await database.withStore { store in try await store.protocols() }
                if format == .json {
                    print(try StoreJSON.encode(protocols))
                    return
                }
                guard !protocols.isEmpty else {
                    print("no protocols stored; `handpose db seed` stores the bundled ones")
                    return
                }
                var table = TextTable("name", "version", "active", "id", "description")
                for record in protocols {
                    table.add(
                        record.name, record.version, record.isActive ? "yes" : "no", record.id,
                        String((record.description ?? "").prefix(60)))
                }
                print(table.render(), terminator: "")
            }
        }
    }

    /// `protocols show`.
    public struct Show: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a stored protocol's JSON document.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The protocol name (e.g. essential-tremor) or row id.") var name: String
        @Option(help: "A version (default: the newest stored).") var version: String?
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                let record = try await database.withStore { store async throws -> ProtocolRecord? in
                    if let byID = try await store.protocolRecord(id: name) { return byID }
                    return try await store.protocolRecord(name: name, version: version)
                }
                guard let record else {
                    throw CommandFailure(
                        message: "error: no stored protocol is named \(name)\(version.map { " version \($0)" } ?? ""); see `handpose protocols list`",
                        status: ExitStatus.noInput)
                }
                guard let pretty = CanonicalJSON.serializationStylePrettyPrinted(record.configuration) else {
                    throw CommandFailure(
                        message: "error: the stored protocol \(record.id) is not a JSON document Foundation can read", status: ExitStatus.software)
                }
                print(pretty)
            }
        }
    }

    /// `protocols import`.
    public struct Import: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Validate a protocol JSON file and store it (the same name and version again changes nothing).")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The protocol JSON file.") var file: String
        @Option(help: "Who imports it (e-mail or id); recorded as its author.") var author: String?
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                guard FileManager.default.fileExists(atPath: file) else {
                    throw CommandFailure(message: "\(file): error: no such file", status: ExitStatus.noInput)
                }
                let definition = try ClinicalProtocol(contentsOf: URL(fileURLWithPath: file))
                try await database.withStore { store in
                    let authorID = try await resolveUserID(author, in: store, role: "author")
                    switch try await store.importProtocol(definition, createdBy: authorID, actor: authorID) {
                    case .inserted(let record): print("protocol \(record.name) \(record.version): stored as \(record.id)")
                    case .unchanged(let record): print("protocol \(record.name) \(record.version): already stored as \(record.id)")
                    }
                }
            }
        }
    }
}
