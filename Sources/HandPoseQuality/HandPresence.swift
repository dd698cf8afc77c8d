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

    /// `excluded` marks frames left out on purpose: they count neither as present nor as missing
    /// (presence is over the other frames) and they bound gaps the way present frames do.
    init(track: HandTrack, nominalInterval: Double, excluded: [Bool]? = nil) {
        let t = track.timestamps
        let isExcluded = { (frame: Int) in excluded?[frame] ?? false }
        let counted = (0..<t.count).filter { !isExcluded($0) }.count
        guard !t.isEmpty, counted > 0 else {
            fraction = 0
            longestGapSeconds = 0
            return
        }
        fraction = Double((0..<t.count).filter { track.presence[$0] && !isExcluded($0) }.count) / Double(counted)
        // Gaps run between frames that bound them: present frames, and excluded ones.
        let bounds = track.presence.indices.filter { track.presence[$0] || isExcluded($0) }
        guard let first = bounds.first, let last = bounds.last else {
            longestGapSeconds = t[t.count - 1] - t[0]
            return
        }
        var longest = max(t[first] - t[0], t[t.count - 1] - t[last])
        for (i, j) in zip(bounds, bounds.dropFirst()) {
            longest = max(longest, t[j] - t[i] - nominalInterval)
        }
        longestGapSeconds = max(0, longest)
    }
}
