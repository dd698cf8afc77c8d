import ArgumentParser
import HandPoseCore

/// The `handpose` command: hand-landmark recordings in, clinical answers out.
@available(macOS 14, *)
public struct HandPoseCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "handpose",
        abstract: "Signal processing and clinical analysis of hand-landmark recordings.",
        version: HandPoseVersion.current,
        subcommands: [
            AnalyzeCommand.self, ReportCommand.self, CompareCommand.self, InspectCommand.self, FilterCommand.self, SmoothnessCommand.self,
            SimulateCommand.self, BenchCommand.self, DbCommand.self, SessionsCommand.self, ProtocolsCommand.self,
            UsersCommand.self, ReviewCommand.self, AnnotateCommand.self,
        ])

    public init() {}
}
