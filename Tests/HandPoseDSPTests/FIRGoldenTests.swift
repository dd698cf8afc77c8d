import HandPoseTestSupport
import Foundation
import Testing

/// The extra reference vectors in `Fixtures/golden/fir.json`, made by `Fixtures/golden/make_fir.py`
/// (scipy `savgol_filter` in every mode, `ndimage.uniform_filter1d`, partial-window and `'valid'`
/// moving averages, forward and forward-backward exponential smoothing).
enum FIRGolden {
    static let url = Golden.url.deletingLastPathComponent().appendingPathComponent("fir.json")

    nonisolated(unsafe) static let document: [String: Any] = {
        do {
            let data = try Data(contentsOf: url)
            return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    /// The `cases` array of a block (`savgol`, `moving_average`, `exponential_smoothing`).
    static func cases(_ block: String) -> [[String: Any]] {
        guard let object = document[block] as? [String: Any], let cases = object["cases"] as? [[String: Any]] else {
            fatalError("fir.json has no \(block).cases")
        }
        return cases
    }

    /// The input a case names (`x64`, `x5`), or its inline `x`.
    static func input(of testCase: [String: Any]) -> [Double] {
        if let inline = testCase["x"] { return Golden.doubles(inline) }
        let name = testCase["input"] as? String ?? ""
        guard let inputs = document["inputs"] as? [String: Any], let series = inputs[name] else {
            fatalError("fir.json has no input \(name)")
        }
        return Golden.doubles(series)
    }

    static func int(_ value: Any?) -> Int { Int(Golden.double(value)) }
}

@Suite("FIR golden fixture")
struct FIRGoldenTests {
    @Test("fir.json loads with its inputs and library versions")
    func loads() {
        let meta = FIRGolden.document["meta"] as? [String: Any]
        #expect(meta?["scipy"] as? String == "1.17.1")
        #expect(FIRGolden.cases("savgol").count >= 30)
        #expect(FIRGolden.input(of: ["input": "x64"]).count == 64)
    }
}

/// `max |actual − expected| / max |expected|` (the figure reported for golden comparisons).
func worstRelativeError(_ actual: [Double], _ expected: [Double]) -> Double {
    guard actual.count == expected.count, !expected.isEmpty else { return .infinity }
    let scale = max(expected.reduce(0) { max($0, abs($1)) }, .leastNormalMagnitude)
    return zip(actual, expected).reduce(0) { max($0, abs($1.0 - $1.1)) } / scale
}
