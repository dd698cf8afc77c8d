import Foundation

/// The pixels of an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium's `--screenshot` writes),
/// decoded with ``Inflate`` and the five PNG row filters. Test support only.
struct PNGImage {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let width: Int
    let height: Int
    /// Bytes per pixel: 3 (RGB) or 4 (RGBA).
    let channels: Int
    /// Row after row, `channels` bytes per pixel, no filter bytes.
    let pixels: [UInt8]

    init(contentsOf url: URL) throws {
        let data = [UInt8](try Data(contentsOf: url))
        guard data.count > 8, data[0..<8].elementsEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) else {
            throw Failure(description: "not a PNG file")
        }
        func uint32(_ offset: Int) -> Int {
            data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        var offset = 8
        var header: (width: Int, height: Int, depth: UInt8, colour: UInt8, interlace: UInt8)?
        var compressed: [UInt8] = []
        while offset + 8 <= data.count {
            let length = uint32(offset)
            let type = String(decoding: data[offset + 4..<offset + 8], as: UTF8.self)
            let body = offset + 8
            guard body + length + 4 <= data.count else { throw Failure(description: "chunk \(type) runs past the end") }
            switch type {
            case "IHDR": header = (uint32(body), uint32(body + 4), data[body + 8], data[body + 9], data[body + 12])
            case "IDAT": compressed += data[body..<body + length]
            default: break
            }
            offset = body + length + 4
            if type == "IEND" { break }
        }
        guard let header else { throw Failure(description: "no IHDR chunk") }
        guard header.depth == 8, header.colour == 2 || header.colour == 6, header.interlace == 0 else {
            throw Failure(description: "bit depth \(header.depth), colour type \(header.colour), interlace \(header.interlace) are not supported")
        }
        let channels = header.colour == 2 ? 3 : 4
        let stride = header.width * channels
        let raw = try Inflate.zlib(compressed, expectedSize: (stride + 1) * header.height)
        guard raw.count == (stride + 1) * header.height else {
            throw Failure(description: "\(raw.count) bytes of image data for \(header.width)×\(header.height)")
        }
        var pixels = [UInt8](repeating: 0, count: stride * header.height)
        for row in 0..<header.height {
            let filter = raw[row * (stride + 1)]
            let source = row * (stride + 1) + 1, target = row * stride
            for index in 0..<stride {
                let x = Int(raw[source + index])
                let a = index >= channels ? Int(pixels[target + index - channels]) : 0
                let b = row > 0 ? Int(pixels[target - stride + index]) : 0
                let c = row > 0 && index >= channels ? Int(pixels[target - stride + index - channels]) : 0
                let predicted: Int
                switch filter {
                case 0: predicted = 0
                case 1: predicted = a
                case 2: predicted = b
                case 3: predicted = (a + b) / 2
                case 4:
                    let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                    predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
                default: throw Failure(description: "row \(row) has the unknown filter \(filter)")
                }
                pixels[target + index] = UInt8((x + predicted) & 0xff)
            }
        }
        width = header.width
        height = header.height
        self.channels = channels
        self.pixels = pixels
    }

    /// The colour of every pixel as 0xRRGGBB.
    var colours: [Int] {
        stride(from: 0, to: pixels.count, by: channels).map { Int(pixels[$0]) << 16 | Int(pixels[$0 + 1]) << 8 | Int(pixels[$0 + 2]) }
    }
}
