import HandPoseTestSupport
import Foundation
import Testing

@testable import HandPoseDSP

/// The PyWavelets reference data in `Fixtures/golden/wavelet.json` (made by
/// `Fixtures/golden/make_wavelet.py`; see that script for the exact calls and versions).
enum WaveletGolden {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden/wavelet.json")

    /// The file's layout. Decoded with `JSONDecoder`, which parses numbers exactly (on Linux,
    /// `JSONSerialization` can be a few ulps off, which would break the bit-exact filter checks).
    struct Document: Decodable {
        struct Meta: Decodable {
            var pywavelets: String
            var numpy: String
            var seed: Int
        }
        struct Input: Decodable { var x: [Double] }
        struct Filters: Decodable {
            var dec_lo: [Double]
            var dec_hi: [Double]
            var rec_lo: [Double]
            var rec_hi: [Double]
        }
        var meta: Meta
        var input: Input
        var filters: [String: Filters]
        var cases: [Case]
        var max_level: [[Int]]
    }

    static let document: Document = {
        do {
            return try JSONDecoder().decode(Document.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    /// The shared input signal; each case uses its first `n` samples.
    static var input: [Double] { document.input.x }

    /// PyWavelets' four filters of `name`.
    static func filters(_ name: String) -> Document.Filters {
        guard let filters = document.filters[name] else { fatalError("wavelet.json has no filters for \(name)") }
        return filters
    }

    /// One `pywt.wavedec` / VisuShrink case.
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var wavelet: String
        var mode: String
        var n: Int
        var level: Int
        var lengths: [Int]
        var coeffs: [Double]
        var sigma: Double
        var lambda: Double
        var denoised_soft: [Double]
        var denoised_hard: [Double]?

        var signal: [Double] { Array(WaveletGolden.input.prefix(n)) }
        var testDescription: String { "\(wavelet) \(mode) n=\(n) level=\(level)" }

        /// The coefficients split into PyWavelets' bands [cA_L, cD_L, …, cD_1].
        var bands: [[Double]] {
            var bands = [[Double]](), offset = 0
            for length in lengths {
                bands.append(Array(coeffs[offset..<(offset + length)]))
                offset += length
            }
            return bands
        }
    }

    static var cases: [Case] { document.cases }

    /// `pywt.dwt_max_level(n, filter_len)` rows [n, filter_len, level].
    static var maximumLevels: [[Int]] { document.max_level }
}

@Suite("Wavelet golden data")
struct WaveletGoldenTests {
    @Test("wavelet.json loads: PyWavelets 1.8.0, every wavelet, every mode")
    func loads() {
        #expect(WaveletGolden.document.meta.pywavelets == "1.8.0")
        #expect(WaveletGolden.input.count == 47)
        #expect(Set(WaveletGolden.cases.map(\.wavelet)) == Set(Wavelet.knownNames))
        #expect(Set(WaveletGolden.cases.map(\.mode)) == Set(WaveletMode.allCases.map(\.rawValue)))
        #expect(WaveletGolden.cases.count == 208)
        #expect(!WaveletGolden.maximumLevels.isEmpty)
    }
}
