import Foundation
import Testing
@testable import HandPoseMetrics

@Suite("SpectralPeak")
struct SpectralPeakTests {
    @Test("the parabolic vertex is exact for a parabola", arguments: [-0.4, 0.0, 0.17, 0.5])
    func parabola(offset: Double) {
        let y = { (x: Double) in 5 - 2 * (x - offset) * (x - offset) }
        let vertex = SpectralPeak.parabolicVertex(y(-1), y(0), y(1))
        #expect(abs(vertex.offset - offset) < 1e-12 && abs(vertex.value - 5) < 1e-12)
        #expect(SpectralPeak.parabolicVertex(1, 1, 1) == (0, 1))
    }

    @Test("log-parabolic refinement is exact for a Gaussian peak; parabolic is close")
    func gaussian() {
        let f = (0..<50).map { Double($0) * 0.125 }
        let centre = 3.04
        let p = f.map { exp(-($0 - centre) * ($0 - centre) / 0.05) }
        p.withUnsafeBufferPointer { power in
            f.withUnsafeBufferPointer { frequencies in
                let k = SpectralPeak.largestBin(in: power, bins: 0..<50)!
                #expect(k == 24)
                let log = SpectralPeak.refine(bin: k, power: power, frequencies: frequencies, interpolation: .logParabolic)
                #expect(abs(log.frequencyHz - centre) < 1e-9)
                let linear = SpectralPeak.refine(bin: k, power: power, frequencies: frequencies, interpolation: .parabolic)
                #expect(abs(linear.frequencyHz - centre) < 0.03 && linear.binFrequencyHz == 3)
                #expect(SpectralPeak.refine(bin: k, power: power, frequencies: frequencies, interpolation: .none).frequencyHz == 3)
            }
        }
    }

    @Test("a bin that is not a local maximum, or on the spectrum's edge, is not refined")
    func notLocalMaximum() {
        let f = [0, 0.5, 1, 1.5, 2.0]
        let p = [1.0, 2, 3, 4, 5]
        p.withUnsafeBufferPointer { power in
            f.withUnsafeBufferPointer { frequencies in
                #expect(SpectralPeak.refine(bin: 2, power: power, frequencies: frequencies, interpolation: .parabolic).offset == 0)
                #expect(SpectralPeak.refine(bin: 4, power: power, frequencies: frequencies, interpolation: .parabolic).frequencyHz == 2)
                #expect(SpectralPeak.largestBin(in: power, bins: 0..<3) == 2)
                #expect(SpectralPeak.largestBin(in: power, bins: 0..<0) == nil)
            }
        }
    }
}
