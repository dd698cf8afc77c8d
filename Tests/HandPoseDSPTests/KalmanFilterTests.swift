import HandPoseTestSupport
import Foundation
import HandPoseCore
import HandPoseNumerics
import Testing
@testable import HandPoseDSP

/// `Fixtures/golden/kalman.json`, made by `Fixtures/golden/make_kalman.py` (filterpy 2.0.0).
enum KalmanFixture {
    nonisolated(unsafe) static let document: [String: Any] = {
        let url = Golden.url.deletingLastPathComponent().appendingPathComponent("kalman.json")
        do {
            return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    static func object(_ key: String) -> [String: Any] {
        guard let object = document[key] as? [String: Any] else { fatalError("kalman.json has no \(key)") }
        return object
    }
}

/// A noisy smooth test signal: a slow sinusoid plus a ramp, with Gaussian noise of standard deviation `noise`.
func noisySmoothSignal(count: Int, sampleRate: Double, noise: Double, seed: UInt64) -> (truth: [Double], noisy: [Double]) {
    var generator = SeededGenerator(seed: seed)
    let truth = (0..<count).map { k -> Double in
        let t = Double(k) / sampleRate
        return 20 * sin(2 * Double.pi * 0.7 * t) + 15 * t
    }
    return (truth, truth.map { $0 + noise * generator.nextGaussian() })
}

func rootMeanSquareError(_ a: [Double], _ b: [Double], skipping edge: Int = 0) -> Double {
    let range = edge..<(a.count - edge)
    return (range.reduce(0) { $0 + ($1 < a.count ? (a[$1] - b[$1]) * (a[$1] - b[$1]) : 0) } / Double(range.count)).squareRoot()
}

@Suite("KalmanFilter")
struct KalmanFilterTests {
    // MARK: Properties

    @Test("covariance stays symmetric positive definite over a long run", arguments: MotionModel.allCases)
    func covarianceStaysPositiveDefinite(model: MotionModel) throws {
        let seed: UInt64 = 11
        let (_, z) = noisySmoothSignal(count: 20_000, sampleRate: 120, noise: 0.5, seed: seed)
        let filter = try KalmanFilter(model: model, timeStep: 1.0 / 120, processNoise: 1e3, measurementNoise: 0.25)
        for track in [filter.filter(z), filter.smooth(z)] {
            for k in stride(from: 0, to: track.count, by: 97) + [track.count - 1] {
                let p = track.covariance(at: k)
                #expect(p.maximumAbsoluteDifference(to: p.transposed) <= 1e-9 * p.elements.map(abs).max()!, "seed \(seed), k \(k)")
                let eigen = try LinearAlgebra.symmetricEigen(p)
                #expect(eigen.eigenvalues.allSatisfy { $0 > 0 }, "seed \(seed), k \(k): \(eigen.eigenvalues)")
                _ = try LinearAlgebra.cholesky(p)
            }
        }
    }

    @Test("RTS smoothing reduces the error of the forward filter on a noisy smooth signal", arguments: MotionModel.allCases)
    func smoothingReducesError(model: MotionModel) throws {
        for seed: UInt64 in [1, 2, 3] {
            let (truth, z) = noisySmoothSignal(count: 600, sampleRate: 60, noise: 1.0, seed: seed)
            let filter = try KalmanFilter(model: model, timeStep: 1.0 / 60, processNoise: model == .constantVelocity ? 1e5 : 1e7, measurementNoise: 1)
            let forward = rootMeanSquareError(filter.filter(z).positions, truth, skipping: 10)
            let smoothed = rootMeanSquareError(filter.smooth(z).positions, truth, skipping: 10)
            let raw = rootMeanSquareError(z, truth, skipping: 10)
            #expect(smoothed < forward, "seed \(seed): smoothed \(smoothed), forward \(forward)")
            #expect(forward < raw, "seed \(seed): forward \(forward), raw \(raw)")
        }
    }

    @Test("the constant-acceleration model tracks a parabola without lag")
    func accelerationModelTracksParabola() throws {
        let fs = 100.0
        let truth = (0..<500).map { k -> Double in
            let t = Double(k) / fs
            return 3 + 40 * t + 250 * t * t
        }
        let ca = try KalmanFilter(model: .constantAcceleration, timeStep: 1 / fs, processNoise: 10, measurementNoise: 1e-2)
        let cv = try KalmanFilter(model: .constantVelocity, timeStep: 1 / fs, processNoise: 1e-2, measurementNoise: 1e-2)
        let caTrack = ca.filter(truth)
        // After the start-up transient the error and the acceleration estimate settle exactly.
        for k in 200..<truth.count {
            #expect(abs(caTrack.positions[k] - truth[k]) < 1e-6, "k \(k)")
            #expect(abs(caTrack.state(at: k)[2] - 500) < 1e-3, "k \(k)")
        }
        // The constant-velocity model lags behind the same parabola.
        #expect(abs(cv.filter(truth).positions[499] - truth[499]) > 1e-2)
    }

    @Test("rejects non-positive and non-finite parameters")
    func rejectsBadParameters() {
        #expect(throws: FilterConfigurationError.self) { try KalmanFilter(model: .constantVelocity, timeStep: 0, processNoise: 1, measurementNoise: 1) }
        #expect(throws: FilterConfigurationError.self) { try KalmanFilter(model: .constantVelocity, timeStep: 0.1, processNoise: -1, measurementNoise: 1) }
        #expect(throws: FilterConfigurationError.self) { try KalmanFilter(model: .constantVelocity, timeStep: 0.1, processNoise: 1, measurementNoise: .nan) }
        do {
            _ = try KalmanFilter(model: .constantAcceleration, timeStep: 0.1, processNoise: 1, measurementNoise: 0)
        } catch {
            #expect(error.parameter == "measurementNoise")
            #expect(error.message == "measurementNoise 0.0 must be positive and finite")
        }
    }

    // MARK: Golden (filterpy 2.0.0)

    @Test("constant velocity matches filterpy KalmanFilter + rts_smoother (golden kalman_cv)")
    func goldenConstantVelocity() throws {
        let golden = Golden.object("kalman_cv")
        let z = Golden.input("z_d")
        let filter = try KalmanFilter(
            model: .constantVelocity, timeStep: Golden.double(golden["dt"]), processNoise: Golden.double(golden["q"]),
            measurementNoise: Golden.double(golden["R"]))
        #expect(filter.transition.maximumAbsoluteDifference(to: Matrix(Golden.rows(golden["F"]))) == 0)
        #expect(filter.processCovariance.maximumAbsoluteDifference(to: Matrix(Golden.rows(golden["Q"]))) < 1e-20)
        let track = filter.filter(z, initialState: Golden.doubles(golden["x0"]), initialCovariance: Matrix(Golden.rows(golden["P0"])))
        expectClose(track.states, Golden.rows(golden["x_filtered"]).flatMap { $0 }, "x_filtered")
        let diagonal = (0..<track.count).flatMap { k in [track.covariance(at: k)[0, 0], track.covariance(at: k)[1, 1]] }
        expectClose(diagonal, Golden.rows(golden["P_filtered_diag"]).flatMap { $0 }, "P_filtered_diag")
        expectClose(track.covariance(at: track.count - 1).elements, Golden.rows(golden["P_filtered_last"]).flatMap { $0 }, "P_filtered_last")
        let smoothed = filter.smooth(filtered: track)
        expectClose(smoothed.states, Golden.rows(golden["x_rts_smoothed"]).flatMap { $0 }, "x_rts_smoothed")
    }

    @Test("constant acceleration matches filterpy (kalman.json kalman_ca)")
    func goldenConstantAcceleration() throws {
        let golden = KalmanFixture.object("kalman_ca")
        let z = Golden.input("z_d")
        let filter = try KalmanFilter(
            model: .constantAcceleration, timeStep: Golden.double(golden["dt"]), processNoise: Golden.double(golden["q"]),
            measurementNoise: Golden.double(golden["R"]))
        expectClose(filter.processCovariance.elements, Golden.rows(golden["Q"]).flatMap { $0 }, "Q")
        let track = filter.filter(z, initialState: Golden.doubles(golden["x0"]), initialCovariance: Matrix(Golden.rows(golden["P0"])))
        expectClose(track.states, Golden.rows(golden["x_filtered"]).flatMap { $0 }, "x_filtered")
        expectClose(track.covariance(at: track.count - 1).elements, Golden.rows(golden["P_filtered_last"]).flatMap { $0 }, "P_filtered_last")
        let smoothed = filter.smooth(filtered: track)
        expectClose(smoothed.states, Golden.rows(golden["x_rts_smoothed"]).flatMap { $0 }, "x_rts_smoothed")
        expectClose(smoothed.covariance(at: 0).elements, Golden.rows(golden["P_rts_smoothed_first"]).flatMap { $0 }, "P_rts_smoothed_first")
    }
}
