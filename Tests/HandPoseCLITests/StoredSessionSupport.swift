import Foundation
import HandPoseDatabase
import HandPoseStore
import HandPoseStorePostgres
import Testing

/// A database the CLI tests point `--db` at: an SQLite file in the test's directory, and a fresh
/// PostgreSQL schema at `HANDPOSE_TEST_POSTGRES_URL` (when set), dropped at the end.
enum CLIBackend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let postgresURL: String? = {
        let url = ProcessInfo.processInfo.environment["HANDPOSE_TEST_POSTGRES_URL"] ?? ""
        return url.isEmpty ? nil : url
    }()

    static var available: [CLIBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// A temporary directory and a migrated, seeded database for one test.
final class CLIWorkspace: @unchecked Sendable {
    let directory: URL
    /// The `--db` value.
    let url: String
    private let cleanup: () -> Void

    init(_ backend: CLIBackend) throws {
        directory = try CommandRunner.temporaryDirectory()
        switch backend {
        case .sqlite:
            url = "sqlite:" + directory.appendingPathComponent("clinic.sqlite").path
            cleanup = {}
        case .postgres:
            let base = CLIBackend.postgresURL ?? ""
            let schema = "cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try PostgresSchema.create(schema, url: base)
            url = base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
            cleanup = { try? PostgresSchema.drop(schema, url: base) }
        }
        for command in [["db", "migrate"], ["db", "seed"]] {
            let result = try handpose(command)
            guard result.status == 0 else { throw WorkspaceError(message: "\(command): \(result.standardError)") }
        }
    }

    deinit {
        cleanup()
        try? FileManager.default.removeItem(at: directory)
    }

    struct WorkspaceError: Error { var message: String }

    /// `handpose arguments… --db URL` in the directory, with `HANDPOSE_DATABASE_URL` unset.
    func handpose(_ arguments: [String], database: Bool = true) throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments + (database ? ["--db", url] : []), environment: ["HANDPOSE_DATABASE_URL": ""], directory: directory)
    }

    /// A path in the directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// A store over the database, to check what the commands wrote.
    func store() throws -> ClinicalStore { ClinicalStore(database: try DatabaseURL(url).open()) }

    /// 60 s at 30 fps of a right hand at rest with a 5.2 Hz 3.0 mm tremor (wide layout, mm), and
    /// with `burst` the same recording with every landmark swinging 40 mm at 6 Hz in x and y
    /// from 20 to 25 s (an artifact inside the tremor band).
    func simulate(_ name: String, seed: Int = 21, burst: Bool) throws -> String {
        let file = path(name)
        let result = try handpose(
            ["simulate", "--duration", "60", "--fps", "30", "--seed", "\(seed)", "--hands", "right", "--tremor", "right:5.2:3.0",
             "--noise-mm", "0.5", "--rest", "--layout", "wide", "--units", "mm", "--output", file], database: false)
        guard result.status == 0 else { throw WorkspaceError(message: result.standardError) }
        guard burst else { return file }
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.first { !$0.hasPrefix("#") }).split(separator: ",").map(String.init)
        let time = try #require(header.firstIndex(of: "t_s"))
        let moved = Set(header.indices.filter { header[$0].first == "x" || header[$0].first == "y" })
        let edited = lines.map { line -> String in
            var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard !line.hasPrefix("#"), cells.count == header.count, let t = Double(cells[time]), (20...25).contains(t) else {
                return String(line)
            }
            let swing = 40 * sin(2 * Double.pi * 6 * t)
            for index in moved {
                if let value = Double(cells[index]) { cells[index] = String(format: "%.4f", value + swing) }
            }
            return cells.joined(separator: ",")
        }
        try edited.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Saves `file` with `analyze --save` and returns the session and analysis ids it printed.
    func save(_ file: String, extra: [String] = []) throws -> (session: String, analysis: String) {
        let result = try handpose(["analyze", file, "--save"] + extra)
        guard result.status == 0, let match = result.standardError.firstMatch(of: /as session ([0-9a-f-]{36}), analysis ([0-9a-f-]{36})/)
        else { throw WorkspaceError(message: "analyze --save: \(result.standardError)") }
        return (String(match.1), String(match.2))
    }
}

/// The right hand's tremor amplitude in an analysis JSON document.
func rightAmplitude(_ json: String) throws -> Double {
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let hands = try #require(document["hands"] as? [String: Any])
    let tremor = try #require((hands["right"] as? [String: Any])?["tremor"] as? [String: Any])
    return try #require(tremor["amplitudeMm"] as? Double)
}
