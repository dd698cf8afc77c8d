import HandPoseCore

/// Every parameter that generates a simulated recording. Together with the seed it determines the
/// output bit for bit.
///
/// Encoded as JSON with the tremor keyed by hand name (`{"left": {...}}`) and hands as a sorted
/// array; keys absent when decoding take the defaults below.
public struct SimulationConfiguration: Sendable, Codable, Equatable {
    /// Recording length in seconds (> 0).
    public var duration: Double
    /// Nominal frame rate in frames per second (1…1000).
    public var frameRate: Double
    /// Seed of every random choice (movement schedule, tremor phase, noise, drops, gaps, jitter).
    public var seed: UInt64
    /// Tremor per hand; a hand without an entry has no tremor.
    public var tremor: [HandSide: TremorSpec]
    /// Standard deviation of the i.i.d. Gaussian noise added to every landmark coordinate, in mm
    /// (applied before unit conversion). Default 0.
    public var noiseMillimetres: Double
    /// Probability in `[0, 1)` that a frame is dropped (no row for either hand). Frame 0 is always
    /// kept. Default 0.
    public var dropRate: Double
    /// Intervals in which one hand is not detected. Default none.
    public var gaps: [GapSpec]
    /// Standard deviation of the timestamp jitter in milliseconds (below the frame interval).
    /// Default 0.
    public var jitterMilliseconds: Double
    /// Units of the produced recording. Default millimetres.
    public var units: SimulatedUnits
    /// Image size of the virtual camera, used for normalized units. Default 1280×720.
    public var imageSize: ImageSize
    /// The hands that are simulated, sorted left first. Default both.
    public var hands: [HandSide]
    /// Whether the fingers flex and extend and the wrist moves between targets. With `false` the
    /// hand holds its rest pose at its home position and only tremor and noise move it. Default true.
    public var voluntaryMovement: Bool

    /// The default virtual camera image: 1280×720 pixels.
    public static let defaultImageSize = ImageSize(width: 1280, height: 720)

    /// Creates a configuration; every parameter but duration, frame rate and seed has a default.
    /// Call ``validate()`` before simulating.
    public init(
        duration: Double, frameRate: Double, seed: UInt64, tremor: [HandSide: TremorSpec] = [:],
        noiseMillimetres: Double = 0, dropRate: Double = 0, gaps: [GapSpec] = [],
        jitterMilliseconds: Double = 0, units: SimulatedUnits = .millimetres,
        imageSize: ImageSize = SimulationConfiguration.defaultImageSize, hands: [HandSide] = [.left, .right],
        voluntaryMovement: Bool = true
    ) {
        self.duration = duration
        self.frameRate = frameRate
        self.seed = seed
        self.tremor = tremor
        self.noiseMillimetres = noiseMillimetres
        self.dropRate = dropRate
        self.gaps = gaps
        self.jitterMilliseconds = jitterMilliseconds
        self.units = units
        self.imageSize = imageSize
        self.hands = hands.sorted()
        self.voluntaryMovement = voluntaryMovement
    }

    /// Number of nominal frames, `round(duration · frameRate)`, at least 1.
    public var nominalFrameCount: Int { max(1, Int((duration * frameRate).rounded())) }

    private enum CodingKeys: String, CodingKey {
        case duration, frameRate, seed, tremor, noiseMillimetres, dropRate, gaps, jitterMilliseconds
        case units, imageSize, hands, voluntaryMovement
    }

    /// Decodes a configuration; absent optional keys take their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let tremorByName = try container.decodeIfPresent([String: TremorSpec].self, forKey: .tremor) ?? [:]
        var tremor: [HandSide: TremorSpec] = [:]
        for (name, spec) in tremorByName {
            guard let side = HandSide(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .tremor, in: container, debugDescription: "tremor hand '\(name)' is not left or right")
            }
            tremor[side] = spec
        }
        self.init(
            duration: try container.decode(Double.self, forKey: .duration),
            frameRate: try container.decode(Double.self, forKey: .frameRate),
            seed: try container.decode(UInt64.self, forKey: .seed),
            tremor: tremor,
            noiseMillimetres: try container.decodeIfPresent(Double.self, forKey: .noiseMillimetres) ?? 0,
            dropRate: try container.decodeIfPresent(Double.self, forKey: .dropRate) ?? 0,
            gaps: try container.decodeIfPresent([GapSpec].self, forKey: .gaps) ?? [],
            jitterMilliseconds: try container.decodeIfPresent(Double.self, forKey: .jitterMilliseconds) ?? 0,
            units: try container.decodeIfPresent(SimulatedUnits.self, forKey: .units) ?? .millimetres,
            imageSize: try container.decodeIfPresent(ImageSize.self, forKey: .imageSize)
                ?? SimulationConfiguration.defaultImageSize,
            hands: try container.decodeIfPresent([HandSide].self, forKey: .hands) ?? [.left, .right],
            voluntaryMovement: try container.decodeIfPresent(Bool.self, forKey: .voluntaryMovement) ?? true)
    }

    /// Encodes every parameter, tremor keyed by hand name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(duration, forKey: .duration)
        try container.encode(frameRate, forKey: .frameRate)
        try container.encode(seed, forKey: .seed)
        try container.encode(
            Dictionary(uniqueKeysWithValues: tremor.map { ($0.key.rawValue, $0.value) }), forKey: .tremor)
        try container.encode(noiseMillimetres, forKey: .noiseMillimetres)
        try container.encode(dropRate, forKey: .dropRate)
        try container.encode(gaps, forKey: .gaps)
        try container.encode(jitterMilliseconds, forKey: .jitterMilliseconds)
        try container.encode(units, forKey: .units)
        try container.encode(imageSize, forKey: .imageSize)
        try container.encode(hands.sorted(), forKey: .hands)
        try container.encode(voluntaryMovement, forKey: .voluntaryMovement)
    }
}
