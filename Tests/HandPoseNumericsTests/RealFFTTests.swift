import Foundation
import Testing
@testable import HandPoseNumerics

/// Naive O(n²) DFT of a real signal, bins 0…⌊n/2⌋, summed in extended precision order.
private func naiveDFT(_ x: [Double]) -> (real: [Double], imaginary: [Double]) {
    let n = x.count
    var re = [Double](), im = [Double]()
    for k in 0...(n / 2) {
        var sr = 0.0, si = 0.0
        for j in 0..<n {
            // Reduce jk mod n first so the angle stays small and exact.
            let angle = -2 * Double.pi * Double((j * k) % n) / Double(n)
            sr += x[j] * cos(angle)
            si += x[j] * sin(angle)
        }
        re.append(sr)
        im.append(si)
    }
    return (re, im)
}

@Suite("RealFFT")
struct RealFFTTests {
    @Test("forward transform matches a naive DFT", arguments: [1, 2, 3, 8, 15, 17, 64, 97, 240, 480, 1000])
    func matchesNaiveDFT(n: Int) {
        let x = randomSignal(count: n, seed: UInt64(n))
        let fft = RealFFT(count: n)
        let fast = fft.forward(x)
        let slow = naiveDFT(x)
        let scale = max(1, x.reduce(0) { $0 + abs($1) })
        for k in 0..<fft.spectrumCount {
            #expect(abs(fast.real[k] - slow.real[k]) / scale < 1e-12, "n=\(n) k=\(k) re")
            #expect(abs(fast.imaginary[k] - slow.imaginary[k]) / scale < 1e-12, "n=\(n) k=\(k) im")
        }
    }

