#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
import HandPoseMetrics

/// What a filter applied before the analysis (``AnalysisOptions/filter``, `--filter`) did to the
/// tremor amplitude, measured on the recording itself.
///
/// The analysis runs ``TremorAnalyzer`` a second time, with the same band and settings, on the
/// unfiltered recording and compares the two on one landmark, the filtered analysis' summary
/// landmark, in the native unit (no mm calibration needed):
///
///     filterAmplitudeRatio = filtered amplitude ÷ unfiltered amplitude
///
/// Filters at their defaults differ widely here: on a 5 Hz tremor at 60 fps (`handpose bench
/// --simulate`: 20 s, 1 mm noise), Kalman + RTS keeps about 0.51 of the amplitude, exponential
/// 0.66, Savitzky-Golay 0.71, moving average 0.75, wavelet 0.09, while the 12 Hz Butterworth and
/// FFT low-passes keep 1.01. A nonlinear filter's share also depends on the recording (the wavelet
/// keeps 0.42 of the same tremor over 30 s with 0.5 mm noise), which is why it is measured here
/// rather than read off a filter's response. A ratio outside ``tolerance`` adds a note to the
/// estimate's `notes` (``notePrefix``) naming the filter, hand, frequency and share kept, and what
/// to do instead.
public enum FilterAmplitudeCheck {
    /// The ratios that pass without a warning, 0.9-1.1. The analysis is held to a tremor amplitude
    /// within 15 % of the truth (the simulated-recording tests); a filter may use 10 % of that,
    /// which leaves 5 % for the estimate itself.
    public static let tolerance: ClosedRange<Double> = 0.9...1.1

    /// How the note starts, so that readers can find it among the estimate's notes.
    public static let notePrefix = "the filter changed the tremor amplitude"

    /// Sets `estimate.filterAmplitudeRatio` from `unfiltered` (the same analysis without the filter)
    /// and, when the ratio lies outside ``tolerance`` and the unfiltered recording has a distinct
    /// tremor peak (`unfilteredHasPeak`), appends the note. Without a peak the amplitude is in-band
    /// noise or voluntary movement at the band edge, which filters are meant to reduce: the ratio is
    /// still reported, the warning would only be noise.
    static func apply(
        to estimate: inout TremorEstimate, unfiltered: TremorEstimate, method: ProtocolFilterPreset.Method, unfilteredHasPeak: Bool
    ) {
        guard let raw = unfiltered.perLandmark.first(where: { $0.landmark == estimate.landmark }),
            raw.amplitude > 0, raw.amplitude.isFinite, estimate.amplitude.isFinite
        else { return }
        let ratio = estimate.amplitude / raw.amplitude
        estimate.filterAmplitudeRatio = ratio
        guard !tolerance.contains(ratio), unfilteredHasPeak else { return }
        estimate.notes.append(note(ratio: ratio, filtered: estimate, unfiltered: raw, method: method))
    }

    private static func note(ratio: Double, filtered: TremorEstimate, unfiltered: LandmarkTremor, method: ProtocolFilterPreset.Method) -> String {
        let amplitudes = if let after = filtered.amplitudeMm, let before = unfiltered.amplitudeMm {
            "\(ClinicalSummary.format(after, 2)) mm against \(ClinicalSummary.format(before, 2)) mm unfiltered"
        } else {
            "\(String(cFormat: "%.3g", filtered.amplitude)) against \(String(cFormat: "%.3g", unfiltered.amplitude)) \(filtered.unit) unfiltered"
        }
        let percent = ClinicalSummary.format(ratio * 100, 0) + " %"
        let tremor = "the \(filtered.hand.rawValue) hand's tremor amplitude at \(ClinicalSummary.format(unfiltered.frequencyHz, 2)) Hz"
        let change = ratio < 1 ? "kept \(percent) of \(tremor)" : "raised \(tremor) to \(percent)"
        let advice = switch method {
        case .butterworth, .fft: "analyse without --filter"
        default:
            // The defaults' 12 Hz low-passes: the FFT filter is ideal; the zero-phase 4th-order
            // Butterworth's gain 1/(1 + (f/12)⁸) is above 0.9 up to 9.1 Hz (the bilinear
            // transform's warping only raises it below the cut-off).
            "analyse without --filter, or use --filter fft (keeps everything below 12 Hz) or butterworth (keeps tremor up to 9 Hz within 10 %)"
        }
        return "\(notePrefix): the \(method.rawValue) filter \(change) (\(filtered.landmark): \(amplitudes)), "
            + "so the amplitude reported is too \(ratio < 1 ? "low" : "high"); \(advice)"
    }
}

extension TremorEstimate {
    /// Whether a filter applied before the analysis changed the tremor amplitude by more than
    /// ``FilterAmplitudeCheck/tolerance`` (see ``filterAmplitudeRatio``).
    public var filterChangesAmplitude: Bool {
        filterAmplitudeRatio.map { !FilterAmplitudeCheck.tolerance.contains($0) } ?? false
    }

    /// The warning about the filter's effect on the amplitude, without ``FilterAmplitudeCheck/notePrefix``
    /// ("the kalman filter kept 51 % of the right hand's tremor amplitude at 5.00 Hz …"); `nil`
    /// when the filter kept the amplitude within ``FilterAmplitudeCheck/tolerance`` or none was applied.
    public var filterAmplitudeWarning: String? {
        let prefix = FilterAmplitudeCheck.notePrefix + ": "
        return notes.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// ``filterAmplitudeWarning`` as a sentence ("The kalman filter kept 51 % … ."), for summaries
    /// and notes; `nil` when there is no warning.
    public var filterAmplitudeStatement: String? {
        filterAmplitudeWarning.map { $0.prefix(1).uppercased() + $0.dropFirst() + "." }
    }
}
