import Foundation
import HandPoseAnalysis
import HandPoseCore
import HandPoseIO
import HandPoseSimulation
import HandPoseStore

/// Simulated recordings analysed the way `handpose analyze --save` does, ready to save.
enum SavedRecordings {
    /// A 10 s, 30 fps two-hand recording with a tremor whose amplitude depends on `seed`, analysed
    /// with the default protocol (and a Butterworth filter when `filtered`).
    static func request(
        seed: UInt64, patientID: String? = nil, clinicianID: String? = nil, actorID: String? = nil,
        filtered: Bool = false, force: Bool = false, recordingDate: Date = StoreTimestamp.now()
    ) throws -> AnalysisSaveRequest {
        let configuration = SimulationConfiguration(
            duration: 10, frameRate: 30, seed: seed,
            tremor: [.left: TremorSpec(frequencyHz: 5, amplitudeMillimetres: 1 + Double(seed % 5)),
                     .right: TremorSpec(frequencyHz: 6, amplitudeMillimetres: 2)],
            noiseMillimetres: 0.3, dropRate: 0.01)
        let recording = RecordingSimulator.simulate(configuration).recording
        let csv = RecordingWriter.csv(recording, layout: .long)
        let parsed = try RecordingReader.read(bytes: Array(csv.utf8), name: "seed-\(seed).csv")
        var options = AnalysisOptions()
        if filtered {
            options.filter = ProtocolFilterPreset(method: .butterworth, parameters: .init(order: 4, cutoff: 12))
        }
        let analyzer = Analyzer(options: options)
        let (analysis, conditioned) = try analyzer.analyzeKeepingSignals(parsed)
        return AnalysisSaveRequest(
            analysis: analysis, clinicalProtocol: analyzer.clinicalProtocol, recording: parsed,
            filtered: filtered ? conditioned : nil, contentHash: ContentHash.of(Array(csv.utf8)),
            csvPath: "seed-\(seed).csv", patientID: patientID, clinicianID: clinicianID, actorID: actorID,
            recordingDate: recordingDate, force: force)
    }
}
