import HandPoseCore

/// The bootstrap (sampling-importance-resampling) particle filter recursion for the
/// constant-velocity state `[p, v]` of `D` coordinates of one position (D = 1…3) with one weight
/// per particle (Gordon, Salmond & Smith, *IEE Proc F* 140(2):107–113, 1993,
/// doi:10.1049/ip-f-2.1993.0015). Kernel: no throwing; all storage opened once per run.
///
///     init:   [p_d, v_d]ᵢ = x_{d,0} + L_d nᵢ  (L_d = chol(P_{d,0}), nᵢ two standard normals),  wᵢ = 1/N
///     step k: predict, by the ``ParticleMotionModel``:
///               independent diffusion:  p_{d,i} += dt·v_{d,i} + σp·e,  v_{d,i} += σv·e'
///               white acceleration:     p_{d,i} += dt·v_{d,i} + (½dt²σa)·e,  v_{d,i} += (dt·σa)·e
///             wᵢ ·= exp(ℓᵢ − max ℓ), ℓᵢ = −½ Σ_d (z_{d,k} − p_{d,i})²/R_d;  wᵢ += 1e-300;  w /= Σw
///             estimate Σ wᵢ [p_{d,i}, v_{d,i}];  ESS = 1/Σ wᵢ²
///             if ESS < threshold: systematic resampling with the step's uniform, wᵢ = 1/N
///
/// The white-acceleration step is the discrete white-noise acceleration (DWNA) model (Bar-Shalom,
/// Li & Kirubarajan, *Estimation with Applications to Tracking and Navigation*, 2001, §6.3.3,
/// doi:10.1002/0471221279): one acceleration `a = σa·e` held over the step, process covariance
/// `σa²·[[dt⁴/4, dt³/2], [dt³/2, dt²]]`; its two scales are multiplied out once per run.
///
/// Draws: at the start two normals per particle, coordinate after coordinate; per step, for the
/// independent diffusion `2N` normals per coordinate (per particle `e, e'`), for the white
/// acceleration `N` (per particle `e`), coordinate after coordinate, in one batch
/// (``ParticleRandomSource/fillGaussians(_:)``) before the particle loops, so those loops pipeline
/// without opaque calls; then one uniform. The likelihoods' exponentials run eight at a time
/// (``weigh(_:byExpOf:count:)``). The 1e-300 floor keeps the weights normalisable. The weight sums
/// use numpy's pairwise summation so the golden case is reproduced to round-off. One coordinate is
/// ``ParticleFilter``; several, ``LandmarkParticleFilter``. O(T·N·D) time.
struct ParticleFilterRecursion {
    var timeStep: Double
    var motion: ParticleMotionModel
    /// R per coordinate.
    var measurementNoises: [Double]
    var threshold: Double

