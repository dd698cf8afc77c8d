import HandPoseTestSupport
import HandPoseCore
import Testing
@testable import HandPoseDSP

@Suite("Savitzky-Golay filter")
struct SavitzkyGolayFilterTests {
    static let extensionModes: [EdgeMode] = [.mirror, .nearest, .constant(0.5), .wrap]
    static let allModes: [EdgeMode] = [.interpolate] + extensionModes

    /// `Σ c_k (t/s)^k` sampled at t = 0 … n−1 and its analytic derivatives (per second, fs given).
    static func polynomial(_ c: [Double], count: Int, sampleRate: Double, derivative: Int) -> [Double] {
        let s = Double(count)
        return (0..<count).map { i in
            let u = Double(i) / s
            var value = 0.0
            for (k, ck) in c.enumerated() where k >= derivative {
                var falling = 1.0
                for m in 0..<derivative { falling *= Double(k - m) }
                // d/dt with t = i / fs seconds and u = i / s: du/dt = fs / s.
                value += ck * falling * SavitzkyGolay.integerPower(u, k - derivative)
                    * SavitzkyGolay.integerPower(sampleRate / s, derivative)
            }
            return value
        }
    }

    // MARK: properties

    @Test("interp reproduces polynomials up to the order everywhere, ends included, and their derivatives",
          arguments: [(5, 2, 0), (7, 3, 1), (11, 2, 2), (15, 4, 0), (15, 4, 2), (21, 3, 1), (9, 0, 0)])
    func interpReproducesPolynomials(window: Int, polyorder: Int, derivative: Int) throws {
        let seed: UInt64 = 0x5A61_0000 + UInt64(window * 100 + polyorder * 10 + derivative)
        var random = SeededGenerator(seed: seed)
        let c = (0...polyorder).map { _ in random.nextUniform(in: -2..<2) }
        let fs = 30.0, n = 57
        let x = Self.polynomial(c, count: n, sampleRate: fs, derivative: 0)
        let filter = try SavitzkyGolayFilter(window: window, polyorder: polyorder, derivative: derivative, sampleRate: fs)
        let expected = Self.polynomial(c, count: n, sampleRate: fs, derivative: derivative)
        expectClose(filter.apply(x), expected, relative: 1e-10, absolute: 1e-9, "seed \(seed) W \(window) p \(polyorder) d \(derivative)")
    }

    @Test("every extension mode reproduces polynomials in the interior", arguments: extensionModes)
    func extensionModesReproduceInterior(mode: EdgeMode) throws {
        let seed: UInt64 = 0xC0FFEE
        var random = SeededGenerator(seed: seed)
        let c = (0...3).map { _ in random.nextUniform(in: -2..<2) }
        let fs = 60.0, n = 80, window = 13
        let x = Self.polynomial(c, count: n, sampleRate: fs, derivative: 0)
        for derivative in 0...2 {
            let filter = try SavitzkyGolayFilter(window: window, polyorder: 3, derivative: derivative, mode: mode, sampleRate: fs)
            let y = filter.apply(x)
            let expected = Self.polynomial(c, count: n, sampleRate: fs, derivative: derivative)
            expectClose(Array(y[6..<(n - 6)]), Array(expected[6..<(n - 6)]), relative: 1e-10, absolute: 1e-9,
                        "seed \(seed) \(mode.name) d \(derivative)")
        }
    }

    @Test("a constant stays constant (and its derivative zero) in mirror, nearest, wrap and interp",
          arguments: [EdgeMode.interpolate, .mirror, .nearest, .wrap])
    func constantsPreserved(mode: EdgeMode) throws {
        let x = [Double](repeating: 3.25, count: 40)
        let smooth = try SavitzkyGolayFilter(window: 11, polyorder: 3, mode: mode, sampleRate: 30).apply(x)
        expectClose(smooth, x, relative: 1e-13, absolute: 0, "\(mode.name) smooth")
        let slope = try SavitzkyGolayFilter(window: 11, polyorder: 3, derivative: 1, mode: mode, sampleRate: 30).apply(x)
        expectClose(slope, [Double](repeating: 0, count: 40), relative: 0, absolute: 1e-11, "\(mode.name) slope")
    }

    @Test("window 1 (polyorder 0) is the identity in every mode", arguments: allModes)
    func windowOneIsIdentity(mode: EdgeMode) throws {
        var random = SeededGenerator(seed: 11)
        let x = (0..<17).map { _ in random.nextGaussian() }
        let y = try SavitzkyGolayFilter(window: 1, polyorder: 0, mode: mode, sampleRate: 30).apply(x)
        expectClose(y, x, relative: 1e-15, absolute: 0, "\(mode.name)")
    }

    @Test("the blocked kernel agrees with the naive sum on a long random signal", arguments: allModes)
    func blockedKernelMatchesNaive(mode: EdgeMode) throws {
        let seed: UInt64 = 42
        var random = SeededGenerator(seed: seed)
        let n = 3000
        let x = (0..<n).map { _ in random.nextGaussian() }
        let filter = try SavitzkyGolayFilter(window: 21, polyorder: 4, derivative: 1, mode: mode, sampleRate: 100)
        let y = filter.apply(x)
        let w = filter.coefficients
        let naive = (10..<(n - 10)).map { i in (0..<21).reduce(0.0) { $0 + w[$1] * x[i - 10 + $1] } }
        expectClose(Array(y[10..<(n - 10)]), naive, relative: 1e-13, absolute: 0, "seed \(seed) \(mode.name)")
    }

