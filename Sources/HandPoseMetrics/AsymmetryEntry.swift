/// The asymmetry of one per-hand metric: the raw values and the indices.
///
/// JSON: `{"left": 1.8, "right": 3.1, "basis": "value", "index": 0.265, "logRatioPercent": 54.4,
/// "symmetryAnglePercent": 16.9}`. `index` is ``AsymmetryIndex/bounded(left:right:)``,
/// (R − L)/(R + L): positive means more on the right. For tremor amplitude, which is
/// log-normally distributed and rated on logarithmic scales (Elble), `logRatioPercent`
/// (100·|ln(L/R)|) is the better-behaved companion. Indices are `null` when not computable (the
/// reason is in ``AsymmetryReport/notComputable``); raw values are `null` when a hand has none.
public struct AsymmetryEntry: Hashable, Sendable, Codable {
    /// The left hand's value as given.
    public var left: Double?
    /// The right hand's value as given.
    public var right: Double?
    /// `value` when the indices use the values, `magnitude` when they use |L| and |R| (negative
    /// metrics such as SPARC and LDLJ).
    public var basis: String
    /// (R − L)/(R + L) ∈ [−1, 1] on the basis.
    public var index: Double?
    /// 100·|ln(L/R)| on the basis.
    public var logRatioPercent: Double?
    /// (45° − atan(L/R))/90° · 100 ∈ [−50, 50] on the basis.
    public var symmetryAnglePercent: Double?

    public init(
        left: Double?, right: Double?, basis: String, index: Double?, logRatioPercent: Double?,
        symmetryAnglePercent: Double?
    ) {
        self.left = left
        self.right = right
        self.basis = basis
        self.index = index
        self.logRatioPercent = logRatioPercent
        self.symmetryAnglePercent = symmetryAnglePercent
    }

    private enum CodingKeys: String, CodingKey { case left, right, basis, index, logRatioPercent, symmetryAnglePercent }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(left, forKey: .left)
        try c.encode(right, forKey: .right)
        try c.encode(basis, forKey: .basis)
        try c.encode(index, forKey: .index)
        try c.encode(logRatioPercent, forKey: .logRatioPercent)
        try c.encode(symmetryAnglePercent, forKey: .symmetryAnglePercent)
    }
}
