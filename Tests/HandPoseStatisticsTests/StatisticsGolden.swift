import Foundation
import HandPoseTestSupport

/// The scipy reference values in `Fixtures/golden/statistics.json`, made by
/// `Fixtures/golden/make_statistics.py` (see `Fixtures/golden/README.md`).
///
/// Read with `JSONDecoder`, which parses numbers correctly rounded: swift-corelibs-foundation's
/// `JSONSerialization` (used by `Golden`) reads many shortest round-trip decimals a few ulps off,
/// and the ill-conditioned `offset` case turns 1 ulp of an input into 1e-9 of t.
enum StatisticsGolden {
    static let url = Golden.url.deletingLastPathComponent().appendingPathComponent("statistics.json")

    struct Document: Decodable {
        struct Meta: Decodable { let scipy: String; let numpy: String; let seed: Int }
        struct Table<Row: Decodable & Sendable>: Decodable { let call: String; let cases: [Row] }
        struct BetaRow: Decodable, Sendable { let a: Double; let b: Double; let x: Double; let value: Double }
        struct TRow: Decodable, Sendable { let t: Double; let df: Double; let sf: Double }
        struct NormalRow: Decodable, Sendable { let z: Double; let value: Double }
        struct GammaRow: Decodable, Sendable { let x: Double; let value: Double }

        let meta: Meta
        let cases: [Case]
        let betainc: Table<BetaRow>
        let t_sf: Table<TRow>
        let ndtr: Table<NormalRow>
        let gammaln: Table<GammaRow>
    }

    /// One two-sample case: its inputs and scipy's results.
    struct Case: Decodable, Sendable, CustomStringConvertible {
        struct Welch: Decodable, Sendable { let t: Double; let df: Double; let p: Double }
        struct Ranks: Decodable, Sendable { let u: Double; let p: Double; let method: String? }

        let name: String
        let x: [Double]
        let y: [Double]
        let ties: Bool
        /// `nil` when a sample has fewer than 2 values.
        let welch: Welch?
        /// scipy's `method='auto'`, with the method it chose.
        let mann_whitney: Ranks
        let mann_whitney_asymptotic: Ranks
        /// `nil` with ties.
        let mann_whitney_exact: Ranks?
        let effect_sizes: [String: Double]

        var description: String { name }
    }

    static let document: Document = {
        do {
            return try JSONDecoder().decode(Document.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    static var cases: [Case] { document.cases }
}

/// `|actual − expected| ≤ max(absolute, relative·|expected|)`, the error and whether it passed.
func agreement(_ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-12) -> (error: Double, ok: Bool) {
    let error = abs(actual - expected)
    return (error, error <= max(absolute, relative * abs(expected)))
}
