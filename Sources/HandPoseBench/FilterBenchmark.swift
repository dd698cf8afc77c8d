import HandPoseAnalysis
import HandPoseCore
import HandPoseDSP
import HandPoseMetrics
import HandPoseSimulation

/// Runs every selected filter on identical input and measures, per method, how well its output
/// reproduces the true clean signal, what it does to the tremor and smoothness metrics, what it
/// cannot filter, and how fast it is (`handpose bench`).
///
/// For each hand of a ``BenchmarkCase`` and each ``BenchmarkMethod``:
/// 1. **Filter.** The filter is built by ``ProtocolFilterPreset/makeFilter(sampleRate:millimetresPerUnit:)``
///    (the one factory `handpose filter` uses) for the recording's nominal rate and applied to the
///    hand's 63 channels one after another, run by run between missing samples
///    (``GapAwareFiltering``), `repetitions` times; the first output is measured and the median
///    wall time (`ContinuousClock`, one core) gives the speed. `raw` is the input itself.
/// 2. **Accuracy** (with truth): RMS error per coordinate against the clean signal, in mm, over
///    every sample present in both.
/// 3. **Response**: ``FrequencyResponse`` of the output against the clean signal at the true
///    tremor frequency (with truth), or against the input at the input's tremor frequency
///    (without): amplitude ratio and phase lag in ms.
/// 4. **Metrics**: ``TremorAnalyzer`` (frequency, zero-to-peak amplitude in mm) and
///    ``SmoothnessAnalyzer`` (SPARC, LDLJ-V: medians over the rest-to-rest submovements of the
///    wrist) on the output, compared with the truth's tremor and with the clean signal's and the
///    input's smoothness.
/// 5. **Gaps**: the share of the present samples left unfiltered because their run was shorter
///    than the method needs.
/// 6. **Rank** within the cell and hand: by RMS error (lowest first) with truth; without truth by
///    the residual `output − input` (most removed first), which measures smoothing, not accuracy.
///
/// Everything but the speed is deterministic: the simulator, the filters (the particle filter is
/// seeded) and the metrics give the same numbers for the same seed.
///
/// Complexity: O(methods · (repetitions · filter cost + metrics)) per hand, on one core.
public struct FilterBenchmark: Sendable {
    /// The rows, `raw` first.
    public let methods: [BenchmarkMethod]
    /// How many times each filter runs; its speed is the median.
    public let repetitions: Int
    /// The tremor metric applied to every output.
    public let tremorAnalyzer: TremorAnalyzer
    /// The smoothness metric applied to every output.
    public let smoothnessAnalyzer: SmoothnessAnalyzer

    /// A benchmark of `methods` (`raw` is added first when missing), each timed `repetitions`
    /// times.
    ///
    /// - Throws: ``BenchmarkError`` for repetitions outside 1…1000 or a method named twice.
    public init(
        methods: [BenchmarkMethod] = BenchmarkMethod.all, repetitions: Int = 3, tremorAnalyzer: TremorAnalyzer = TremorAnalyzer(),
        smoothnessAnalyzer: SmoothnessAnalyzer = SmoothnessAnalyzer()
    ) throws(BenchmarkError) {
        guard (1...1000).contains(repetitions) else {
            throw BenchmarkError(.invalidSetting, "repeat \(repetitions) must be between 1 and 1000 runs")
        }
        var names = Set<String>()
        for method in methods where !names.insert(method.name).inserted {
            throw BenchmarkError(.invalidMethod, "method \"\(method.name)\" is listed twice; give each row once")
        }
        self.methods = methods.contains(where: \.isRaw) ? methods : [.raw] + methods
        self.repetitions = repetitions
        self.tremorAnalyzer = tremorAnalyzer
        self.smoothnessAnalyzer = smoothnessAnalyzer
    }

    /// The rows of every cell, in cell order.
    public func run(_ cases: [BenchmarkCase], progress: (BenchmarkCase) -> Void = { _ in }) -> [BenchmarkResult] {
        cases.flatMap { benchmarkCase in
            progress(benchmarkCase)
            return run(benchmarkCase)
        }
    }

    /// The rows of every cell of `grid`, in grid order; `progress` is told of each cell before it
    /// runs.
    public func run(_ grid: BenchmarkGrid, progress: (BenchmarkCase) -> Void = { _ in }) -> [BenchmarkResult] {
        grid.configurations.enumerated().flatMap { offset, configuration in
            let benchmarkCase: BenchmarkCase
            do {
                benchmarkCase = try BenchmarkCase.simulated(configuration, index: offset + 1)
            } catch {
                preconditionFailure("BenchmarkGrid validated cell \(offset + 1) but it failed: \(error)")
            }
            progress(benchmarkCase)
            return run(benchmarkCase)
        }
    }

