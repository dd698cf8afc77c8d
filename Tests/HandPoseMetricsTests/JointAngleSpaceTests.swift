import HandPoseCore
import Testing
@testable import HandPoseMetrics

@Suite("JointAngleSpace")
struct JointAngleSpaceTests {
    @Test("metric spaces and pixels keep unit scale", arguments: [CoordinateSpace.worldMetres, .worldMillimetres, .imagePixels])
    func unitScale(space: CoordinateSpace) throws {
        let result = try JointAngleSpace(SpatialReference(space: space, provenance: .declared, reason: "test"))
        #expect(result.scale == SIMD3(1, 1, 1))
    }

    @Test("normalized coordinates with an image size scale by (W, H, W)")
    func normalizedWithSize() throws {
        let spatial = SpatialReference(
            space: .imageNormalized, provenance: .declared, reason: "test", imageSize: ImageSize(width: 1280, height: 720))
        #expect(try JointAngleSpace(spatial).scale == SIMD3(1280, 720, 1280))
    }

    @Test("normalized coordinates without an image size are refused with the fix")
    func normalizedWithoutSize() {
        let spatial = SpatialReference(space: .imageNormalized, provenance: .inferred, reason: "test")
        #expect(throws: NotComputable.self) { try JointAngleSpace(spatial) }
        do {
            _ = try JointAngleSpace(spatial)
        } catch {
            #expect(error.metric == "rangeOfMotion")
            #expect(error.reason.contains("normalized x and y are scaled by different image dimensions"))
            #expect(error.reason.contains("--image-size"))
        }
    }
}
