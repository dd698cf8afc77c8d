import HandPoseCore

/// Presence fraction and longest gap of one hand track.
///
/// - presence = present frames / frames;
/// - a gap between consecutive present frames `i < j` lasts `(tⱼ − tᵢ) − T`, with `T` the nominal
///   interval (so a single dropped frame at 60 fps is a 16.7 ms gap and two adjacent frames none);
///   leading absence lasts `t_first − t₀`, trailing absence `t_last_frame − t_last_present`;
///   a hand never detected has one gap of the whole duration.
struct HandPresence: Sendable {
    var fraction: Double
    var longestGapSeconds: Double

    init(track: HandTrack, nominalInterval: Double) {
        let t = track.timestamps
        guard !t.isEmpty else {
            fraction = 0
            longestGapSeconds = 0
            return
        }
        fraction = Double(track.presentFrameCount) / Double(t.count)
        let present = track.presence.indices.filter { track.presence[$0] }
        guard let first = present.first, let last = present.last else {
            longestGapSeconds = t[t.count - 1] - t[0]
            return
        }
        var longest = max(t[first] - t[0], t[t.count - 1] - t[last])
        for (i, j) in zip(present, present.dropFirst()) {
            longest = max(longest, t[j] - t[i] - nominalInterval)
        }
        longestGapSeconds = max(0, longest)
    }
}