    /// The rows of one cell: per hand (left first), every method, ordered by rank.
    public func run(_ benchmarkCase: BenchmarkCase) -> [BenchmarkResult] {
        benchmarkCase.hands.flatMap { side in
            let hand = HandContext(benchmarkCase, side: side, benchmark: self)
            var rows = methods.map { measure($0, hand: hand) }
            Self.rank(&rows)
            return rows.sorted { $0.rank < $1.rank }
        }
    }

    // MARK: - One row

    private func measure(_ method: BenchmarkMethod, hand: HandContext) -> BenchmarkResult {
        var row = BenchmarkResult(cell: hand.benchmarkCase.cell, hand: hand.side, method: method.name)
        row.trueTremorHz = hand.trueTremor?.frequencyHz
        row.trueTremorMm = hand.trueTremor?.amplitudeMm
        row.missingFraction = hand.missingFraction
        row.reference = hand.clean == nil ? "input" : "clean"
        row.referenceHz = hand.referenceHz
        row.notes = hand.notes

        let input = hand.track
        var output = input
        var tremor = hand.inputTremor
        var smoothness = hand.inputSmoothness
        row.samples = hand.presentSamples
        if let preset = method.preset {
            let benchmarkCase = hand.benchmarkCase
            let filter: any ChannelFilter
            do {
                filter = try preset.makeFilter(sampleRate: benchmarkCase.sampleRate, millimetresPerUnit: benchmarkCase.millimetresPerUnit)
            } catch {
                row.reference = nil
                row.referenceHz = nil
                row.notes = ["filter: \(error.message)"]
                return row
            }
            row.algorithm = filter.algorithmID
            row.parameters = filter.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            let timed = timedFiltering(input, with: filter)
            output.channels = timed.channels
            let processed = timed.report.filteredSamples + timed.report.unfilteredSamples
            row.samples = processed
            row.unfilteredFraction = processed > 0 ? Double(timed.report.unfilteredSamples) / Double(processed) : nil
            row.filterSeconds = timed.medianSeconds
            row.samplesPerSecond = timed.medianSeconds > 0 ? Double(processed) / timed.medianSeconds : nil
            tremor = tremorAnalyzer.analyze(output, spatial: benchmarkCase.recording.spatial)
            smoothness = smoothnessAnalyzer.summarize(output, spatial: benchmarkCase.recording.spatial)
        }

        let scale = hand.benchmarkCase.millimetresPerUnit
        if let clean = hand.clean {
            row.rmseMm = Self.rms(output.channels, minus: clean.channels, scale: scale)
        }
        row.residualRmsMm = Self.rms(output.channels, minus: input.channels, scale: scale)
        if let frequency = hand.referenceHz {
            let reference = hand.clean ?? input
            if let response = FrequencyResponse.estimate(
                reference: reference.channels, output: output.channels, times: input.timestamps, frequencyHz: frequency) {
                row.amplitudeRatio = response.amplitudeRatio
                row.phaseLagMs = response.lagSeconds * 1000
            } else {
                row.notes.append("response: no stretch of two periods of \(BenchmarkFormat.number(frequency, 2)) Hz with power in the \(row.reference ?? "") signal")
            }
        }

        switch tremor {
        case .success(let estimate):
            row.tremorHz = estimate.frequencyHz
            row.tremorMm = estimate.amplitudeMm ?? estimate.amplitude * scale
            if let truth = hand.trueTremor {
                row.tremorHzError = estimate.frequencyHz - truth.frequencyHz
                row.tremorMmError = row.tremorMm.map { $0 - truth.amplitudeMm }
            }
        case .failure(let reason):
            row.notes.append(reason.description)
        }

        row.sparc = smoothness.sparc
        row.ldljV = smoothness.ldljV
        row.sparcChange = Self.difference(smoothness.sparc, hand.inputSmoothness.sparc)
        row.ldljVChange = Self.difference(smoothness.ldljV, hand.inputSmoothness.ldljV)
        if let clean = hand.cleanSmoothness {
            row.sparcError = Self.difference(smoothness.sparc, clean.sparc)
            row.ldljVError = Self.difference(smoothness.ldljV, clean.ldljV)
        }
        if !method.isRaw, smoothness.sparc == nil || smoothness.ldljV == nil, let reason = smoothness.notComputable.first {
            row.notes.append(reason.description)
        }
        return row
    }

