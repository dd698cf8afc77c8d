import HandPoseCore

/// The bootstrap particle filter recursion of ``ParticleFilterRecursion`` for `D` coordinates of one
/// position at once (D = 1…3): every particle carries `[p_d, v_d]` for each coordinate, moves under
/// the same constant-velocity model in each, and has **one** weight, from the joint likelihood of
/// the `D` measurements:
///
///     wᵢ ·= exp(−½ Σ_d (z_{d,k} − p_{d,i})² / R_d);  wᵢ += 1e-300;  w /= Σw
///
/// so one normalisation, one effective sample size and one resampling per particle and step serve
/// all coordinates. Draws per step: `2N` normals per coordinate, coordinate after coordinate (per
/// particle `e, e'` as in ``ParticleFilterRecursion``), then one uniform; at the start two normals
/// per particle and coordinate. With `D = 1` this is ``ParticleFilterRecursion`` operation for
/// operation, so the results are bit-identical. O(T·N·D) time.
struct LandmarkParticleRecursion {
    var timeStep: Double
    var positionDiffusion: Double
    var velocityDiffusion: Double
    /// R per coordinate.
    var measurementNoises: [Double]
    var threshold: Double

    /// Runs over `z[d]` (all of one count) with `count` particles, starting each coordinate at
    /// `[z_{d,0}, 0]` with the Cholesky factor `factors[d]` of its initial covariance; writes the
    /// weighted mean position of each coordinate and step to `outputs[d]`.
    func run<Source: ParticleRandomSource>(
        _ z: [UnsafeBufferPointer<Double>], particles count: Int, factors: [KalmanMatrix2], random: inout Source,
        into outputs: [UnsafeMutableBufferPointer<Double>]
    ) {
        let dimensions = z.count
        precondition((1...3).contains(dimensions) && factors.count == dimensions && outputs.count == dimensions
            && measurementNoises.count == dimensions, "1-3 coordinates, one factor, noise and output each")
        let steps = z[0].count
        precondition(z.allSatisfy { $0.count == steps } && outputs.allSatisfy { $0.count == steps }, "coordinates of different lengths")
        guard steps > 0 else { return }

        // p, v, spare p, spare v per coordinate; w, scratch; normals; the resampling workspace.
        let storage = UnsafeMutablePointer<Double>.allocate(capacity: (6 * dimensions + 4) * count)
        let marks = UnsafeMutablePointer<Int>.allocate(capacity: count)
        defer {
            storage.deallocate()
            marks.deallocate()
        }
        var p = (0..<dimensions).map { storage + 4 * $0 * count }
        var v = (0..<dimensions).map { storage + (4 * $0 + 1) * count }
        var spareP = (0..<dimensions).map { storage + (4 * $0 + 2) * count }
        var spareV = (0..<dimensions).map { storage + (4 * $0 + 3) * count }
        let w = storage + 4 * dimensions * count, scratch = w + count
        let normals = scratch + count, resamplingWorkspace = normals + 2 * dimensions * count
        let weights = UnsafeMutableBufferPointer(start: w, count: count)
        let uniformWeight = 1 / Double(count)
        for d in 0..<dimensions {
            let l = factors[d], x0 = z[d][0]
            for i in 0..<count {
                let n0 = random.nextGaussian(), n1 = random.nextGaussian()
                p[d][i] = x0 + (n0 * l.c0.x + n1 * l.c1.x)
                v[d][i] = 0 + (n0 * l.c0.y + n1 * l.c1.y)
            }
        }
        for i in 0..<count { w[i] = uniformWeight }
        let dt = timeStep, sigmaP = positionDiffusion, sigmaV = velocityDiffusion
        let likelihoodScales = measurementNoises.map { -0.5 / $0 }
        for k in 0..<steps {
            random.fillGaussians(UnsafeMutableBufferPointer(start: normals, count: 2 * dimensions * count))
            for i in 0..<count { scratch[i] = 0 }
            for d in 0..<dimensions {
                let zk = z[d][k], scale = likelihoodScales[d], position = p[d], velocity = v[d]
                let draws = normals + 2 * d * count
                for i in 0..<count {
                    let moved = (position[i] + velocity[i] * dt) + sigmaP * draws[2 * i]
                    velocity[i] += sigmaV * draws[2 * i + 1]
                    position[i] = moved
                    let difference = zk - moved
                    scratch[i] += (difference * difference) * scale
                }
            }
            ParticleFilterRecursion.weigh(w, byExpOf: scratch, count: count)
            let u = random.nextUniform()
            let inverseTotal = 1 / ParticleFilterRecursion.pairwiseSum(UnsafeBufferPointer(weights))
            for i in 0..<count {
                let wi = w[i] * inverseTotal
                w[i] = wi
                scratch[i] = wi * wi
            }
            for d in 0..<dimensions {
                outputs[d][k] = Self.weightedMean(p[d], weights: w, count: count)
            }
            let ess = 1 / ParticleFilterRecursion.pairwiseSum(UnsafeBufferPointer(start: scratch, count: count))
            if ess < threshold {
                SystematicResampling.mark(
                    weights: UnsafeBufferPointer(weights), offset: u, into: marks, workspace: resamplingWorkspace)
                var source = 0  // the running maximum of the marks: particle i's new index
                for i in 0..<count {
                    source = max(source, marks[i])
                    for d in 0..<dimensions {
                        spareP[d][i] = p[d][source]
                        spareV[d][i] = v[d][source]
                    }
                    w[i] = uniformWeight
                }
                swap(&p, &spareP)
                swap(&v, &spareV)
            }
        }
    }

    /// `Σ wᵢ xᵢ` with four partial sums, in ``ParticleFilterRecursion``'s order.
    static func weightedMean(_ x: UnsafeMutablePointer<Double>, weights w: UnsafeMutablePointer<Double>, count: Int) -> Double {
        var partial = SIMD4<Double>()
        var i = 0
        while i + 4 <= count {
            for lane in 0..<4 { partial[lane] += x[i + lane] * w[i + lane] }
            i += 4
        }
        while i < count {
            partial[0] += x[i] * w[i]
            i += 1
        }
        return partial.sum()
    }
}
