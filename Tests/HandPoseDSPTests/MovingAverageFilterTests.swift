import HandPoseTestSupport
import HandPoseCore
import Testing
@testable import HandPoseDSP

@Suite("Moving average")
struct MovingAverageFilterTests {
    /// The definition, summed naively in order for every output.
    static func naive(_ x: [Double], window w: Int, alignment: MovingAverageFilter.Alignment) -> [Double] {
        let n = x.count
        return (0..<n).map { i in
            switch alignment {
            case .trailing:
                let lower = max(0, i - w + 1)
                return x[lower...i].reduce(0, +) / Double(i - lower + 1)
            case .centered:
                var sum = 0.0
                for j in (i - w / 2)..<(i - w / 2 + w) { sum += x[EdgeExtension.reflect(j, count: n)] }
                return sum / Double(w)
            }
        }
    }

    @Test("a constant stays constant for every window and alignment",
          arguments: MovingAverageFilter.Alignment.allCases, [1, 2, 5, 8, 40])
    func constantsPreserved(alignment: MovingAverageFilter.Alignment, window: Int) throws {
        let x = [Double](repeating: -7.5, count: 23)
        let y = try MovingAverageFilter(window: window, alignment: alignment).apply(x)
        expectClose(y, x, relative: 1e-15, absolute: 0, "\(alignment) W \(window)")
    }

    @Test("a centred odd window passes a straight line unchanged away from the ends")
    func linePreserved() throws {
        let x = (0..<50).map { 0.25 * Double($0) - 3 }
        let y = try MovingAverageFilter(window: 7, alignment: .centered).apply(x)
        expectClose(Array(y[3..<47]), Array(x[3..<47]), relative: 1e-14, absolute: 0, "line")
    }

    @Test("running sums agree with the naive sum on long inputs to 1e-12",
          arguments: MovingAverageFilter.Alignment.allCases, [3, 64, 257])
    func runningSumDoesNotDrift(alignment: MovingAverageFilter.Alignment, window: Int) throws {
        let seed: UInt64 = 0xD1F7 + UInt64(window)
        var random = SeededGenerator(seed: seed)
        // A large offset with small fluctuations is the hard case for a running sum.
        let x = (0..<100_000).map { _ in 1000 + random.nextGaussian() }
        let y = try MovingAverageFilter(window: window, alignment: alignment).apply(x)
        expectClose(y, Self.naive(x, window: window, alignment: alignment), relative: 1e-12, absolute: 0,
                    "seed \(seed) \(alignment) W \(window)")
    }

    @Test("random short signals match the definition for windows longer than the signal",
          arguments: MovingAverageFilter.Alignment.allCases)
    func shortSignals(alignment: MovingAverageFilter.Alignment) throws {
        let seed: UInt64 = 99
        var random = SeededGenerator(seed: seed)
        for n in 1...9 {
            let x = (0..<n).map { _ in random.nextGaussian() }
            for window in 1...20 {
                let y = try MovingAverageFilter(window: window, alignment: alignment).apply(x)
                expectClose(y, Self.naive(x, window: window, alignment: alignment), relative: 1e-14, absolute: 1e-15,
                            "seed \(seed) n \(n) W \(window) \(alignment)")
            }
        }
    }

    @Test("golden smoothing_simple: centred reflect, valid and trailing, W = 5")
    func matchesGolden() throws {
        let block = Golden.object("smoothing_simple")
        let x = Golden.doubles(block["x"])
        let centered = Golden.doubles(block["moving_average_centered_w5_mode_reflect_scipy_uniform_filter1d"])
        let valid = Golden.doubles(block["moving_average_valid_w5_np_convolve"])
        let trailing = Golden.doubles(block["moving_average_trailing_w5_pandas_rolling_min_periods1"])
        let yc = try MovingAverageFilter(window: 5, alignment: .centered).apply(x)
        let yt = try MovingAverageFilter(window: 5, alignment: .trailing).apply(x)
        let yv = MovingAverage.valid(x, window: 5)
        expectClose(yc, centered, relative: 1e-12, absolute: 1e-14, "centred")
        expectClose(yv, valid, relative: 1e-12, absolute: 1e-14, "valid")
        expectClose(yt, trailing, relative: 1e-12, absolute: 1e-14, "trailing")
        print("moving average golden.json worst relative error \(max(worstRelativeError(yc, centered), worstRelativeError(yv, valid), worstRelativeError(yt, trailing)))")
    }

    @Test("matches uniform_filter1d, pandas rolling and np.convolve for windows 1-11 on even and short inputs (fir.json)")
    func matchesFIRGolden() throws {
        var worst = 0.0
        for testCase in FIRGolden.cases("moving_average") {
            let x = FIRGolden.input(of: testCase)
            let window = FIRGolden.int(testCase["size"])
            let expected = Golden.doubles(testCase["y"])
            let y: [Double] = switch testCase["alignment"] as? String {
            case "centered": try MovingAverageFilter(window: window, alignment: .centered).apply(x)
            case "trailing": try MovingAverageFilter(window: window, alignment: .trailing).apply(x)
            default: MovingAverage.valid(x, window: window)
            }
            worst = max(worst, worstRelativeError(y, expected))
            expectClose(y, expected, relative: 1e-12, absolute: 1e-14, testCase["call"] as? String ?? "")
        }
        print("moving average fir.json worst relative error \(worst)")
    }

    @Test("valid is empty when the window exceeds the signal")
    func validShort() {
        #expect(MovingAverage.valid([1, 2, 3], window: 4).isEmpty)
        #expect(MovingAverage.valid([1, 2, 3], window: 3) == [2])
    }

    @Test("configuration: window ≥ 1, parameters, minimum length")
    func configuration() throws {
        do {
            _ = try MovingAverageFilter(window: 0)
            Issue.record("window 0 accepted")
        } catch { #expect(error.parameter == "window") }
        let filter = try MovingAverageFilter(window: 9, alignment: .trailing)
        #expect(filter.parameters == ["window": "9", "alignment": "trailing"])
        #expect(filter.algorithmID == "moving-average/1")
        #expect(filter.minimumLength == 1)
    }
}
