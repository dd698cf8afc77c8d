import HandPoseTestSupport
import Foundation
import Testing
@testable import HandPoseMetrics

@Suite("LDLJ")
struct LDLJTests {
    static var block: [String: Any] { Golden.object("ldlj") }
    static var cases: [[String: Any]] { block["cases"] as? [[String: Any]] ?? [] }
    static var mjtNames: [String] { cases.compactMap { $0["name"] as? String }.filter { $0.hasPrefix("mjt") } }

    /// The minimum-jerk reach of the golden script: D·s(t/T), T = 1 s, sampled 0…1 s inclusive.
    static func minimumJerk(sampleRate: Double, displacement: [Double]) -> (velocity: [[Double]], acceleration: [[Double]]) {
        let count = Int((sampleRate + 1e-9).rounded(.down)) + 1
        let tau = (0..<count).map { Double($0) / sampleRate }
        let speedProfile = tau.map { 30 * pow($0, 2) - 60 * pow($0, 3) + 30 * pow($0, 4) }
        let accelerationProfile = tau.map { 60 * $0 - 180 * pow($0, 2) + 120 * pow($0, 3) }
        return (displacement.map { d in speedProfile.map { $0 * d } }, displacement.map { d in accelerationProfile.map { $0 * d } })
    }

    static func columns(_ rows: [[Double]]) -> [[Double]] {
        (0..<3).map { axis in rows.map { $0[axis] } }
    }

    @Test("doctest: speed exp(-5 t²) at 100 Hz, LDLJ and DJ to 1e-10")
    func doctest() throws {
        let golden = try #require(Self.cases.first)
        let signal = Golden.doubles(golden["signal"])
        let ldlj = LDLJ.speed(signal, sampleRate: 100)
        let dj = Jerk.dimensionless(speed: signal, sampleRate: 100)
        #expect(abs(ldlj - Golden.double(golden["ldlj"])) <= 1e-10)
        #expect(abs(dj - Golden.double(golden["dimensionless_jerk"])) <= 1e-10 * abs(dj))
        #expect((ldlj * 1e5).rounded() / 1e5 == -5.81636)
        #expect((dj * 1e5).rounded() / 1e5 == -335.74684)
    }

    @Test("3-D minimum-jerk reach: LDLJ-V, LDLJ-A, factors and DJ match the reference", arguments: mjtNames)
    func minimumJerkReach(name: String) throws {
        let golden = try #require(Self.cases.first { $0["name"] as? String == name })
        let fs = Golden.double(golden["fs"])
        let displacement = Golden.doubles(golden["displacement"])
        var (velocity, acceleration) = Self.minimumJerk(sampleRate: fs, displacement: displacement)
        if golden["vel"] != nil {
            // The shipped signals themselves, where the JSON carries them.
            velocity = Self.columns(Golden.rows(golden["vel"]))
            acceleration = Self.columns(Golden.rows(golden["acc"]))
        }
        #expect(velocity[0].count == (golden["n"] as? NSNumber)?.intValue)
        #expect(abs(LDLJ.velocity(velocity, sampleRate: fs) - Golden.double(golden["ldlj_v"])) <= 1e-10)
        #expect(abs(LDLJ.acceleration(acceleration, sampleRate: fs) - Golden.double(golden["ldlj_a_rem_mean"])) <= 1e-10)
        #expect(abs(LDLJ.acceleration(acceleration, sampleRate: fs, removeMean: false) - Golden.double(golden["ldlj_a_no_rem_mean"])) <= 1e-10)
        let speed = (0..<velocity[0].count).map { k in sqrt(velocity.reduce(0) { $0 + $1[k] * $1[k] }) }
        #expect(abs(LDLJ.speed(speed, sampleRate: fs) - Golden.double(golden["ldlj_speed_1d"])) <= 1e-10)
        let dj = Jerk.dimensionless(velocity: velocity, sampleRate: fs)
        #expect(abs(dj - Golden.double(golden["dj_v"])) <= 1e-10 * abs(dj))
        let factors = LDLJ.Factors.velocity(velocity, sampleRate: fs)
        expectClose(
            [factors.durationFactor, factors.amplitudeFactor, factors.jerkIntegral], Golden.doubles(golden["ldlj_v_factors"]),
            relative: 1e-12, absolute: 0, name)
    }

    @Test("converges to the analytic minimum-jerk values at 1000 Hz")
    func analytic() {
        let analytic = Golden.object("ldlj", "analytic_mjt")
        let (velocity, acceleration) = Self.minimumJerk(sampleRate: 1000, displacement: [0.1, 0.05, -0.02])
        #expect(abs(LDLJ.velocity(velocity, sampleRate: 1000) - Golden.double(analytic["ldlj_v_continuous"])) < 0.005)
        #expect(abs(LDLJ.acceleration(acceleration, sampleRate: 1000) - Golden.double(analytic["ldlj_a_continuous_no_mean_removal"])) < 0.005)
    }

    @Test("invariant to amplitude; degenerate inputs are NaN")
    func invariance() {
        let (velocity, _) = Self.minimumJerk(sampleRate: 60, displacement: [0.1, 0.05, -0.02])
        let scaled = velocity.map { $0.map { $0 * 1000 } }
        #expect(abs(LDLJ.velocity(velocity, sampleRate: 60) - LDLJ.velocity(scaled, sampleRate: 60)) < 1e-12)
        #expect(LDLJ.velocity([[1, 2]], sampleRate: 30).isNaN)
        #expect(LDLJ.speed([0, 0, 0, 0], sampleRate: 30).isNaN)
        #expect(LDLJ.speed([1, 2, 3, 4], sampleRate: 30).isNaN)  // zero jerk
        #expect(LDLJ.speed([1, .nan, 3, 4], sampleRate: 30).isNaN)
        #expect(LDLJ.acceleration([[1]], sampleRate: 30).isNaN)
        #expect(!LDLJ.Factors.speed([0, 0, 0], sampleRate: 30).isDefined)
    }
}