    @Test("inverse undoes forward", arguments: [1, 2, 7, 16, 101, 256])
    func roundTrip(n: Int) {
        let x = randomSignal(count: n, seed: 42 &+ UInt64(n))
        let fft = RealFFT(count: n)
        let spectrum = fft.forward(x)
        let back = fft.inverse(real: spectrum.real, imaginary: spectrum.imaginary)
        for j in 0..<n { #expect(abs(back[j] - x[j]) < 1e-12) }
    }

    @Test("Parseval: Σx² = (1/n)(P₀ + 2ΣPₖ + P_{n/2})", arguments: [2, 9, 64, 255, 1024])
    func parseval(n: Int) {
        let x = randomSignal(count: n, seed: 7 &* UInt64(n))
        let power = RealFFT(count: n).powerSpectrum(of: x)
        let energy = x.reduce(0) { $0 + $1 * $1 }
        var spectral = power[0]
        for k in 1..<power.count {
            let mirrored = (n % 2 == 0 && k == n / 2) ? 1.0 : 2.0
            spectral += mirrored * power[k]
        }
        spectral /= Double(n)
        #expect(abs(spectral - energy) / energy < 1e-12)
    }

    @Test("a sinusoid on a bin puts all its power there")
    func sinusoidBin() {
        let n = 240, fs = 60.0
        let x = (0..<n).map { sin(2 * Double.pi * 5 * Double($0) / fs) }
        let fft = RealFFT(count: n)
        let power = fft.powerSpectrum(of: x)
        let peak = power.indices.max { power[$0] < power[$1] }!
        #expect(fft.frequency(ofBin: peak, sampleRate: fs) == 5)
        #expect(abs(power[peak] - Double(n * n) / 4) < 1e-8)
    }

    @Test("addPowerSpectrum adds exactly the power spectrum", arguments: [1, 8, 15, 18, 120, 8192])
    func addPowerSpectrum(n: Int) {
        let x = randomSignal(count: n, seed: UInt64(n))
        let fft = RealFFT(count: n)
        let power = fft.powerSpectrum(of: x)
        var sum = randomSignal(count: fft.spectrumCount, seed: 99)
        let before = sum
        x.withUnsafeBufferPointer { input in sum.withUnsafeMutableBufferPointer { fft.addPowerSpectrum(of: input, to: $0) } }
        #expect(sum == zip(before, power).map { $0 + $1 })
    }

    @Test("even n: the half-length complex FFT matches FFTW's r2c", arguments: [2, 4, 6, 8, 10, 12, 14, 16, 18, 120, 240, 1800, 2048, 32768])
    func halfLengthMatchesRealToComplex(n: Int) {
        let seed = 5 &* UInt64(n) &+ 1
        let x = randomSignal(count: n, seed: seed)
        let fft = RealFFT(count: n, algorithm: .halfLengthComplex)
        let half = fft.forward(x)
        let reference = RealFFT(count: n, algorithm: .realToComplex).forward(x)
        let largest = zip(reference.real, reference.imaginary).map { ($0 * $0 + $1 * $1).squareRoot() }.max()!
        var error = 0.0
        for k in 0..<fft.spectrumCount {
            error = max(error, abs(half.real[k] - reference.real[k]), abs(half.imaginary[k] - reference.imaginary[k]))
        }
        #expect(error / largest < 1e-13, "n=\(n) seed=\(seed): error \(error) for a largest bin of \(largest)")
        #expect(half.imaginary[0] == 0 && half.imaginary[n / 2] == 0)

        let power = fft.powerSpectrum(of: x)
        let referencePower = zip(reference.real, reference.imaginary).map { $0 * $0 + $1 * $1 }
        let powerError = zip(power, referencePower).map { abs($0 - $1) }.max()!
        #expect(powerError / (largest * largest) < 1e-13, "n=\(n) seed=\(seed): power error \(powerError)")
    }

    @Test("even n: the half-length inverse matches FFTW's c2r, DC and Nyquist imaginary parts ignored",
          arguments: [2, 4, 6, 8, 10, 12, 14, 16, 18, 120, 240, 1800, 2048, 32768])
    func halfLengthInverseMatchesComplexToReal(n: Int) {
        let seed = 17 &* UInt64(n) &+ 3
        let fft = RealFFT(count: n, algorithm: .halfLengthComplex)
        let real = randomSignal(count: fft.spectrumCount, seed: seed)
        let imaginary = randomSignal(count: fft.spectrumCount, seed: seed &+ 1)
        let half = fft.inverse(real: real, imaginary: imaginary)
        let reference = RealFFT(count: n, algorithm: .realToComplex).inverse(real: real, imaginary: imaginary)
        let largest = reference.map(abs).max()!
        let error = zip(half, reference).map { abs($0 - $1) }.max()!
        #expect(error / largest < 1e-13, "n=\(n) seed=\(seed): error \(error) for a largest sample of \(largest)")

        var cleared = imaginary
        cleared[0] = 0
        cleared[n / 2] = 0
        #expect(fft.inverse(real: real, imaginary: cleared) == half, "n=\(n) seed=\(seed)")
    }

    @Test("even n up to 4096 use the half-length FFT, odd and longer n FFTW's r2c",
          arguments: [(1, false), (2, true), (121, false), (240, true), (4096, true), (4097, false), (4098, false), (32768, false)])
    func preferredAlgorithm(n: Int, halfLength: Bool) {
        #expect(RealFFT(count: n).algorithm == (halfLength ? .halfLengthComplex : .realToComplex))
    }

    @Test("odd n keep FFTW's r2c and c2r", arguments: [1, 3, 5, 121, 1799])
    func oddLengths(n: Int) {
        let seed = 23 &* UInt64(n)
        let x = randomSignal(count: n, seed: seed)
        let fft = RealFFT(count: n)
        #expect(fft.algorithm == .realToComplex)
        let fast = fft.forward(x)
        let slow = naiveDFT(x)
        let scale = max(1, x.reduce(0) { $0 + abs($1) })
        let error = (0..<fft.spectrumCount).map { max(abs(fast.real[$0] - slow.real[$0]), abs(fast.imaginary[$0] - slow.imaginary[$0])) }.max()!
        #expect(error / scale < 1e-12, "n=\(n) seed=\(seed)")
        let back = fft.inverse(real: fast.real, imaginary: fast.imaginary)
        #expect(zip(back, x).allSatisfy { abs($0 - $1) < 1e-12 }, "n=\(n) seed=\(seed)")
    }

    @Test("the half-length algorithm's forward plan and twiddles are shared by every instance of a length")
    func sharedHalfLengthPlan() {
        let first = FFTWPlanCache.shared.plan(.forward, count: 4096, algorithm: .halfLengthComplex)
        let second = FFTWPlanCache.shared.plan(.forward, count: 4096, algorithm: .halfLengthComplex)
        let inverse = FFTWPlanCache.shared.plan(.inverse, count: 4096, algorithm: .halfLengthComplex)
        #expect(first.pointer == second.pointer)
        #expect(first.twiddles == inverse.twiddles)
        #expect(FFTWPlanCache.shared.plan(.forward, count: 4095, algorithm: .realToComplex).twiddles == nil)
    }

    @Test("many tasks share cached plans and execute concurrently")
    func concurrentUse() async {
        let lengths = [64, 100, 128, 240, 97]
        let failures = await withTaskGroup(of: Int.self) { group in
            for task in 0..<32 {
                group.addTask {
                    let n = lengths[task % lengths.count]
                    let fft = RealFFT(count: n)
                    var bad = 0
                    for round in 0..<50 {
                        let x = randomSignal(count: n, seed: UInt64(task * 1000 + round))
                        let s = fft.forward(x)
                        let y = fft.inverse(real: s.real, imaginary: s.imaginary)
                        if zip(x, y).contains(where: { abs($0 - $1) > 1e-12 }) { bad += 1 }
                    }
                    return bad
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0)
        #expect(FFTWPlanCache.shared.cachedLengthCount(.forward) >= lengths.count)
    }
}
