import HandPoseCore

/// Turns the time keys of a file (in the file's unit, sorted, distinct) into seconds from the first
/// frame, and says where they came from.
///
/// | time column | first value | unit |
/// |---|---|---|
/// | `t_s`, `time_s`, `timestamp_s`, `timestamp_sec` | > 10⁹ | epoch seconds (declared) |
/// | same | otherwise | seconds (declared) |
/// | `t_ms`, `time_ms`, `timestamp_ms` | > 10¹¹ | epoch milliseconds (declared) |
/// | same | otherwise | milliseconds (declared) |
/// | `t_us`, `time_us`, `timestamp_us` | any | microseconds (declared) |
/// | `t`, `time`, `timestamp` | > 10¹¹ / > 10⁹ | epoch milliseconds / seconds (inferred) |
/// | same | median positive step ≥ 1 | milliseconds (inferred) |
/// | same | otherwise | seconds (inferred) |
///
/// Times are always rebased so that the first frame is at 0 s: `t = (key − offset) / unitsPerSecond`,
/// with `offset` the first key, recorded in ``TimeBase/offset``.
enum TimeBaseResolver {
    struct Resolution {
        var timeBase: TimeBase
        var seconds: [Double]
    }

    static func resolve(
        keys: [Double], mode: TimeMode, schema: Schema, warnings: inout WarningLog
    ) -> Resolution {
        let offset = keys.first ?? 0
        let source: TimeBase.Source
        let provenance: Provenance
        let unitsPerSecond: Double
        var column: String?
        var assumedRate: Double?

        switch mode {
        case .frameIndex(let rate, let given), .rowOrder(let rate, let given):
            source = .frameIndex
            provenance = given
            unitsPerSecond = rate
            assumedRate = rate
            if case .frameIndex = mode, let frameColumn = schema.frameColumn { column = schema.columnNames[frameColumn] }
            let origin = column.map { "the frame numbers in column \"\($0)\"" } ?? "the row order (the file has no time or frame column)"
            let rateOrigin = given == .declared ? "the file's nominal_fps" : "the given frame rate"
            warnings.note(
                .assumedTimeBase,
                "times are not measured: they come from \(origin) at \(Formatting.significant(rate, 6)) fps (\(rateOrigin))")
        case .column:
            let name = schema.timeColumn.map { schema.columnNames[$0] } ?? "time"
            column = name
            switch schema.declaredTimeUnit {
            case .seconds?:
                (source, provenance, unitsPerSecond) = (offset > 1e9 ? .epochSeconds : .seconds, .declared, 1)
            case .milliseconds?:
                (source, provenance, unitsPerSecond) = (offset > 1e11 ? .epochMilliseconds : .milliseconds, .declared, 1000)
            case .microseconds?:
                (source, provenance, unitsPerSecond) = (.microseconds, .declared, 1_000_000)
            default:
                provenance = .inferred
                let reason: String
                if offset > 1e11 {
                    (source, unitsPerSecond) = (.epochMilliseconds, 1000)
                    reason = "the first value \(Formatting.plain(offset)) is above 10¹¹, a Unix time in milliseconds"
                } else if offset > 1e9 {
                    (source, unitsPerSecond) = (.epochSeconds, 1)
                    reason = "the first value \(Formatting.plain(offset)) is above 10⁹, a Unix time in seconds"
                } else {
                    let step = medianPositiveStep(keys)
                    if step >= 1 {
                        (source, unitsPerSecond) = (.milliseconds, 1000)
                        reason = "the median step between frames is \(Formatting.significant(step)), too large for seconds"
                    } else {
                        (source, unitsPerSecond) = (.seconds, 1)
                        reason = step.isNaN
                            ? "there is a single frame"
                            : "the median step between frames is \(Formatting.significant(step)), below 1"
                    }
                }
                warnings.note(
                    .inferredTimeUnit,
                    "time column \"\(name)\" read as \(unitName(source)) because \(reason); name it t_s or t_ms to declare the unit")
            }
            if source == .epochMilliseconds || source == .epochSeconds || (source == .microseconds && offset > 1e14) {
                warnings.note(
                    .timestampsRebased,
                    "absolute timestamps were rebased so that the first frame is at 0 s (subtracted \(Formatting.plain(offset)) \(unitName(source)))")
            }
        }

        let timeBase = TimeBase(
            source: source, provenance: provenance, column: column, assumedFrameRate: assumedRate, offset: offset)
        let seconds = keys.map { ($0 - offset) / unitsPerSecond }
        return Resolution(timeBase: timeBase, seconds: seconds)
    }

    /// Median of the positive differences of consecutive keys; NaN when there are none.
    static func medianPositiveStep(_ keys: [Double]) -> Double {
        guard keys.count > 1 else { return .nan }
        var steps: [Double] = []
        steps.reserveCapacity(min(keys.count, 10_000))
        for index in 1..<keys.count {
            let step = keys[index] - keys[index - 1]
            if step > 0 { steps.append(step) }
            if steps.count == 10_000 { break }
        }
        guard !steps.isEmpty else { return .nan }
        steps.sort()
        return steps[steps.count / 2]
    }

    static func unitName(_ source: TimeBase.Source) -> String {
        switch source {
        case .seconds: "seconds"
        case .milliseconds: "milliseconds"
        case .epochMilliseconds: "epoch milliseconds"
        case .epochSeconds: "epoch seconds"
        case .microseconds: "microseconds"
        case .frameIndex: "frames"
        }
    }
}
