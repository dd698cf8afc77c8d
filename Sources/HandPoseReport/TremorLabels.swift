import HandPoseMetrics

/// The tremor values as the text report prints them (`handpose analyze`): `4.60 Hz`, `1.54 mm`,
/// or `0.00213 normalized` without a millimetre scale.
enum TremorLabels {
    static func frequency(_ tremor: TremorEstimate) -> String {
        "\(ReportNumber.fixed(tremor.frequencyHz, 2)) Hz"
    }

    static func amplitude(_ tremor: TremorEstimate) -> String {
        tremor.amplitudeMm.map { "\(ReportNumber.fixed($0, 2)) mm" } ?? "\(ReportNumber.significant(tremor.amplitude)) \(tremor.unit)"
    }

    static func rms(_ tremor: TremorEstimate) -> String {
        tremor.rmsMm.map { "\(ReportNumber.fixed($0, 2)) mm" } ?? "\(ReportNumber.significant(tremor.rms)) \(tremor.unit)"
    }

    /// The factor from the spectrum's native unit to millimetres (1 without a millimetre scale).
    static func millimetresPerUnit(_ tremor: TremorEstimate) -> Double? {
        guard let millimetres = tremor.amplitudeMm, millimetres.isFinite, tremor.amplitude > 0 else { return nil }
        return millimetres / tremor.amplitude
    }
}
