import Foundation
import HandPoseCore
import HandPoseNumerics
import Testing
@testable import HandPoseMetrics

@Suite("PrincipalAxis")
struct PrincipalAxisTests {
    @Test("samples along a line: the line's direction, all the variance, largest component positive")
    func line() throws {
        let direction = [-0.36, -0.48, -0.8]
        var generator = SeededGenerator(seed: 11)
        let s = (0..<500).map { _ in generator.nextGaussian() }
        let coordinates = (0..<3).map { axis in s.map { 7 + direction[axis] * $0 } }
        let axis = try #require(PrincipalAxis.fit(coordinates))
        for (a, b) in zip(axis.direction, direction) { #expect(abs(a + b) < 1e-12) }  // sign flipped: largest positive
        #expect(abs(axis.varianceShare - 1) < 1e-12)
        let mean = s.reduce(0, +) / 500
        #expect(abs(axis.variance - s.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 500) < 1e-12)
    }

    @Test("a diagonal covariance: the axis of the largest variance; share λmax/Σλ")
    func diagonal() throws {
        let axis = try #require(PrincipalAxis.fit(covariance: Matrix([[1, 0], [0, 3]])))
        #expect(axis.direction == [0, 1] && axis.variance == 3 && axis.varianceShare == 0.75)
        #expect(PrincipalAxis.fit(covariance: Matrix([[.nan, 0], [0, 1]])) == nil)
    }

    @Test("accumulating stretches one by one equals one pass over all of them")
    func accumulation() throws {
        var generator = SeededGenerator(seed: 2)
        let all = (0..<2).map { _ in (0..<300).map { _ in generator.nextGaussian() } }
        var accumulator = PrincipalAxis.Accumulator(dimensions: 2)
        accumulator.add(all.map { Array($0[0..<100]) })
        accumulator.add(all.map { Array($0[100...]) })
        let pieces = try #require(accumulator.covariance())
        var whole = PrincipalAxis.Accumulator(dimensions: 2)
        whole.add(all)
        #expect(pieces.maximumAbsoluteDifference(to: try #require(whole.covariance())) < 1e-12)
        #expect(accumulator.count == 300)
    }
}
