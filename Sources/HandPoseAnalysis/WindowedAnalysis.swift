import HandPoseCore
import HandPoseIO
import HandPoseMetrics

/// A recording's ``ClinicalAnalysis`` together with each hand's tremor measured window by window:
/// what ``RecordingComparison`` compares.
///
/// The windows are not part of the analysis document (whose keys snapshots and stored results
/// depend on); a store that wants to compare stored sessions later keeps this value's
/// `tremorWindows` next to the analysis (both are `Codable`).
public struct WindowedAnalysis: Sendable, Codable {
    /// The analysis of the whole recording.
    public var analysis: ClinicalAnalysis
    /// Per hand (`"left"`, `"right"`), the tremor in windows (see
    /// ``TremorAnalyzer/windows(_:spatial:estimate:overlap:)``).
    public var tremorWindows: [String: WindowedTremor]
    /// Why a hand has no windows (metric `hands.<side>.tremor.windows`).
    public var notComputable: [NotComputable]

    public init(analysis: ClinicalAnalysis, tremorWindows: [String: WindowedTremor], notComputable: [NotComputable]) {
        self.analysis = analysis
        self.tremorWindows = tremorWindows
        self.notComputable = notComputable
    }
}

extension Analyzer {
    /// ``analyze(_:)`` plus each hand's tremor in windows of the tremor segment length (4 s),
    /// computed on the same (filtered) signal with the same tremor settings, along the axis of the
    /// hand's whole-recording estimate.
    ///
    /// - Parameter overlap: fraction of a window shared with the next, in `[0, 1)`; the default 0
    ///   (non-overlapping windows) suits the two-sample tests, which assume independent values.
    /// - Throws: ``AnalysisError`` as ``analyze(_:)``, or `invalidOption` for an overlap out of range.
    public func analyzeWithWindows(_ recording: Recording, overlap: Double = 0) throws(AnalysisError) -> WindowedAnalysis {
        guard overlap >= 0, overlap < 1 else {
            throw AnalysisError(.invalidOption, field: "overlap", "window overlap \(overlap) must be in [0, 1), for example 0 (non-overlapping)")
        }
        let (analysis, conditioned) = try analyzeKeepingSignals(recording)
        let analyzer = (try? TremorAnalyzer(configuration: analysis.parameters.tremor)) ?? TremorAnalyzer()
        var windows: [String: WindowedTremor] = [:]
        var notComputable: [NotComputable] = []
        for side in HandSide.allCases {
            let name = side.rawValue
            guard let track = conditioned[side], let estimate = analysis.hands[name]?.tremor else {
                if analysis.hands[name] != nil {
                    notComputable.append(NotComputable("hands.\(name).tremor.windows", "the \(name) hand's tremor is not computable"))
                }
                continue
            }
            switch analyzer.windows(track, spatial: conditioned.spatial, estimate: estimate, overlap: overlap) {
            case .success(let windowed): windows[name] = windowed
            case .failure(let reason): notComputable.append(NotComputable("hands.\(name).\(reason.metric)", reason.reason))
            }
        }
        return WindowedAnalysis(analysis: analysis, tremorWindows: windows, notComputable: notComputable)
    }

    /// Reads the recording at `path` and runs ``analyzeWithWindows(_:overlap:)``.
    ///
    /// - Throws: ``AnalysisError`` (`unreadableRecording` with the reader's location, or as
    ///   ``analyzeWithWindows(_:overlap:)``).
    public func analyzeWithWindows(contentsOf path: String, ingest: IngestOptions = .init(), overlap: Double = 0) throws(AnalysisError) -> WindowedAnalysis {
        try analyzeWithWindows(try Self.read(path, ingest: ingest), overlap: overlap)
    }
}
