import HandPoseCore
@testable import HandPoseIO
import Testing

@Suite("CoordinateSpaceInference")
struct CoordinateSpaceInferenceTests {
    @Test("normalized image coordinates")
    func normalized() throws {
        let recording = try readCSV(longCSV(frames: 5, centre: (0.4, 0.7), length: 0.1))
        #expect(recording.spatial.space == .imageNormalized)
        #expect(recording.spatial.provenance == .inferred)
        #expect(recording.spatial.millimetresPerUnit == nil)
        #expect(recording.warnings.contains { $0.code == .inferredCoordinateSpace })
        #expect(recording.spatial.reason.contains("0.1"))
    }

    @Test("image pixels")
    func pixels() throws {
        let recording = try readCSV(longCSV(frames: 5, centre: (640, 500), length: 90))
        #expect(recording.spatial.space == .imagePixels)
    }

    @Test("world metres centred on the hand")
    func metres() throws {
        let recording = try readCSV(longCSV(frames: 5, hands: ["right"], centre: (-0.01, 0.04), length: 0.09))
        #expect(recording.spatial.space == .worldMetres)
        #expect(recording.spatial.millimetresPerUnit == 1000)
    }

    @Test("world millimetres")
    func millimetres() throws {
        let recording = try readCSV(longCSV(frames: 5, centre: (-100, 300), length: 85))
        #expect(recording.spatial.space == .worldMillimetres)
        #expect(recording.spatial.millimetresPerUnit == 1)
    }

    @Test("the user's space wins over the file's, which wins over inference")
    func precedence() throws {
        let csv = "# coordinate_space: world_mm\n" + longCSV(frames: 2)
        let declared = try readCSV(csv)
        #expect(declared.spatial.space == .worldMillimetres)
        #expect(declared.spatial.provenance == .declared)
        let given = try readCSV(csv, options: IngestOptions(coordinateSpace: .imageNormalized))
        #expect(given.spatial.space == .imageNormalized)
        #expect(given.spatial.provenance == .userGiven)
    }

    @Test("an image size converts normalized coordinates to pixels")
    func imageSize() throws {
        let reference = try readCSV(longCSV(frames: 2))
        let recording = try readCSV(longCSV(frames: 2), options: IngestOptions(imageSize: ImageSize(width: 1920, height: 1080)))
        #expect(recording.spatial.space == .imagePixels)
        #expect(recording.spatial.imageSize == ImageSize(width: 1920, height: 1080))
        #expect(recording.spatial.reason.contains("1920x1080"))
        #expect(recording.spatial.isIsotropic)
        let before = try #require(reference.left).position(.indexTip, frame: 1)
        let after = try #require(recording.left).position(.indexTip, frame: 1)
        #expect(after == SIMD3(before.x * 1920, before.y * 1080, before.z * 1920))
    }

    @Test("image size from the preamble")
    func imageSizeFromMetadata() throws {
        let recording = try readCSV("# image_width: 640\n# image_height: 480\n" + longCSV(frames: 2))
        #expect(recording.spatial.imageSize == ImageSize(width: 640, height: 480))
        #expect(recording.spatial.space == .imagePixels)
    }

    @Test("a hand length calibrates normalized units, with an anisotropy warning")
    func calibrationNormalized() throws {
        let recording = try readCSV(longCSV(frames: 6, length: 0.1), options: IngestOptions(handLengthMillimetres: 85))
        let median = CoordinateSpaceInference.evidence(recording.hands).medianHandLength
        #expect(abs(median - 0.1) < 0.02)
        #expect(recording.spatial.millimetresPerUnit == 85 / median)
        let calibration = try #require(recording.spatial.calibration)
        #expect(calibration.hasPrefix("hand length 85 mm = "))
        #expect(calibration.contains("normalized units (median of 12 frames)"))
        #expect(recording.warnings.contains { $0.code == .calibration && $0.message.contains("anisotropic") })
    }

    @Test("a hand length calibrates pixels without an anisotropy warning")
    func calibrationPixels() throws {
        let recording = try readCSV(longCSV(frames: 3, centre: (600, 400), length: 100), options: IngestOptions(handLengthMillimetres: 80))
        let perUnit = try #require(recording.spatial.millimetresPerUnit)
        #expect(abs(perUnit - 0.8) < 0.1)
        #expect(!recording.warnings.contains { $0.code == .calibration })
    }

    @Test("a hand length on metric data is an invalid option")
    func calibrationOnMetricData() throws {
        let error = try #require(readError(longCSV(frames: 3, centre: (-100, 300), length: 85), options: IngestOptions(handLengthMillimetres: 85)))
        #expect(error.code == .invalidOption)
        #expect(error.message.contains("already metric"))
    }
}

@Suite("CoordinateSpaceInference.median")
struct MedianTests {
    @Test("quickselect equals the sorted upper median on seeded random inputs", arguments: [5 as UInt64, 17, 23])
    func matchesSort(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for count in [1, 2, 3, 4, 5, 10, 101, 1000] {
            var values = (0..<count).map { _ in Double(Int.random(in: 0..<50, using: &generator)) / 7 }
            let expected = values.sorted()[count / 2]
            #expect(CoordinateSpaceInference.median(&values) == expected, "seed \(seed), count \(count)")
        }
        var empty: [Double] = []
        #expect(CoordinateSpaceInference.median(&empty).isNaN)
    }

    @Test("a channel's range equals a scan with min and max, bit for bit, zeros of both signs included",
          arguments: [1 as UInt64, 2, 3])
    func channelRange(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<2000 {
            let count = Int.random(in: 0...23, using: &generator)
            let values = (0..<count).map { _ -> Double in
                switch Int.random(in: 0..<6, using: &generator) {
                case 0: .nan
                case 1: 0.0
                case 2: -0.0
                default: Double(Int.random(in: -3...3, using: &generator)) * 0.5
                }
            }
            var minimum = Double.infinity, maximum = -Double.infinity, valid = 0, negatives = 0
            for value in values where !value.isNaN {
                minimum = min(minimum, value)
                maximum = max(maximum, value)
                valid += 1
                if value < 0 { negatives += 1 }
            }
            let range = CoordinateSpaceInference.Range(values)
            #expect(range.minimum.bitPattern == minimum.bitPattern, "seed \(seed): minimum of \(values)")
            #expect(range.maximum.bitPattern == maximum.bitPattern, "seed \(seed): maximum of \(values)")
            #expect(range.count == valid && range.negatives == negatives, "seed \(seed): counts of \(values)")
        }
    }
}
