import HandPoseCore

/// What the caller knows about a recording that the file may not say.
///
/// Every property defaults to "nothing assumed": the reader then takes everything from the file and
/// fails with a precise error when something it needs is missing (for example ``frameRate`` for a
/// file without a time column).
public struct IngestOptions: Sendable {
    /// Frames per second (`--fps`), used only when the file has a frame index or no time column at all.
    /// Must be positive and finite.
    public var frameRate: Double?
    /// Whether the input image was mirrored (`--mirrored`): left and right labels are swapped on reading.
    public var mirrored: Bool
    /// Image size in pixels (`--image-size WxH`); normalized coordinates are converted to pixels with it.
    public var imageSize: ImageSize?
    /// Known wrist → middle-finger MCP length in millimetres (`--hand-length-mm`), used to calibrate
    /// image units to millimetres. Must be positive; an error for data that are already metric.
    public var handLengthMillimetres: Double?
    /// The coordinate space, overriding any declaration in the file and any inference (provenance
    /// ``Provenance/userGiven``).
    public var coordinateSpace: CoordinateSpace?
    /// The hand held by a file that has neither a hand column nor hand-prefixed columns (`--hand`).
    public var assumedHand: HandSide?
    /// Whether a large file (1 MiB of data lines or more) is parsed in two halves on two threads at
    /// once. The recording, its warnings and any error are the same either way; turn it off when
    /// other work already keeps every core busy, as a batch of files read in parallel does.
    public var parallelReading: Bool

    /// Creates options; every argument defaults to "not given", and large files are read on two threads.
    public init(
        frameRate: Double? = nil, mirrored: Bool = false, imageSize: ImageSize? = nil,
        handLengthMillimetres: Double? = nil, coordinateSpace: CoordinateSpace? = nil,
        assumedHand: HandSide? = nil, parallelReading: Bool = true
    ) {
        self.frameRate = frameRate
        self.mirrored = mirrored
        self.imageSize = imageSize
        self.handLengthMillimetres = handLengthMillimetres
        self.coordinateSpace = coordinateSpace
        self.assumedHand = assumedHand
        self.parallelReading = parallelReading
    }

    /// Checks the values that can be wrong on their own, before any file is opened.
    func validate(path: String) throws(IngestError) {
        if let frameRate, !(frameRate > 0 && frameRate.isFinite) {
            throw IngestError(
                .invalidOption, path: path,
                message: "frame rate must be a positive number of frames per second, got \(frameRate)")
        }
        if let handLengthMillimetres, !(handLengthMillimetres > 0 && handLengthMillimetres.isFinite) {
            throw IngestError(
                .invalidOption, path: path,
                message: "hand length must be a positive number of millimetres, got \(handLengthMillimetres)")
        }
    }
}
