/// A frequency band in Hz, written in a protocol as the two-element array `[low, high]`.
///
/// Decoding checks the shape (exactly two numbers); ``ClinicalProtocol/validate(path:)`` checks the
/// values (0 < low < high). Whether the band fits below a recording's Nyquist frequency is decided
/// at analysis time, when the sample rate is known.
public struct ProtocolFrequencyBand: Codable, Sendable, Hashable, CustomStringConvertible {
    /// Lower edge in Hz.
    public var lowHz: Double
    /// Upper edge in Hz.
    public var highHz: Double

    public init(lowHz: Double, highHz: Double) {
        self.lowHz = lowHz
        self.highHz = highHz
    }

    /// The library's default tremor band, 3-12 Hz: it holds parkinsonian (about 4-6 Hz), essential
    /// (4-12 Hz) and enhanced physiological (8-12 Hz) tremor.
    public static let defaultTremorBand = ProtocolFrequencyBand(lowHz: 3, highHz: 12)

    /// `low-high Hz`.
    public var description: String { "\(Self.format(lowHz))-\(Self.format(highHz)) Hz" }

    /// The band as a closed range, for callers that prefer one.
    public var range: ClosedRange<Double> { lowHz...highHz }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        var values: [Double] = []
        while !container.isAtEnd, values.count < 3 {
            values.append(try container.decode(Double.self))
        }
        guard values.count == 2, container.isAtEnd else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "must be two numbers [low, high] in Hz, e.g. [3, 12]"))
        }
        self.init(lowHz: values[0], highHz: values[1])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(lowHz)
        try container.encode(highHz)
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
}
