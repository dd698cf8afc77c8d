#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis

/// One row of `signal_processing_results`: the raw landmarks of a recording session and the arrays
/// each applied filter produced, as ``SampleMatrix`` blobs.
public struct ProcessingResultRecord: Sendable, Equatable, Identifiable {
    /// The nine filter columns, one per `handpose filter` method.
    public enum FilterColumn: String, Sendable, CaseIterable, Codable {
        case butterworth, kalman
        case savitzkyGolay = "savitzky_golay"
        case movingAverage = "moving_average"
        case exponentialSmoothing = "exponential_smoothing"
        case fftFiltered = "fft_filtered"
        case waveletDenoised = "wavelet_denoised"
        case particleFilter = "particle_filter"
        case unscentedKalman = "unscented_kalman"

        /// The column that holds the output of `method`.
        public init(_ method: ProtocolFilterPreset.Method) {
            switch method {
            case .butterworth: self = .butterworth
            case .savgol: self = .savitzkyGolay
            case .movingAverage: self = .movingAverage
            case .exponential: self = .exponentialSmoothing
            case .fft: self = .fftFiltered
            case .wavelet: self = .waveletDenoised
            case .kalman: self = .kalman
            case .ukf: self = .unscentedKalman
            case .particle: self = .particleFilter
            }
        }
    }

    public var id: String
    public var recordingSessionID: String
    /// JSON text: an array of `{method, parameters, algorithmID}`, one per applied filter.
    public var filtersApplied: String
    public var rawLandmarks: SampleMatrix
    /// The filtered arrays, by the column they are stored in.
    public var filtered: [FilterColumn: SampleMatrix]
    /// JSON text: the quality gate's report.
    public var qualityMetrics: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String = StoreID.make(), recordingSessionID: String, filtersApplied: String = "[]",
        rawLandmarks: SampleMatrix, filtered: [FilterColumn: SampleMatrix] = [:], qualityMetrics: String = "{}",
        createdAt: Date = StoreTimestamp.now(), updatedAt: Date? = nil
    ) {
        self.id = id
        self.recordingSessionID = recordingSessionID
        self.filtersApplied = CanonicalJSON.canonical(filtersApplied)
        self.rawLandmarks = rawLandmarks
        self.filtered = filtered
        self.qualityMetrics = CanonicalJSON.canonical(qualityMetrics)
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}
