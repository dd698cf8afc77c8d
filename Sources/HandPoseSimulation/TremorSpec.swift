import HandPoseCore

/// A sinusoidal tremor superimposed on one hand as a whole-hand translation
/// `A·sin(2πft + φ)·direction`, with A the zero-to-peak amplitude in millimetres.
public struct TremorSpec: Sendable, Codable, Equatable {
    /// Tremor frequency in Hz; must be positive and below the Nyquist frequency.
    public var frequencyHz: Double
    /// Zero-to-peak amplitude A in millimetres (peak-to-peak is 2A, RMS is A/√2).
    public var amplitudeMillimetres: Double
    /// Direction of oscillation in the camera frame (x right, y down, z away from the camera);
    /// normalised to unit length when used. The default lies obliquely in the image plane.
    public var direction: SIMD3<Double>

    /// The default direction: (0.6, 0.8, 0), oblique in the image plane so that the tremor is
    /// visible in both image axes and in normalized coordinates.
    public static let defaultDirection = SIMD3<Double>(0.6, 0.8, 0)

    /// Creates a tremor of `frequencyHz` Hz and zero-to-peak `amplitudeMillimetres` along `direction`.
    public init(frequencyHz: Double, amplitudeMillimetres: Double, direction: SIMD3<Double> = TremorSpec.defaultDirection) {
        self.frequencyHz = frequencyHz
        self.amplitudeMillimetres = amplitudeMillimetres
        self.direction = direction
    }

    /// The direction scaled to unit length.
    public var unitDirection: SIMD3<Double> { direction.normalized }

    /// Parses `hand:frequencyHz:amplitudeMm[:dx,dy,dz]`, for example `left:4.6:1.5` or
    /// `right:5.2:3.0:1,0,0`. The hand is `left` or `right` (case-insensitive).
    ///
    /// - Throws: ``SimulationError`` with code ``SimulationError/Code/invalidTremorSpec`` naming the
    ///   bad part and the expected form.
    public static func parse(_ text: String) throws -> (HandSide, TremorSpec) {
        let form = "expected hand:frequencyHz:amplitudeMm[:dx,dy,dz], for example left:4.6:1.5"
        func failure(_ problem: String) -> SimulationError {
            SimulationError(.invalidTremorSpec, "tremor '\(text)': \(problem); \(form)")
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map {
            $0.trimmingSpaces()
        }
        guard parts.count == 3 || parts.count == 4 else {
            throw failure("has \(parts.count) field(s)")
        }
        guard let side = HandSide(rawValue: parts[0].lowercased()) else {
            throw failure("hand '\(parts[0])' is not left or right")
        }
        guard let frequency = Double(parts[1]), frequency.isFinite, frequency > 0 else {
            throw failure("frequency '\(parts[1])' is not a positive number of Hz")
        }
        guard let amplitude = Double(parts[2]), amplitude.isFinite, amplitude >= 0 else {
            throw failure("amplitude '\(parts[2])' is not a non-negative number of millimetres")
        }
        var direction = defaultDirection
        if parts.count == 4 {
            let components = parts[3].split(separator: ",", omittingEmptySubsequences: false).map {
                Double($0.trimmingSpaces())
            }
            guard components.count == 3, let x = components[0], let y = components[1], let z = components[2],
                SIMD3(x, y, z).isFinite, SIMD3(x, y, z).length > 0
            else {
                throw failure("direction '\(parts[3])' is not three numbers dx,dy,dz with a non-zero length")
            }
            direction = SIMD3(x, y, z)
        }
        return (side, TremorSpec(frequencyHz: frequency, amplitudeMillimetres: amplitude, direction: direction))
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