    // MARK: golden

    @Test("matches scipy savgol_filter on x_a: interp, mirror and nearest, derivatives 1 and 2")
    func matchesGolden() throws {
        let x = Golden.input("x_a")
        var worst = 0.0
        for testCase in Golden.object("savgol")["cases"] as? [[String: Any]] ?? [] {
            let window = FIRGolden.int(testCase["window_length"]), polyorder = FIRGolden.int(testCase["polyorder"])
            let derivative = FIRGolden.int(testCase["deriv"]), fs = 1 / Golden.double(testCase["delta"])
            for (key, mode) in [("y", EdgeMode.interpolate), ("y_mode_mirror", .mirror), ("y_mode_nearest", .nearest)] {
                guard let values = testCase[key] else { continue }
                let expected = Golden.doubles(values)
                let y = try SavitzkyGolayFilter(window: window, polyorder: polyorder, derivative: derivative, mode: mode, sampleRate: fs).apply(x)
                worst = max(worst, worstRelativeError(y, expected))
                expectClose(y, expected, relative: 1e-10, absolute: 1e-12, "W \(window) p \(polyorder) d \(derivative) \(mode.name)")
            }
        }
        print("savgol golden.json worst relative error \(worst)")
    }

    @Test("matches scipy savgol_filter in every mode, short and even-length inputs, W = len, cval, delta ≠ 1 (fir.json)")
    func matchesFIRGolden() throws {
        var worst = 0.0, worstCall = ""
        for testCase in FIRGolden.cases("savgol") {
            let x = FIRGolden.input(of: testCase)
            let window = FIRGolden.int(testCase["window_length"]), polyorder = FIRGolden.int(testCase["polyorder"])
            let derivative = FIRGolden.int(testCase["deriv"]), fs = 1 / Golden.double(testCase["delta"])
            let mode: EdgeMode = switch testCase["mode"] as? String {
            case "interp": .interpolate
            case "mirror": .mirror
            case "nearest": .nearest
            case "wrap": .wrap
            default: .constant(Golden.double(testCase["cval"]))
            }
            let expected = Golden.doubles(testCase["y"])
            let y = try SavitzkyGolayFilter(window: window, polyorder: polyorder, derivative: derivative, mode: mode, sampleRate: fs).apply(x)
            let error = worstRelativeError(y, expected)
            if error > worst { (worst, worstCall) = (error, testCase["call"] as? String ?? "") }
            expectClose(y, expected, relative: 1e-10, absolute: 1e-12, testCase["call"] as? String ?? "")
        }
        print("savgol fir.json worst relative error \(worst) in \(worstCall)")
    }

    // MARK: configuration

    @Test("minimum length is the window for interp and 1 otherwise")
    func minimumLength() throws {
        #expect(try SavitzkyGolayFilter(window: 11, polyorder: 3, sampleRate: 30).minimumLength == 11)
        for mode in Self.extensionModes {
            #expect(try SavitzkyGolayFilter(window: 11, polyorder: 3, mode: mode, sampleRate: 30).minimumLength == 1)
        }
    }

    @Test("parameters and algorithm ID describe the configuration")
    func describes() throws {
        let filter = try SavitzkyGolayFilter(window: 11, polyorder: 3, derivative: 1, mode: .constant(2), sampleRate: 60)
        #expect(filter.algorithmID == "savitzky-golay/1")
        #expect(filter.parameters == ["window": "11", "polyorder": "3", "derivative": "1", "mode": "constant",
                                      "cval": "2.0", "sampleRateHz": "60.0"])
    }

    @Test("invalid configurations throw with the parameter named")
    func rejectsInvalid() {
        #expect(throws: FilterConfigurationError.self) { try SavitzkyGolayFilter(window: 10, polyorder: 3, sampleRate: 30) }
        for (fs, parameter) in [(0.0, "sampleRate"), (-30, "sampleRate"), (.infinity, "sampleRate")] {
            do {
                _ = try SavitzkyGolayFilter(window: 11, polyorder: 3, sampleRate: fs)
                Issue.record("sample rate \(fs) accepted")
            } catch { #expect(error.parameter == parameter) }
        }
        do {
            _ = try SavitzkyGolayFilter(window: 11, polyorder: 3, mode: .constant(.nan), sampleRate: 30)
            Issue.record("NaN cval accepted")
        } catch { #expect(error.parameter == "mode") }
        do {
            _ = try SavitzkyGolayFilter(window: 7, polyorder: 2, derivative: 3, sampleRate: 30)
            Issue.record("derivative above polyorder accepted")
        } catch { #expect(error.message == "derivative 3 must be between 0 and the polyorder 2 (a degree-2 fit has no derivative of order 3)") }
    }
}
