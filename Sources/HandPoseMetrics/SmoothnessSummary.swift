/// The smoothness of a hand over a time range that may hold many movements: each rest-to-rest
/// submovement scored on its own (``SmoothnessEstimate``), and the **median** of each score over
/// the submovements that have it, which is what `hands.<side>.smoothness` reports.
///
/// Why the median of submovements: SPARC and LDLJ are defined for one discrete movement and fall
/// roughly linearly with the number of submovements in a record (Balasubramanian et al. 2015,
/// doi:10.1186/s12984-015-0090-9), so a score over a whole 60 s recording would measure its length,
/// not its quality. A protocol segment that is one discrete task yields one submovement, and the
/// median is then that movement's score. The median is robust to a single badly tracked movement.
///
/// JSON keys: `sparc`, `ldljV`, `ldljA`, `normalizedJerk` (medians, `null` when no submovement has
/// the score), `submovementCount`, `submovements`, `startSeconds`, `endSeconds`, `method`,
/// `parameters`, `notComputable`.
public struct SmoothnessSummary: Sendable, Hashable, Codable {
    public var sparc: Double?
    public var ldljV: Double?
    public var ldljA: Double?
    public var normalizedJerk: Double?
    /// Number of submovements found (including those that could not be scored).
    public var submovementCount: Int
    /// Every submovement's estimate, in time order.
    public var submovements: [SmoothnessEstimate]
    /// The range searched, seconds on the recording's clock.
    public var startSeconds: Double?
    public var endSeconds: Double?
    /// How the summary values were formed (`"median over rest-to-rest submovements"`).
    public var method: String
    /// The settings behind the values; `nil` when the kinematics could not be built.
    public var parameters: SmoothnessParameters?
    /// Why a summary value is null.
    public var notComputable: [NotComputable]

    public init(
        sparc: Double? = nil, ldljV: Double? = nil, ldljA: Double? = nil, normalizedJerk: Double? = nil, submovements: [SmoothnessEstimate] = [],
        startSeconds: Double? = nil, endSeconds: Double? = nil, parameters: SmoothnessParameters? = nil, notComputable: [NotComputable] = []
    ) {
        self.sparc = sparc
        self.ldljV = ldljV
        self.ldljA = ldljA
        self.normalizedJerk = normalizedJerk
        self.submovementCount = submovements.count
        self.submovements = submovements
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.method = Self.method
        self.parameters = parameters
        self.notComputable = notComputable
    }

    /// The value of ``method``.
    public static let method = "median over rest-to-rest submovements"

    private enum CodingKeys: String, CodingKey {
        case sparc, ldljV, ldljA, normalizedJerk, submovementCount, submovements, startSeconds, endSeconds, method, parameters, notComputable
    }

    /// Encodes every key, `null` when absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sparc, forKey: .sparc)
        try container.encode(ldljV, forKey: .ldljV)
        try container.encode(ldljA, forKey: .ldljA)
        try container.encode(normalizedJerk, forKey: .normalizedJerk)
        try container.encode(submovementCount, forKey: .submovementCount)
        try container.encode(submovements, forKey: .submovements)
        try container.encode(startSeconds, forKey: .startSeconds)
        try container.encode(endSeconds, forKey: .endSeconds)
        try container.encode(method, forKey: .method)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(notComputable, forKey: .notComputable)
    }
}
