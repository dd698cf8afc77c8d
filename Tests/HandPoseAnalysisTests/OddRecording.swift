import HandPoseCore

/// A seeded long-layout CSV of the kind that breaks analysis code: too short or empty, very low or
/// very high frame rates, one hand or the same hand twice, repeated and backward timestamps, gaps,
/// constant or vanishing motion, oscillations above Nyquist, millimetre or normalised coordinates at
/// extreme scales, and now and then a missing, infinite or out-of-range value.
///
/// Most files are well formed, so that most reach the analysis; `summary` names every choice, so a
/// failing case can be rebuilt from its seed.
struct OddRecording {
    let text: String
    let summary: String

    init(seed: UInt64) {
        var random = SeededGenerator(seed: seed, stream: 7)
        let frames = [0, 1, 2, 3, 10, 40, 90, 150, 300, 900, 1800].randomElement(using: &random)!
        let fps = [5.0, 10, 15, 24, 30, 60, 120, 240].randomElement(using: &random)!
        let hands = [["Left"], ["Right"], ["Left", "Right"], ["Left", "Left"], ["Right", "Left"]].randomElement(using: &random)!
        let scale = [1e-6, 1e-3, 1, 100, 1e6].randomElement(using: &random)!
        let normalised = Bool.random(using: &random)
        let frequency = Double.random(in: 0...40, using: &random)
        let amplitude = [0, 0.01, 1, 10, 1000].randomElement(using: &random)!
        let timing = ["uniform", "jitter", "repeats", "backwards", "doubled"].randomElement(using: &random)!
        var gap = 0..<0
        if frames > 4 && Bool.random(using: &random) {
            let start = Int.random(in: 0..<frames, using: &random)
            gap = start..<min(frames, start + Int.random(in: 1...frames / 2, using: &random))
        }
        let corrupt = Int.random(in: 0..<10, using: &random) == 0
        summary = "seed \(seed): \(frames) frames at \(fps) fps, hands \(hands), scale \(scale), normalised \(normalised), "
            + "\(frequency) Hz × \(amplitude), timing \(timing), gap \(gap), corrupt \(corrupt)"

        var lines = ["frame,timestamp,hand,landmark,x,y,z,confidence"]
        var time = 0.0
        for frame in 0..<frames {
            switch timing {
            case "jitter": time += (1 + Double.random(in: -0.2...0.2, using: &random)) / fps
            case "repeats": time += Int.random(in: 0..<4, using: &random) == 0 ? 0 : 1 / fps
            case "backwards": time += Int.random(in: 0..<20, using: &random) == 0 ? -0.5 / fps : 1 / fps
            case "doubled": time += (Bool.random(using: &random) ? 2 : 1) / fps
            default: time += 1 / fps
            }
            if gap.contains(frame) { continue }
            let swing = amplitude * DeterministicMath.sin(2 * Double.pi * frequency * time)
            for hand in hands {
                for landmark in 0..<21 {
                    var x = (Double(landmark % 5) * 20 + swing) * scale
                    var y = (Double(landmark / 5) * 20 + 0.5 * swing) * scale
                    var z = Double.random(in: -1...1, using: &random) * 0.01 * scale
                    if normalised { x = 0.3 + x / (200 * scale); y = 0.3 + y / (200 * scale); z /= 1000 * scale }
                    var fields = [String(frame), String(time), hand, String(landmark), String(x), String(y), String(z), "0.9"]
                    if corrupt && Int.random(in: 0..<300, using: &random) == 0 {
                        fields[Int.random(in: 1...7, using: &random)] = ["", "nan", "inf", "-inf", "1e308", "5e-324", "21", "-1"]
                            .randomElement(using: &random)!
                    }
                    lines.append(fields.joined(separator: ","))
                }
            }
        }
        text = lines.joined(separator: "\n") + "\n"
    }
}
