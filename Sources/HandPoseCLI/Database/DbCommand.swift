import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseCore
import HandPoseDatabase
import HandPoseStore

/// `handpose db …`: the schema and the data as a whole.
public struct DbCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Create, inspect, roll back, seed, copy and summarise the clinical database.",
        subcommands: [Migrate.self, Status.self, Rollback.self, Seed.self, Copy.self, RefreshSummaries.self])

    public init() {}

    /// `db migrate`.
    public struct Migrate: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply every pending migration.")
        @OptionGroup var database: DatabaseOptions
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                let location = try database.location()
                let (applied, status) = try await database.withStore(requireCurrentSchema: false) { store in
                    (try await store.migrate(), try await store.schemaStatus())
                }
                if applied.isEmpty {
                    print("\(location): schema already at version \(status.currentVersion); nothing to do")
                } else {
                    for migration in applied { print("applied \(migration.version) \(migration.name)") }
                    print("\(location): schema at version \(status.currentVersion)")
                }
            }
        }
    }

    /// `db status`.
    public struct Status: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show applied and pending migrations and any checksum drift (exit 78 when not current).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "text or json.") var format: OutputFormat = .text
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                let location = try database.location()
                let status = try await database.withStore(requireCurrentSchema: false) { store in try await store.schemaStatus() }
                if format == .json {
                    print(try StoreJSON.encode(status))
                } else {
                    print("database  \(location)")
                    print("version   \(status.currentVersion) of \(status.latestKnownVersion)")
                    var table = TextTable("version", "name", "state", "applied at")
                    for applied in status.applied {
                        let drift = status.drifted.contains { $0.version == applied.version }
                        let unknown = status.unknown.contains { $0.version == applied.version }
                        table.add(
                            String(applied.version), applied.name,
                            unknown ? "unknown to this binary" : drift ? "CHECKSUM DRIFT" : "applied", applied.appliedAt)
                    }
                    for pending in status.pending { table.add(String(pending.version), pending.name, "pending", "") }
                    print(table.render(), terminator: "")
                }
                if !status.isUpToDate { throw ExitCode(ExitStatus.configuration) }
            }
        }
    }

    /// `db rollback`.
    public struct Rollback: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "rollback",
            abstract: "Undo migrations down to a version (default: the previous one; --to 0 removes the schema).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The version to return to.") var to: Int?
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                let location = try database.location()
                let (target, undone) = try await database.withStore(requireCurrentSchema: false) { store in
                    let current = try await store.schemaStatus().currentVersion
                    let target = to ?? max(0, current - 1)
                    return (target, try await store.rollback(to: target))
                }
                for migration in undone { print("rolled back \(migration.version) \(migration.name)") }
                print("\(location): schema at version \(target)")
            }
        }
    }

    /// `db seed`.
    public struct Seed: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "seed",
            abstract: "Store the bundled protocols (Protocols/) and a demo clinician and patient; safe to repeat.")
        @OptionGroup var database: DatabaseOptions
        public init() {}

        static let demoUsers = [
            UserRecord(
                email: "demo.clinician@handpose.example", firstName: "Demo", lastName: "Clinician", role: .clinician,
                specialty: "movement disorders", organization: "handpose demo clinic"),
            UserRecord(
                email: "demo.patient@handpose.example", firstName: "Demo", lastName: "Patient", role: .patient,
                organization: "handpose demo clinic"),
        ]

        public func run() async throws {
            try await reportingFailures {
                try await database.withStore { store in
                    for definition in ProtocolLibrary.bundled.all {
                        switch try await store.importProtocol(definition) {
                        case .inserted: print("protocol \(definition.id) \(definition.version): stored")
                        case .unchanged: print("protocol \(definition.id) \(definition.version): already stored")
                        }
                    }
                    for user in Self.demoUsers {
                        if try await store.user(email: user.email) != nil {
                            print("user \(user.email): already stored")
                        } else {
                            try await store.addUser(UserRecord(
                                email: user.email, firstName: user.firstName, lastName: user.lastName, role: user.role,
                                specialty: user.specialty, organization: user.organization))
                            print("user \(user.email) (\(user.role.rawValue)): stored")
                        }
                    }
                }
            }
        }
    }

    /// `db copy`.
    public struct Copy: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: "Copy every table from one database to another (SQLite ↔ PostgreSQL), in batches; safe to repeat.")
        @Option(help: "The source database URL.") var from: String
        @Option(help: "The target database URL (migrated first if needed).") var to: String
        @Option(help: "Rows per transaction.") var batchSize: Int = 500
        public init() {}

        public func validate() throws {
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1, got \(batchSize)") }
        }

        public func run() async throws {
            try await reportingFailures {
                var source = DatabaseOptions()
                source.url = from
                var target = DatabaseOptions()
                target.url = to
                let sourceStore = try await source.openStore()
                let targetStore = try await target.openStore(requireCurrentSchema: false)
                let targetLocation = try target.location()
                try await withStoreErrors(targetLocation) {
                    for migration in try await targetStore.migrate() {
                        print("target: applied \(migration.version) \(migration.name)")
                    }
                }
                let counts = try await withStoreErrors {
                    try await sourceStore.copyEverything(to: targetStore.database, batchSize: batchSize)
                }
                var table = TextTable("table", "source", "target", "copied now")
                for count in counts {
                    table.add(count.table, String(count.source), String(count.target), String(count.inserted))
                }
                print(table.render(), terminator: "")
                let short = counts.filter { $0.target < $0.source }
                guard short.isEmpty else {
                    throw CommandFailure(
                        message: "error: the target has fewer rows than the source in \(short.map(\.table).joined(separator: ", "))",
                        status: ExitStatus.software)
                }
                print("verified: every source row is in the target (\(counts.reduce(0) { $0 + $1.source }) rows)")
            }
        }
    }

    /// `db refresh-summaries`.
    public struct RefreshSummaries: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "refresh-summaries",
            abstract: "Rebuild daily_summaries (per day and clinician: sessions, analyses, flagged, mean tremor amplitude).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "text or json.") var format: OutputFormat = .text
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                let summaries = try await database.withStore { store in try await store.refreshDailySummaries() }
                if format == .json {
                    print(try StoreJSON.encode(summaries))
                    return
                }
                var table = TextTable("day", "clinician", "sessions", "analyses", "flagged", "mean tremor (mm)")
                for summary in summaries {
                    table.add(
                        summary.day, summary.clinicianID ?? "-", String(summary.sessions), String(summary.analyses),
                        String(summary.flagged), summary.meanTremorAmplitude.map { String(cFormat: "%.2f", $0) } ?? "-")
                }
                print(table.render(), terminator: "")
            }
        }
    }
}
