import Foundation
import Testing
@testable import HandPoseCore

@Suite("ZigguratNormal")
struct ZigguratNormalTests {
    @Test("the 256 blocks tile the density: x₁ = R, x₂₅₆ = 0, each block's area is V")
    func table() {
        let table = ZigguratNormal.table
        #expect(table.count == 257)
        #expect(table[1].x == ZigguratNormal.tailStart)
        #expect(table[256].x == 0)
        let f = { (x: Double) in Foundation.exp(-0.5 * x * x) }
        for i in 1..<256 {
            // Rectangle i spans [0, xᵢ] × [f(xᵢ), f(xᵢ₊₁)].
            let area = table[i].x * (f(table[i + 1].x) - f(table[i].x))
            #expect(abs(area - ZigguratNormal.blockArea) < 1e-9, "block \(i): area \(area)")
            #expect(table[i + 1].x < table[i].x)
            #expect(abs(table[i].y - table[i + 1].x / table[i].x) < 1e-15)
        }
        // The base block: rectangle [0, R] × [0, f(R)] plus the tail ∫_R^∞ f = √(π/2)·erfc(R/√2).
        let base = ZigguratNormal.tailStart * f(ZigguratNormal.tailStart) + (Double.pi / 2).squareRoot() * erfc(ZigguratNormal.tailStart / 2.squareRoot())
        #expect(abs(base - ZigguratNormal.blockArea) < 1e-9)
    }

    @Test("deviates are standard normal: moments, Kolmogorov-Smirnov distance, tail frequency")
    func distribution() {
        var generator = SeededGenerator(seed: 2024)
        let count = 400_000
        var values = [Double](repeating: 0, count: count)
        values.withUnsafeMutableBufferPointer { ZigguratNormal.fill($0, using: &generator) }
        let mean = values.reduce(0, +) / Double(count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count - 1)
        let skew = values.reduce(0) { $0 + pow($1 - mean, 3) } / Double(count) / pow(variance, 1.5)
        let kurtosis = values.reduce(0) { $0 + pow($1 - mean, 4) } / Double(count) / (variance * variance)
        // Standard errors at n = 4·10⁵: mean 0.0016, variance 0.0022, skewness 0.0039, kurtosis 0.0077.
        #expect(abs(mean) < 0.008)
        #expect(abs(variance - 1) < 0.011)
        #expect(abs(skew) < 0.02)
        #expect(abs(kurtosis - 3) < 0.04)

        values.sort()
        var distance = 0.0
        for (i, x) in values.enumerated() {
            let cdf = 0.5 * erfc(-x / 2.squareRoot())
            distance = max(distance, abs(cdf - Double(i) / Double(count)), abs(cdf - Double(i + 1) / Double(count)))
        }
        // The 0.1 % critical value of D is 1.95/√n = 0.0031.
        #expect(distance < 0.0031, "KS distance \(distance)")

        // Beyond R = 3.6542 (the tail block's own sampler): P = erfc(R/√2) = 2.58e-4, about 103 of 4·10⁵.
        let tail = values.filter { abs($0) > ZigguratNormal.tailStart }.count
        let expected = erfc(ZigguratNormal.tailStart / 2.squareRoot()) * Double(count)
        #expect(abs(Double(tail) - expected) < 5 * expected.squareRoot(), "tail count \(tail), expected \(expected)")
        // Both signs in the tail.
        #expect(values.first! < -ZigguratNormal.tailStart && values.last! > ZigguratNormal.tailStart)
    }

    @Test("deterministic for a seed; fill equals repeated next")
    func deterministic() {
        var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5)
        var filled = [Double](repeating: 0, count: 1000)
        filled.withUnsafeMutableBufferPointer { ZigguratNormal.fill($0, using: &a) }
        let drawn = (0..<1000).map { _ in ZigguratNormal.next(using: &b) }
        #expect(filled == drawn)
        #expect(a.next() == b.next())
    }
}
