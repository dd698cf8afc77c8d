import HandPoseCore

/// Encodes the rows of one recording in one layout into a ``WriterByteBuffer``.
struct WriterLayoutEncoder {
    let recording: Recording
    let layout: SourceLayout
    /// Decimal places of the coordinates (rounded half away from zero); `nil` = exact round trip.
    var coordinateDecimals: Int? = nil

    func encode(into buffer: inout WriterByteBuffer, includeMetadata: Bool) throws {
        if includeMetadata {
            for (key, value) in WriterPreamble.entries(of: recording) {
                buffer.append("# \(key): \(value)")
                try buffer.endRow()
            }
        }
        switch layout {
        case .long: try encodeLong(into: &buffer)
        case .wideIndexed: try encodeIndexed(into: &buffer, firstIndex: 0)
        case .wideIndexedOneBased: try encodeIndexed(into: &buffer, firstIndex: 1)
        case .wideNamed: try encodeNamed(into: &buffer)
        }
    }

    private func frameNumber(_ frame: Int) -> Int { recording.frameNumbers?[frame] ?? frame }

    /// `t_s,frame` then, when `hand` is given, `,hand`.
    private func rowStart(_ frame: Int, hand: HandSide?, into buffer: inout WriterByteBuffer) {
        buffer.append(number: recording.timestamps[frame])
        buffer.comma()
        buffer.append(integer: frameNumber(frame))
        if let hand {
            buffer.comma()
            buffer.append(hand.rawValue)
        }
    }

    private func appendLandmark(_ track: HandTrack, _ landmark: Landmark, frame: Int, into buffer: inout WriterByteBuffer) {
        let base = landmark.rawValue * 3
        for axis in 0..<3 {
            buffer.comma()
            buffer.append(number: track.channels[base + axis][frame], decimals: coordinateDecimals)
        }
    }

    private func encodeLong(into buffer: inout WriterByteBuffer) throws {
        buffer.append("t_s,frame,hand,landmark,x,y,z")
        try buffer.endRow()
        let hands = recording.hands
        for frame in 0..<recording.frameCount {
            for track in hands where track.presence[frame] {
                for landmark in Landmark.allCases {
                    rowStart(frame, hand: track.side, into: &buffer)
                    buffer.comma()
                    buffer.append(integer: landmark.rawValue)
                    appendLandmark(track, landmark, frame: frame, into: &buffer)
                    try buffer.endRow()
                }
            }
        }
    }

    private func encodeIndexed(into buffer: inout WriterByteBuffer, firstIndex: Int) throws {
        buffer.append("t_s,frame,hand")
        for landmark in Landmark.allCases {
            let index = landmark.rawValue + firstIndex
            buffer.append(",x\(index),y\(index),z\(index)")
        }
        try buffer.endRow()
        let hands = recording.hands
        for frame in 0..<recording.frameCount {
            for track in hands where track.presence[frame] {
                rowStart(frame, hand: track.side, into: &buffer)
                for landmark in Landmark.allCases {
                    appendLandmark(track, landmark, frame: frame, into: &buffer)
                }
                try buffer.endRow()
            }
        }
    }

    private func encodeNamed(into buffer: inout WriterByteBuffer) throws {
        let hands = recording.hands
        buffer.append("t_s,frame")
        for track in hands {
            for landmark in Landmark.allCases {
                let name = "\(track.side.rawValue)_\(landmark.snakeCaseName)"
                buffer.append(",\(name)_x,\(name)_y,\(name)_z")
            }
        }
        try buffer.endRow()
        for frame in 0..<recording.frameCount {
            rowStart(frame, hand: nil, into: &buffer)
            for track in hands {
                if track.presence[frame] {
                    for landmark in Landmark.allCases {
                        appendLandmark(track, landmark, frame: frame, into: &buffer)
                    }
                } else {
                    for _ in 0..<Channel.count { buffer.comma() }
                }
            }
            try buffer.endRow()
        }
    }
}
