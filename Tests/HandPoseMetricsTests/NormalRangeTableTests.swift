import Foundation
import HandPoseCore
import Testing
@testable import HandPoseMetrics

@Suite("NormalRangeTable")
struct NormalRangeTableTests {
    @Test("AAOS rows of ALGORITHMS.md §4 for every joint", arguments: JointAngle.all)
    func everyJoint(joint: JointAngle) throws {
        let row = try #require(NormalRangeTable.aaos.row(for: joint))
        let expected: Double = switch (joint.finger, joint.joint) {
        case (.thumb, .mcp): 50
        case (.thumb, _): 80
        case (_, .mcp): 90
        case (_, .pip): 100
        default: 90
        }
        #expect(row.minDeg == 0)
        #expect(row.maxDeg == expected)
        #expect(row.computableFromHandLandmarks)
    }

    @Test("wrist rows are present and marked not computable from hand landmarks")
    func wrist() {
        let rows = NormalRangeTable.aaos.wristRows
        #expect(rows.map(\.motion) == NormalRangeTable.wristMotions)
        #expect(rows.map(\.maxDeg) == [80, 70, 20, 30])
        #expect(rows.allSatisfy { !$0.computableFromHandLandmarks && $0.note != nil })
    }

    @Test("the source names AAOS 1994 and states the verification caveat")
    func source() throws {
        #expect(NormalRangeTable.aaos.source.contains("Greene"))
        #expect(NormalRangeTable.aaos.source.contains("Norkin"))
        #expect(NormalRangeTable.aaos.caveat.contains("not verified"))
        let data = try JSONEncoder().encode(NormalRangeTable.aaos)
        #expect(try JSONDecoder().decode(NormalRangeTable.self, from: data) == NormalRangeTable.aaos)
    }
}
