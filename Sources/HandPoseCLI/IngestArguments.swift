import ArgumentParser
import HandPoseCore
import HandPoseIO

/// A recording to read and how to interpret it.
public struct IngestArguments: ParsableArguments {
    @Argument(help: "The landmark CSV to read (long, wide indexed or wide named layout).")
    public var file: String

    @OptionGroup public var interpretation: IngestInterpretation

    public init() {}

    /// The reader options these arguments describe.
    public var options: IngestOptions { interpretation.options }

    /// Reads the recording, turning a reader error into the CLI's exit code and one line on stderr.
    public func readRecording() throws -> Recording {
        try interpretation.readRecording(file)
    }
}

/// The options every command that reads recordings shares: how to interpret time, hands and units.
public struct IngestInterpretation: ParsableArguments {
    @Option(help: "Frame rate to assume when the file has only a frame index or no time column.")
    public var fps: Double?

    @Flag(help: "The video was mirrored (selfie camera): swap the left and right labels.")
    public var mirrored = false

    @Option(help: "Image size WxH in pixels, to make normalized image coordinates isotropic.")
    public var imageSize: ImageSizeArgument?

    @Option(help: "Wrist to middle-finger MCP length in mm, to calibrate image units to mm.")
    public var handLengthMm: Double?

    @Option(help: "Coordinate space, overriding detection: m, mm, px or normalized.")
    public var units: CoordinateSpaceArgument?

    @Option(help: "The hand (left or right) of a single-hand wide file that has no hand column.")
    public var hand: HandSide?

    public init() {}

    public func validate() throws {
        if let fps, !(fps > 0 && fps.isFinite) {
            throw ValidationError("--fps must be a positive number of frames per second, got \(fps)")
        }
        if let handLengthMm, !(handLengthMm > 0 && handLengthMm.isFinite) {
            throw ValidationError("--hand-length-mm must be a positive length in mm, got \(handLengthMm)")
        }
    }

    /// The reader options these arguments describe.
    public var options: IngestOptions {
        var options = IngestOptions()
        options.frameRate = fps
        options.mirrored = mirrored
        options.imageSize = imageSize?.size
        options.handLengthMillimetres = handLengthMm
        options.coordinateSpace = units?.space
        options.assumedHand = hand
        return options
    }

    /// Reads the recording at `file`, turning a reader error into the CLI's exit code and one line on stderr.
    public func readRecording(_ file: String) throws -> Recording {
        do {
            return try RecordingReader.read(contentsOf: file, options: options)
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension HandSide: ExpressibleByArgument {}

/// `--image-size 1280x720`.
public struct ImageSizeArgument: ExpressibleByArgument, Sendable {
    public let size: ImageSize

    public init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), width > 0, height > 0 else {
            return nil
        }
        size = ImageSize(width: width, height: height)
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}

/// `--units m|mm|px|normalized`.
public struct CoordinateSpaceArgument: ExpressibleByArgument, Sendable {
    public let space: CoordinateSpace

    public init?(argument: String) {
        switch argument.lowercased() {
        case "m", "metres", "meters", "world_m": space = .worldMetres
        case "mm", "millimetres", "millimeters", "world_mm": space = .worldMillimetres
        case "px", "pixels", "image_pixels": space = .imagePixels
        case "normalized", "normalised", "image_normalized": space = .imageNormalized
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["m", "mm", "px", "normalized"] }
}
