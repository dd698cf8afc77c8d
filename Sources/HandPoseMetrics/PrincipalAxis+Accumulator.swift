import HandPoseNumerics

extension PrincipalAxis {
    /// Sums of the samples and of their pairwise products, so that the covariance of several
    /// stretches of a signal can be gathered one stretch at a time:
    /// `C_ij = Σ xᵢxⱼ / n − x̄ᵢ x̄ⱼ`. Up to three coordinates; O(n·d²) per stretch, no allocation.
    struct Accumulator {
        let dimensions: Int
        private(set) var count = 0
        private var sums = SIMD3<Double>()
        private var products = [Double](repeating: 0, count: 9)

        init(dimensions: Int) {
            precondition((1...3).contains(dimensions), "a principal axis needs 1 to 3 coordinates, got \(dimensions)")
            self.dimensions = dimensions
        }

        /// Adds the samples `coordinates[axis][t]`.
        mutating func add(_ coordinates: [[Double]]) {
            precondition(coordinates.count == dimensions, "\(coordinates.count) coordinates for an accumulator of \(dimensions)")
            let n = coordinates[0].count
            for axis in coordinates { precondition(axis.count == n, "coordinates of \(axis.count) and \(n) samples") }
            for i in 0..<dimensions {
                coordinates[i].withUnsafeBufferPointer { a in
                    var sum = 0.0
                    for t in 0..<n { sum += a[t] }
                    sums[i] += sum
                    for j in i..<dimensions {
                        coordinates[j].withUnsafeBufferPointer { b in
                            var product = 0.0
                            for t in 0..<n { product += a[t] * b[t] }
                            products[i * 3 + j] += product
                        }
                    }
                }
            }
            count += n
        }

        /// The covariance matrix gathered so far (`d × d`, divided by n); `nil` with no sample.
        func covariance() -> Matrix? {
            guard count > 0 else { return nil }
            let n = Double(count)
            var elements = [Double](repeating: 0, count: dimensions * dimensions)
            for i in 0..<dimensions {
                for j in i..<dimensions {
                    let value = products[i * 3 + j] / n - (sums[i] / n) * (sums[j] / n)
                    elements[i * dimensions + j] = value
                    elements[j * dimensions + i] = value
                }
            }
            return Matrix(rows: dimensions, columns: dimensions, elements: elements)
        }

        /// The principal axis of the samples gathered so far.
        func axis() -> PrincipalAxis? { covariance().flatMap { PrincipalAxis.fit(covariance: $0) } }
    }
}
