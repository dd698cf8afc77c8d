import HandPoseCLI
import HandPoseNumerics

/// The `handpose` executable: everything lives in `HandPoseCLI`.
@main
enum HandPoseMain {
    static func main() async {
        AllocatorTuning.keepLargeBlocksOnHeap()
        BLASThreading.ensureSingleThreaded()
        await HandPoseCommand.main()
    }
}
