import ArgumentParser
import HandPoseCLI
import Testing

/// Every command names itself. Without `commandName`, ArgumentParser derives the name with
/// `String(describing: Self.self)` for every command of the tree on every start, and each of those
/// dynamic casts scans the binary's protocol conformances: about 3 ms of a 50 ms `analyze`.
@Suite("command names")
struct CommandNameTests {
    @Test("every command in the tree sets commandName")
    func everyCommandIsNamed() {
        var unnamed: [String] = []
        var pending: [any ParsableCommand.Type] = [HandPoseCommand.self]
        while let command = pending.popLast() {
            let configuration = command.configuration
            if configuration.commandName == nil { unnamed.append("\(command)") }
            pending += configuration.subcommands
        }
        #expect(unnamed.isEmpty, "commands without commandName: \(unnamed)")
    }
}
