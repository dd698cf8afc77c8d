import HandPoseTestSupport
import Foundation
import Testing
@testable import HandPoseMetrics

@Suite("Jerk")
struct JerkTests {
    @Test("normalized jerk of the minimum-jerk reach tends to √360")
    func normalizedMinimumJerk() {
        let analytic = Golden.double(Golden.object("ldlj", "analytic_mjt")["normalized_jerk_teulings_sqrt_half_T5_over_L2"])
        let (velocity, _) = LDLJTests.minimumJerk(sampleRate: 1000, displacement: [0.1, 0.05, -0.02])
        let value = Jerk.normalized(velocity: velocity, sampleRate: 1000)
        #expect(abs(value - analytic) / analytic < 0.01, "\(value) vs \(analytic)")
    }

    @Test("normalized jerk is invariant to amplitude and grows with a second submovement")
    func normalizedProperties() {
        let (velocity, _) = LDLJTests.minimumJerk(sampleRate: 100, displacement: [0.1, 0.05, -0.02])
        let base = Jerk.normalized(velocity: velocity, sampleRate: 100)
        #expect(abs(base - Jerk.normalized(velocity: velocity.map { $0.map { $0 * 50 } }, sampleRate: 100)) < 1e-9 * base)
        let twice = velocity.map { $0 + $0 }
        #expect(Jerk.normalized(velocity: twice, sampleRate: 100) > base)
        #expect(Jerk.normalized(velocity: [[0, 0, 0, 0]], sampleRate: 100).isNaN)
    }

    @Test("dimensionless jerk of the minimum-jerk reach tends to -204.8 (velocity) and -21.6 (acceleration)")
    func dimensionlessAnalytic() {
        let (velocity, acceleration) = LDLJTests.minimumJerk(sampleRate: 1000, displacement: [0.1, 0.05, -0.02])
        #expect(abs(Jerk.dimensionless(velocity: velocity, sampleRate: 1000) + 204.8) < 1)
        #expect(abs(Jerk.dimensionless(acceleration: acceleration, sampleRate: 1000) + 21.6) < 0.2)
        #expect(Jerk.dimensionless(speed: [], sampleRate: 30).isNaN)
    }
}
