import HandPoseCore

/// One row of a benchmark: one method on one hand of one cell.
///
/// Every value that cannot be measured is `nil` (null in JSON, empty in CSV) and the reason is in
/// ``notes``. Signs: errors are `filtered − truth` (tremor) or `filtered − clean signal` (SPARC,
/// LDLJ-V); changes are `filtered − input`. SPARC and LDLJ-V are negative, closer to 0 smoother.
///
/// The flat columns, in this order, are ``columnNames`` (see ``columns``):
///
/// | column | meaning |
/// |---|---|
/// | `cell`, `source`, `hand` | the cell's 1-based index, `simulated` or the file path, the hand |
/// | `fps`, `durationS`, `noiseMm`, `seed` | frame rate, duration, simulated noise (mm), seed |
/// | `trueTremorHz`, `trueTremorMm` | the truth's tremor frequency and zero-to-peak amplitude |
/// | `method`, `algorithm`, `parameters` | the row's name, the filter's versioned id, its parameters (`key=value …`) |
/// | `rank` | 1 = best in its cell and hand: lowest `rmseMm` with truth, highest `residualRmsMm` without |
/// | `rmseMm` | RMS error per coordinate against the clean signal, mm, over the samples present |
/// | `residualRmsMm` | RMS per coordinate of `output − input`, mm: what the method removed |
/// | `reference`, `referenceHz` | the signal (`clean` or `input`) and frequency the response is measured against |
/// | `amplitudeRatio`, `phaseLagMs` | ``FrequencyResponse`` at `referenceHz`; lag positive when the output lags |
/// | `tremorHz`, `tremorHzError` | ``TremorAnalyzer`` frequency of the output, and minus the truth |
/// | `tremorMm`, `tremorMmError` | its zero-to-peak amplitude, mm, and minus the truth |
/// | `sparc`, `sparcError`, `sparcChange` | ``SmoothnessAnalyzer`` SPARC of the output; minus the clean signal's; minus the input's |
/// | `ldljV`, `ldljVError`, `ldljVChange` | the same for LDLJ-V |
/// | `missingFraction` | share of the hand's samples missing in the input (gaps, absent frames) |
/// | `unfilteredFraction` | share of the present samples the method left unfiltered (runs too short for it) |
/// | `samples` | present samples filtered per run (63 channels) |
/// | `samplesPerSecond`, `filterSeconds` | speed: samples / median wall time of the repeated runs on one core; the median time (not deterministic) |
/// | `notes` | why values are missing, ` \| `-separated |
public struct BenchmarkResult: Sendable, Hashable {
    public var cell: BenchmarkCell
    public var hand: HandSide
    public var trueTremorHz: Double?
    public var trueTremorMm: Double?
    public var method: String
    public var algorithm: String?
    public var parameters: String?
    public var rank: Int
    public var rmseMm: Double?
    public var residualRmsMm: Double?
    public var reference: String?
    public var referenceHz: Double?
    public var amplitudeRatio: Double?
    public var phaseLagMs: Double?
    public var tremorHz: Double?
    public var tremorHzError: Double?
    public var tremorMm: Double?
    public var tremorMmError: Double?
    public var sparc: Double?
    public var sparcError: Double?
    public var sparcChange: Double?
    public var ldljV: Double?
    public var ldljVError: Double?
    public var ldljVChange: Double?
    public var missingFraction: Double
    public var unfilteredFraction: Double?
    public var samples: Int
    public var samplesPerSecond: Double?
    public var filterSeconds: Double?
    public var notes: [String]

    /// A row of `method` on `hand` of `cell`, every measurement empty.
    public init(cell: BenchmarkCell, hand: HandSide, method: String) {
        self.cell = cell
        self.hand = hand
        self.method = method
        rank = 0
        missingFraction = 0
        samples = 0
        notes = []
    }

    /// Whether the row was measured against the truth (a clean signal was known).
    public var hasTruth: Bool { reference == "clean" }

    /// The stable column names, in order.
    public static let columnNames = [
        "cell", "source", "hand", "fps", "durationS", "noiseMm", "seed", "trueTremorHz", "trueTremorMm",
        "method", "algorithm", "parameters", "rank",
        "rmseMm", "residualRmsMm", "reference", "referenceHz", "amplitudeRatio", "phaseLagMs",
        "tremorHz", "tremorHzError", "tremorMm", "tremorMmError",
        "sparc", "sparcError", "sparcChange", "ldljV", "ldljVError", "ldljVChange",
        "missingFraction", "unfilteredFraction", "samples", "samplesPerSecond", "filterSeconds", "notes",
    ]

    /// The columns that measure speed: the only ones that differ between runs with the same seed.
    public static let speedColumnNames: Set<String> = ["samplesPerSecond", "filterSeconds"]

    /// The row's values in ``columnNames`` order.
    public var columns: [BenchmarkValue] {
        [
            .integer(cell.index), .text(cell.source), .text(hand.rawValue), .number(cell.frameRateHz), .number(cell.durationSeconds),
            .number(cell.noiseMm), .unsigned(cell.seed), .number(trueTremorHz), .number(trueTremorMm),
            .text(method), .text(algorithm), .text(parameters), .integer(rank),
            .number(rmseMm), .number(residualRmsMm), .text(reference), .number(referenceHz), .number(amplitudeRatio), .number(phaseLagMs),
            .number(tremorHz), .number(tremorHzError), .number(tremorMm), .number(tremorMmError),
            .number(sparc), .number(sparcError), .number(sparcChange), .number(ldljV), .number(ldljVError), .number(ldljVChange),
            .number(missingFraction), .number(unfilteredFraction), .integer(samples), .number(samplesPerSecond), .number(filterSeconds),
            .text(notes.isEmpty ? nil : notes.joined(separator: " | ")),
        ]
    }
}

/// A cell of a flat benchmark row: a number, a whole number or text, each possibly missing.
public enum BenchmarkValue: Sendable, Hashable {
    case number(Double?)
    case integer(Int?)
    case unsigned(UInt64?)
    case text(String?)

    /// Whether the value is missing (`nil` or a non-finite number).
    public var isMissing: Bool {
        switch self {
        case .number(let value): value.map { !$0.isFinite } ?? true
        case .integer(let value): value == nil
        case .unsigned(let value): value == nil
        case .text(let value): value == nil
        }
    }
}
