#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseAnalysis
import HandPoseMetrics

extension AnalysisRecord {
    /// The row for `analysis`: its searchable columns and its whole JSON document.
    ///
    /// The primary hand is the one with the larger tremor amplitude in mm (else in the native unit),
    /// or the only hand analysed. `tremor_frequency` is the interpolated peak frequency;
    /// `dominant_frequency` the centre of the spectrum's highest bin inside the tremor band; `tremor_amplitude` the peak
    /// displacement in mm (null when the recording has no metric scale); `sparc`, `ldljv` and
    /// `normalized_jerk` the primary hand's smoothness medians; `asymmetry_index` the tremor-amplitude
    /// index (right − left)/(right + left); `confidence` the lower of the hands' confidences.
    public init(
        analysis: ClinicalAnalysis, recordingSessionID: String, signalProcessingResultID: String?,
        createdBy: String?, at date: Date = StoreTimestamp.now()
    ) throws(StoreError) {
        let primary = Self.primaryHand(of: analysis)
        let hand = primary.flatMap { analysis.hands[$0] }
        let tremor = hand?.tremor
        func json(_ value: some Encodable) throws(StoreError) -> String {
            try StoreJSONText.encode(value, what: "the analysis")
        }
        var rangeOfMotion: [String: RangeOfMotion] = [:]
        for (side, result) in analysis.hands { rangeOfMotion[side] = result.rangeOfMotion }
        let confidences = analysis.hands.values.compactMap { $0.confidence?.value }
        self.init(
            recordingSessionID: recordingSessionID, signalProcessingResultID: signalProcessingResultID,
            analysisVersion: analysis.software.version, analysisType: analysis.clinicalProtocol.id,
            primaryHand: primary, tremorFrequency: tremor?.frequencyHz, tremorAmplitude: tremor?.amplitudeMm,
            tremorRegularity: tremor?.regularity, dominantFrequency: tremor.flatMap(Self.highestBinFrequency),
            frequencySpectrum: try tremor.map { t throws(StoreError) in try json(t.spectrum) },
            sparc: hand?.smoothness?.sparc, ldljv: hand?.smoothness?.ldljV,
            normalizedJerk: hand?.smoothness?.normalizedJerk,
            romMeasurements: rangeOfMotion.isEmpty ? nil : try json(rangeOfMotion),
            asymmetryIndex: analysis.asymmetry.metrics["tremorAmplitude"]?.index,
            asymmetryDetails: try json(analysis.asymmetry), clinicalSummary: analysis.summary.joined(separator: "\n"),
            confidence: confidences.min(), qualityFlags: try json(analysis.quality.flags), document: try json(analysis),
            createdBy: createdBy, createdAt: date)
    }

    /// Decodes ``document`` back into the analysis it was made from.
    public func decodedAnalysis() throws(StoreError) -> ClinicalAnalysis {
        try StoreJSONText.decode(ClinicalAnalysis.self, from: document, what: "clinical_analyses.document of \(id)")
    }

    static func primaryHand(of analysis: ClinicalAnalysis) -> String? {
        let candidates = analysis.hands.compactMap { side, hand in hand.tremor.map { (side, $0) } }
        if let strongest = candidates.max(by: { a, b in
            (a.1.amplitudeMm ?? a.1.amplitude, b.0) < (b.1.amplitudeMm ?? b.1.amplitude, a.0)
        }) {
            return strongest.0
        }
        return analysis.hands.keys.sorted().first
    }

    static func highestBinFrequency(_ tremor: TremorEstimate) -> Double? {
        let spectrum = tremor.spectrum
        let band = tremor.configuration.bandHz
        let inBand = spectrum.frequenciesHz.indices.filter {
            $0 < spectrum.power.count && band.contains(spectrum.frequenciesHz[$0])
        }
        guard let index = inBand.max(by: { spectrum.power[$0] < spectrum.power[$1] }) else { return nil }
        return spectrum.frequenciesHz[index]
    }
}
