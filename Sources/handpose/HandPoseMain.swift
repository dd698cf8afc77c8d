import HandPoseCLI

/// The `handpose` executable: everything lives in `HandPoseCLI`.
@main
enum HandPoseMain {
    static func main() async {
        await HandPoseCommand.main()
    }
}
