// `swift run -c release store-throughput [POSTGRES-URL]`: how long saving and loading one analysed
// 60 s two-hand recording takes on SQLite (a temporary file) and on PostgreSQL (the URL given, or
// HANDPOSE_TEST_POSTGRES_URL; a fresh schema is created and dropped). Prints the median and the
// range of 15 runs of each step.
import Foundation
import HandPoseAnalysis
import HandPoseDatabase
import HandPoseIO
import HandPoseSimulation
import HandPoseStore
import HandPoseStorePostgres

let runs = 15

func request(seed: UInt64, frameRate: Double) throws -> AnalysisSaveRequest {
    let configuration = SimulationConfiguration(
        duration: 60, frameRate: frameRate, seed: seed,
        tremor: [.left: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 2), .right: TremorSpec(frequencyHz: 6, amplitudeMillimetres: 3)],
        noiseMillimetres: 0.5)
    let recording = RecordingSimulator.simulate(configuration).recording
    let csv = Array(RecordingWriter.csv(recording, layout: .long).utf8)
    let parsed = try RecordingReader.read(bytes: csv, name: "bench.csv")
    let analyzer = Analyzer(options: AnalysisOptions(filter: ProtocolFilterPreset(method: .butterworth)))
    let (analysis, filtered) = try analyzer.analyzeKeepingSignals(parsed)
    return AnalysisSaveRequest(
        analysis: analysis, clinicalProtocol: analyzer.clinicalProtocol, recording: parsed, filtered: filtered,
        contentHash: ContentHash.of(csv), csvPath: "bench.csv")
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func summary(_ samples: [Double]) -> String {
    let sorted = samples.sorted()
    return String(format: "median %7.1f ms  (min %6.1f, max %6.1f)", sorted[sorted.count / 2], sorted.first!, sorted.last!)
}

func measure(_ name: String, _ database: any SQLDatabase, frameRate: Double) async throws {
    let store = ClinicalStore(database: database)
    try await store.migrate()
    var saves: [Double] = []
    var loads: [Double] = []
    var blobBytes = 0
    let clock = ContinuousClock()
    for run in 0..<runs {
        let item = try request(seed: UInt64(run + 1), frameRate: frameRate)
        var saved: SavedAnalysis?
        saves.append(milliseconds(try await clock.measure {
            if case .saved(let result) = try await store.save(item) { saved = result }
        }))
        guard let saved else { fatalError("run \(run) was not saved") }
        var results: [ProcessingResultRecord] = []
        loads.append(milliseconds(try await clock.measure {
            _ = try await store.session(id: saved.sessionID)
            let analyses = try await store.analyses(sessionID: saved.sessionID)
            _ = try analyses.map { try $0.decodedAnalysis() }
            results = try await store.processingResults(sessionID: saved.sessionID)
        }))
        // Outside the timing: re-encoding only to report the blobs' size.
        blobBytes = results.reduce(0) { $0 + $1.rawLandmarks.encoded().count + $1.filtered.values.reduce(0) { $0 + $1.encoded().count } }
    }
    print("\(name), 60 s two hands at \(Int(frameRate)) fps (\(blobBytes / 1024) KiB of sample blobs):")
    print("  save  \(summary(saves))")
    print("  load  \(summary(loads))")
}

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("handpose-store-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }
let postgresURL = CommandLine.arguments.dropFirst().first ?? ProcessInfo.processInfo.environment["HANDPOSE_TEST_POSTGRES_URL"]

for frameRate in [30.0, 60.0] {
    let path = directory.appendingPathComponent("bench-\(Int(frameRate)).sqlite").path
    try await measure("SQLite (WAL, file)", try DatabaseURL("sqlite:\(path)").open(), frameRate: frameRate)
    if let postgresURL {
        let schema = "bench_\(Int(frameRate))_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresDatabase(url: postgresURL)
        try admin.executeScript("CREATE SCHEMA \(schema)")
        defer { try? admin.executeScript("DROP SCHEMA \(schema) CASCADE") }
        let url = postgresURL + (postgresURL.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
        try await measure("PostgreSQL (libpq, loopback)", try DatabaseURL(url).open(), frameRate: frameRate)
    } else {
        print("PostgreSQL: skipped (give a URL or set HANDPOSE_TEST_POSTGRES_URL)")
    }
}
