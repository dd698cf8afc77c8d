import Foundation
import Testing
@testable import HandPoseNumerics

/// Naive O(n²) DCT-II in FFTW's convention, `C[k] = 2 Σ x[j] cos(π k (2j + 1) / 2n)`, with the
/// angle's numerator reduced modulo 4n first so it stays small and exact.
private func naiveDCT(_ x: [Double]) -> [Double] {
    let n = x.count
    return (0..<n).map { k in
        var sum = 0.0
        for j in 0..<n { sum += x[j] * cos(Double.pi * Double((k * (2 * j + 1)) % (4 * n)) / Double(2 * n)) }
        return 2 * sum
    }
}

@Suite("RealCosineTransform")
struct RealCosineTransformTests {
    @Test("forward transform matches a naive DCT-II", arguments: [1, 2, 3, 8, 15, 17, 64, 97, 240, 1000])
    func matchesNaiveDCT(n: Int) {
        let x = randomSignal(count: n, seed: 3 &* UInt64(n))
        let fast = RealCosineTransform(count: n).forward(x)
        let slow = naiveDCT(x)
        let scale = max(1, x.reduce(0) { $0 + abs($1) })
        for k in 0..<n { #expect(abs(fast[k] - slow[k]) / scale < 1e-12, "n=\(n) k=\(k)") }
    }

    @Test("inverse undoes forward, in place too", arguments: [1, 2, 7, 16, 101, 256, 36_000])
    func roundTrip(n: Int) {
        let x = randomSignal(count: n, seed: 11 &+ UInt64(n))
        let transform = RealCosineTransform(count: n)
        #expect(zip(transform.inverse(transform.forward(x)), x).allSatisfy { abs($0 - $1) < 1e-12 })
        var y = x
        y.withUnsafeMutableBufferPointer { buffer in
            transform.forward(UnsafeBufferPointer(buffer), into: buffer)
            transform.inverse(UnsafeBufferPointer(buffer), into: buffer)
        }
        #expect(zip(y, x).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test("the DCT-II is the DFT of the even extension: X̃[k] = e^{iπk/2n} · C[k]", arguments: [1, 5, 16, 99])
    func evenExtension(n: Int) {
        let x = randomSignal(count: n, seed: 29 &+ UInt64(n))
        let cosine = RealCosineTransform(count: n).forward(x)
        let fourier = RealFFT(count: 2 * n).forward(x + x.reversed())
        for k in 0..<n {
            let angle = Double.pi * Double(k) / Double(2 * n)
            #expect(abs(fourier.real[k] - cos(angle) * cosine[k]) < 1e-12 * Double(n), "n=\(n) k=\(k) re")
            #expect(abs(fourier.imaginary[k] - sin(angle) * cosine[k]) < 1e-12 * Double(n), "n=\(n) k=\(k) im")
        }
        #expect(abs(fourier.real[n]) < 1e-12 * Double(n) && abs(fourier.imaginary[n]) < 1e-12 * Double(n))
    }

    @Test("a weighted inverse equals the inverse of the weighted coefficients")
    func weightedInverse() {
        let n = 50
        let coefficients = randomSignal(count: n, seed: 5), weights = randomSignal(count: n, seed: 6)
        let transform = RealCosineTransform(count: n)
        var weighted = [Double](repeating: 0, count: n)
        coefficients.withUnsafeBufferPointer { c in
            weights.withUnsafeBufferPointer { w in
                weighted.withUnsafeMutableBufferPointer { transform.inverse(c, weightedBy: w, into: $0) }
            }
        }
        #expect(weighted == transform.inverse(zip(coefficients, weights).map(*)))
    }

    @Test("bin k lies at k · fs / 2n")
    func binFrequency() {
        #expect(RealCosineTransform(count: 300).frequency(ofBin: 30, sampleRate: 60) == 3)
    }
}
