import ArgumentParser
import HandPoseCore

/// The `handpose` command: hand-landmark recordings in, clinical answers out.
public struct HandPoseCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "handpose",
        abstract: "Signal processing and clinical analysis of hand-landmark recordings.",
        version: HandPoseVersion.current,
        subcommands: [
            AnalyzeCommand.self, InspectCommand.self, FilterCommand.self, SmoothnessCommand.self, SimulateCommand.self, BenchCommand.self,
        ])

    public init() {}
}