    /// Filters the hand's channels one after another, `repetitions` times; the first output, its
    /// report and the median wall time in seconds.
    private func timedFiltering(
        _ track: HandTrack, with filter: any ChannelFilter
    ) -> (channels: [[Double]], report: ChannelFilteringReport, medianSeconds: Double) {
        let clock = ContinuousClock()
        var first: ([[Double]], ChannelFilteringReport)?
        var seconds: [Double] = []
        for _ in 0..<repetitions {
            let start = clock.now
            var report = ChannelFilteringReport()
            var channels: [[Double]] = []
            channels.reserveCapacity(track.channels.count)
            for samples in track.channels {
                let (output, channelReport) = GapAwareFiltering.apply(filter, to: samples)
                channels.append(output)
                report.accumulate(channelReport)
            }
            let elapsed = clock.now - start
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            if first == nil { first = (channels, report) }
        }
        seconds.sort()
        let middle = seconds.count / 2
        let median = seconds.count % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2
        return (first!.0, first!.1, median)
    }

    // MARK: - Helpers

    /// `√(mean((a − b)²))·scale` over the samples finite in both; `nil` when there is none.
    static func rms(_ a: [[Double]], minus b: [[Double]], scale: Double) -> Double? {
        var sum = 0.0, count = 0
        for (x, y) in zip(a, b) {
            for (u, v) in zip(x, y) where u.isFinite && v.isFinite {
                sum += (u - v) * (u - v)
                count += 1
            }
        }
        return count == 0 ? nil : (sum / Double(count)).squareRoot() * scale
    }

    static func difference(_ value: Double?, _ reference: Double?) -> Double? {
        guard let value, let reference else { return nil }
        return value - reference
    }

    /// Ranks the rows of one cell and hand, 1 = best: lowest RMS error with truth, otherwise the
    /// largest residual; rows without the value come last, ties keep the method order.
    static func rank(_ rows: inout [BenchmarkResult]) {
        let byError = rows.contains { $0.rmseMm != nil }
        func key(_ row: BenchmarkResult) -> Double? { byError ? row.rmseMm : row.residualRmsMm.map { -$0 } }
        let order = rows.indices.sorted { left, right in
            switch (key(rows[left]), key(rows[right])) {
            case let (a?, b?): a != b ? a < b : left < right
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): left < right
            }
        }
        for (position, index) in order.enumerated() { rows[index].rank = position + 1 }
    }
}

/// What every row of one hand of one cell shares: the input, the clean signal, the truth's tremor,
/// the reference frequency and the input's and clean signal's metrics.
struct HandContext {
    let benchmarkCase: BenchmarkCase
    let side: HandSide
    let track: HandTrack
    let clean: HandTrack?
    let trueTremor: TremorTruth?
    let referenceHz: Double?
    let inputTremor: Result<TremorEstimate, NotComputable>
    let inputSmoothness: SmoothnessSummary
    let cleanSmoothness: SmoothnessSummary?
    let missingFraction: Double
    let presentSamples: Int
    /// Notes every row of this hand carries.
    let notes: [String]

    init(_ benchmarkCase: BenchmarkCase, side: HandSide, benchmark: FilterBenchmark) {
        let recording = benchmarkCase.recording
        guard let track = recording[side] else { preconditionFailure("the case lists the \(side) hand, which the recording lacks") }
        self.benchmarkCase = benchmarkCase
        self.side = side
        self.track = track
        clean = benchmarkCase.clean?[side]
        var notes: [String] = []
        if benchmarkCase.recording.spatial.millimetresPerUnit == nil {
            notes.append("mm through a \(benchmarkCase.scaleSource)")
        }
        inputTremor = benchmark.tremorAnalyzer.analyze(track, spatial: recording.spatial)
        inputSmoothness = benchmark.smoothnessAnalyzer.summarize(track, spatial: recording.spatial)
        cleanSmoothness = clean.map { benchmark.smoothnessAnalyzer.summarize($0, spatial: recording.spatial) }
        if let truth = benchmarkCase.truth {
            let tremor = truth.hand(side)?.tremor
            trueTremor = tremor.flatMap { $0.amplitudeMm > 0 ? $0 : nil }
            referenceHz = trueTremor?.frequencyHz
            if trueTremor == nil { notes.append("response: the truth has no tremor for the \(side) hand") }
        } else {
            trueTremor = nil
            switch inputTremor {
            case .success(let estimate): referenceHz = estimate.frequencyHz
            case .failure(let reason):
                referenceHz = nil
                notes.append("response: no tremor frequency in the input (\(reason.reason))")
            }
        }
        for (name, summary) in [("input", Optional(inputSmoothness)), ("clean signal", cleanSmoothness)] {
            if let summary, summary.sparc == nil || summary.ldljV == nil, let reason = summary.notComputable.first {
                notes.append("\(name): \(reason.description)")
            }
        }
        var total = 0, missing = 0
        for channel in track.channels {
            total += channel.count
            missing += channel.reduce(0) { $0 + ($1.isFinite ? 0 : 1) }
        }
        missingFraction = total > 0 ? Double(missing) / Double(total) : 0
        presentSamples = total - missing
        self.notes = notes
    }
}
