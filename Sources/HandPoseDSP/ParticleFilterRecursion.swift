import HandPoseCore

/// The bootstrap (sampling-importance-resampling) particle filter recursion for the
/// constant-velocity state `[p, v]` (Gordon, Salmond & Smith, *IEE Proc F* 140(2):107–113, 1993,
/// doi:10.1049/ip-f-2.1993.0015). Kernel: no throwing; all storage opened once per run.
///
///     init:   [pᵢ, vᵢ] = x₀ + L nᵢ  (L = chol(P₀), nᵢ two standard normals),  wᵢ = 1/N
///     step k: pᵢ = pᵢ + dt·vᵢ + σp·e,  vᵢ = vᵢ + σv·e'                       (predict)
///             wᵢ ·= exp(ℓᵢ − max ℓ), ℓᵢ = −½ (zₖ − pᵢ)²/R;  wᵢ += 1e-300;  w /= Σw    (weight)
///             estimate Σ wᵢ [pᵢ, vᵢ];  ESS = 1/Σ wᵢ²
///             if ESS < threshold: systematic resampling with the step's uniform, wᵢ = 1/N
///
/// The 2N standard normals of a step are drawn into a buffer in one batch
/// (``ParticleRandomSource/fillGaussians(_:)``) before the particle loop, so that loop pipelines
/// without opaque calls, and the likelihoods' exponentials run eight at a time (``weigh(_:byExpOf:count:)``). The 1e-300 floor keeps the weights
/// normalisable when every particle is far from zₖ. Sums over particles use numpy's pairwise
/// summation so the golden case is reproduced to round-off.
/// O(T·N) time.
struct ParticleFilterRecursion {
    var timeStep: Double
    var positionDiffusion: Double
    var velocityDiffusion: Double
    var measurementNoise: Double
    var threshold: Double

    /// Runs over `z` with `count` particles; the optional outputs receive one value per sample.
    func run<Source: ParticleRandomSource>(
        _ z: UnsafeBufferPointer<Double>, particles count: Int, initialState x0: SIMD2<Double>, initialFactor l: KalmanMatrix2,
        random: inout Source,
        positions: UnsafeMutablePointer<Double>?, velocities: UnsafeMutablePointer<Double>?,
        effectiveSampleSizes: UnsafeMutablePointer<Double>?, resampledSteps: inout [Int]
    ) {
        let storage = UnsafeMutablePointer<Double>.allocate(capacity: 10 * count)
        let indices = UnsafeMutablePointer<Int>.allocate(capacity: count)
        defer {
            storage.deallocate()
            indices.deallocate()
        }
        var p = storage, v = storage + count
        var spareP = storage + 2 * count, spareV = storage + 3 * count
        let w = storage + 4 * count, scratch = storage + 5 * count, normals = storage + 6 * count
        let resamplingWorkspace = storage + 8 * count
        let weights = UnsafeMutableBufferPointer(start: w, count: count)
        let uniformWeight = 1 / Double(count)
        for i in 0..<count {
            let n0 = random.nextGaussian(), n1 = random.nextGaussian()
            p[i] = x0.x + (n0 * l.c0.x + n1 * l.c1.x)
            v[i] = x0.y + (n0 * l.c0.y + n1 * l.c1.y)
            w[i] = uniformWeight
        }
        let dt = timeStep, sigmaP = positionDiffusion, sigmaV = velocityDiffusion
        // Multiplications by −1/(2R) and by 1/Σw instead of two divisions per particle: a division
        // costs several multiplications, and the results differ from the golden reference's
        // divisions by an ulp at most (its tolerance is 1e-9).
        let likelihoodScale = -0.5 / measurementNoise
        for k in 0..<z.count {
            let zk = z[k]
            // The draws first, in bulk, then a loop the compiler can pipeline.
            random.fillGaussians(UnsafeMutableBufferPointer(start: normals, count: 2 * count))
            for i in 0..<count {
                let ep = normals[2 * i], ev = normals[2 * i + 1]
                let position = (p[i] + v[i] * dt) + sigmaP * ep
                v[i] += sigmaV * ev
                p[i] = position
                let d = zk - position
                scratch[i] = (d * d) * likelihoodScale
            }
            Self.weigh(w, byExpOf: scratch, count: count)
            let u = random.nextUniform()
            let inverseTotal = 1 / Self.pairwiseSum(UnsafeBufferPointer(weights))
            // Four partial sums per estimate: one running sum is a chain of N dependent additions.
            var partialP = SIMD4<Double>(), partialV = SIMD4<Double>()
            var i = 0
            while i + 4 <= count {
                for lane in 0..<4 {
                    let wi = w[i + lane] * inverseTotal
                    w[i + lane] = wi
                    scratch[i + lane] = wi * wi
                    partialP[lane] += p[i + lane] * wi
                    partialV[lane] += v[i + lane] * wi
                }
                i += 4
            }
            while i < count {
                let wi = w[i] * inverseTotal
                w[i] = wi
                scratch[i] = wi * wi
                partialP[0] += p[i] * wi
                partialV[0] += v[i] * wi
                i += 1
            }
            let estimateP = partialP.sum(), estimateV = partialV.sum()
            let ess = 1 / Self.pairwiseSum(UnsafeBufferPointer(start: scratch, count: count))
            positions?[k] = estimateP
            velocities?[k] = estimateV
            effectiveSampleSizes?[k] = ess
            if ess < threshold {
                SystematicResampling.mark(
                    weights: UnsafeBufferPointer(weights), offset: u, into: indices, workspace: resamplingWorkspace)
                var source = 0  // the running maximum of the marks: particle i's new index
                for i in 0..<count {
                    source = max(source, indices[i])
                    spareP[i] = p[source]
                    spareV[i] = v[source]
                    w[i] = uniformWeight
                }
                swap(&p, &spareP)
                swap(&v, &spareV)
                resampledSteps.append(k)
            }
        }
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