    /// Runs over `z[d]` (all of one count) with `count` particles, starting coordinate `d` at
    /// `initialStates[d]` with the Cholesky factor `factors[d]` of its initial covariance. Writes
    /// each coordinate's weighted mean position (and velocity, when asked) per step, the effective
    /// sample size per step, and the steps that resampled.
    func run<Source: ParticleRandomSource>(
        _ z: [UnsafeBufferPointer<Double>], particles count: Int, initialStates: [SIMD2<Double>], factors: [KalmanMatrix2],
        random: inout Source, positions: [UnsafeMutablePointer<Double>], velocities: [UnsafeMutablePointer<Double>]? = nil,
        effectiveSampleSizes: UnsafeMutablePointer<Double>? = nil, resampledSteps: inout [Int]
    ) {
        let dimensions = z.count
        precondition(
            (1...3).contains(dimensions) && initialStates.count == dimensions && factors.count == dimensions
                && positions.count == dimensions && (velocities?.count ?? dimensions) == dimensions
                && measurementNoises.count == dimensions,
            "1-3 coordinates, with one start, factor, noise and output each")
        let steps = z[0].count
        precondition(z.allSatisfy { $0.count == steps }, "coordinates of different lengths")

        // p, v, spare p, spare v per coordinate; w, scratch; the normals; the resampling workspace.
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
        let drawsPerCoordinate = motion.normalsPerStep * count
        let normals = scratch + count, resamplingWorkspace = normals + 2 * dimensions * count
        let weights = UnsafeMutableBufferPointer(start: w, count: count)
        let uniformWeight = 1 / Double(count)
        for d in 0..<dimensions {
            let l = factors[d], x0 = initialStates[d]
            for i in 0..<count {
                let n0 = random.nextGaussian(), n1 = random.nextGaussian()
                p[d][i] = x0.x + (n0 * l.c0.x + n1 * l.c1.x)
                v[d][i] = x0.y + (n0 * l.c0.y + n1 * l.c1.y)
            }
        }
        for i in 0..<count { w[i] = uniformWeight }
        let dt = timeStep
        // Multiplications by −1/(2R) and by 1/Σw instead of two divisions per particle: a division
        // costs several multiplications, and the results differ from the golden reference's
        // divisions by an ulp at most (its tolerance is 1e-9).
        let likelihoodScales = measurementNoises.map { -0.5 / $0 }
        for k in 0..<steps {
            random.fillGaussians(UnsafeMutableBufferPointer(start: normals, count: dimensions * drawsPerCoordinate))
            for i in 0..<count { scratch[i] = 0 }
            for d in 0..<dimensions {
                Self.predict(
                    motion, timeStep: dt, positions: p[d], velocities: v[d], draws: normals + d * drawsPerCoordinate,
                    count: count, measurement: z[d][k], likelihoodScale: likelihoodScales[d], exponents: scratch)
            }
            Self.weigh(w, byExpOf: scratch, count: count)
            let u = random.nextUniform()
            let inverseTotal = 1 / Self.pairwiseSum(UnsafeBufferPointer(weights))
            for i in 0..<count {
                let wi = w[i] * inverseTotal
                w[i] = wi
                scratch[i] = wi * wi
            }
            for d in 0..<dimensions {
                positions[d][k] = Self.weightedSum(p[d], weights: w, count: count)
                if let velocities { velocities[d][k] = Self.weightedSum(v[d], weights: w, count: count) }
            }
            let ess = 1 / Self.pairwiseSum(UnsafeBufferPointer(start: scratch, count: count))
            effectiveSampleSizes?[k] = ess
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
                resampledSteps.append(k)
            }
        }
    }

    /// One coordinate's prediction of `count` particles by `motion` from `draws` (2 or 1 normals per
    /// particle, ``ParticleMotionModel/normalsPerStep``), adding each moved particle's
    /// `(z − p)²·likelihoodScale` to `exponents`. The model is chosen once, outside the particle loop.
    @inline(__always)
    static func predict(
        _ motion: ParticleMotionModel, timeStep dt: Double, positions position: UnsafeMutablePointer<Double>,
        velocities velocity: UnsafeMutablePointer<Double>, draws: UnsafePointer<Double>, count: Int,
        measurement zk: Double, likelihoodScale scale: Double, exponents scratch: UnsafeMutablePointer<Double>
    ) {
        switch motion {
        case let .independentDiffusion(sigmaP, sigmaV):
            for i in 0..<count {
                let moved = (position[i] + velocity[i] * dt) + sigmaP * draws[2 * i]
                velocity[i] += sigmaV * draws[2 * i + 1]
                position[i] = moved
                let difference = zk - moved
                scratch[i] += (difference * difference) * scale
            }
        case let .whiteAcceleration(sigmaA):
            // a = σa·e: the position moves by ½dt²·a, the velocity by dt·a.
            let positionScale = 0.5 * dt * dt * sigmaA, velocityScale = dt * sigmaA
            for i in 0..<count {
                let e = draws[i]
                let moved = (position[i] + velocity[i] * dt) + positionScale * e
                velocity[i] += velocityScale * e
                position[i] = moved
                let difference = zk - moved
                scratch[i] += (difference * difference) * scale
            }
        }
    }

    /// `Σ wᵢ xᵢ` with four partial sums: one running sum is a chain of N dependent additions.
    static func weightedSum(_ x: UnsafeMutablePointer<Double>, weights w: UnsafeMutablePointer<Double>, count: Int) -> Double {
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

    /// `w[i] = w[i]·exp(e[i]) + 1e-300`, eight particles at a time (the exponential is most of a
    /// step's arithmetic, and ``DeterministicMath/exp(_:)-(SIMD8<Double>)`` runs it in vector lanes
    /// where the libm call ran one at a time).
    ///
    /// The exponents are taken relative to their maximum, `exp(eᵢ − max e)`: the normalised weights
    /// are the same, but when every particle is far from the measurement (a tracking glitch, or a
    /// run that started far off) the nearest ones still get the weight instead of every weight
    /// underflowing to the floor, where the cloud would drift without information and lose the signal.
    static func weigh(_ w: UnsafeMutablePointer<Double>, byExpOf e: UnsafePointer<Double>, count: Int) {
        var largest = -Double.infinity
        for i in 0..<count { largest = max(largest, e[i]) }
        let shift = largest.isFinite ? largest : 0
        let floor = SIMD8<Double>(repeating: 1e-300), shifts = SIMD8<Double>(repeating: shift)
        var i = 0
        while i + 8 <= count {
            let weights = UnsafeRawPointer(w + i).loadUnaligned(as: SIMD8<Double>.self)
            let exponents = UnsafeRawPointer(e + i).loadUnaligned(as: SIMD8<Double>.self)
            UnsafeMutableRawPointer(w + i).storeBytes(
                of: weights * DeterministicMath.exp(exponents - shifts) + floor, as: SIMD8<Double>.self)
            i += 8
        }
        while i < count {
            w[i] = w[i] * DeterministicMath.exp(e[i] - shift) + 1e-300
            i += 1
        }
    }

    /// numpy's pairwise summation (`pairwise_sum` in `loops_utils.h`): blocks of at most 128
    /// summed with eight interleaved accumulators, larger arrays split in halves (multiples of 8).
    static func pairwiseSum(_ x: UnsafeBufferPointer<Double>) -> Double {
        let n = x.count
        if n < 8 {
            var sum = -0.0
            for value in x { sum += value }
            return sum
        }
        if n <= 128 {
            var r0 = x[0], r1 = x[1], r2 = x[2], r3 = x[3], r4 = x[4], r5 = x[5], r6 = x[6], r7 = x[7]
            var i = 8
            while i < n - n % 8 {
                r0 += x[i]; r1 += x[i + 1]; r2 += x[i + 2]; r3 += x[i + 3]
                r4 += x[i + 4]; r5 += x[i + 5]; r6 += x[i + 6]; r7 += x[i + 7]
                i += 8
            }
            var sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                sum += x[i]
                i += 1
            }
            return sum
        }
        var half = n / 2
        half -= half % 8
        return pairwiseSum(UnsafeBufferPointer(rebasing: x[0..<half])) + pairwiseSum(UnsafeBufferPointer(rebasing: x[half..<n]))
    }
}
