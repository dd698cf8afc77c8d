import Testing
@testable import HandPoseCore

@Suite("Landmark")
struct LandmarkTests {
    @Test("MediaPipe names in index order")
    func mediaPipeNames() {
        let names = Landmark.allCases.map(\.mediaPipeName)
        #expect(names == [
            "WRIST", "THUMB_CMC", "THUMB_MCP", "THUMB_IP", "THUMB_TIP",
            "INDEX_FINGER_MCP", "INDEX_FINGER_PIP", "INDEX_FINGER_DIP", "INDEX_FINGER_TIP",
            "MIDDLE_FINGER_MCP", "MIDDLE_FINGER_PIP", "MIDDLE_FINGER_DIP", "MIDDLE_FINGER_TIP",
            "RING_FINGER_MCP", "RING_FINGER_PIP", "RING_FINGER_DIP", "RING_FINGER_TIP",
            "PINKY_MCP", "PINKY_PIP", "PINKY_DIP", "PINKY_TIP",
        ])
    }

    @Test("finger and joint index round-trip", arguments: Finger.allCases)
    func fingerJoints(finger: Finger) {
        for joint in 0..<4 {
            let landmark = Landmark.of(finger, joint: joint)
            #expect(landmark.finger == finger)
            #expect(landmark.jointIndex == joint)
        }
        #expect(Landmark.wrist.finger == nil)
    }

    @Test("channel index round-trip covers 63 channels")
    func channelIndex() {
        #expect(Channel.all.count == 63)
        for (index, channel) in Channel.all.enumerated() {
            #expect(channel.index == index)
            #expect(Channel(index: index) == channel)
        }
        #expect(Channel(.indexTip, .y).index == 25)
        #expect(Channel(.indexTip, .y).description == "index_finger_tip.y")
    }
}
