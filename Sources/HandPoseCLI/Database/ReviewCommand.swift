import ArgumentParser
import HandPoseStore

/// `handpose review …`: the clinicians' worklist of analyses flagged for review.
public struct ReviewCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List analyses waiting for review (poor quality, low confidence) and approve or flag them.",
        subcommands: [List.self, Approve.self, FlagAnalysis.self])

    public init() {}

    /// `review list`.
    public struct List: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "list", abstract: "List the review queue, oldest first.")
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "Include entries already reviewed.") var all = false
        @Option(help: "text or json.") var format: OutputFormat = .text
        public init() {}

        public func run() async throws {
            try await reportingFailures {
                let queue = try await database.withStore { store in try await store.reviewQueue(pendingOnly: !all) }
                if format == .json {
                    print(try StoreJSON.encode(queue))
                    return
                }
                guard !queue.isEmpty else {
                    print(all ? "the review queue is empty" : "no analyses wait for review")
                    return
                }
                var table = TextTable("analysis", "session", "queued", "decision", "reasons")
                for item in queue {
                    table.add(
                        item.clinicalAnalysisID, item.recordingSessionID, String(StoreTimestamp.format(item.createdAt).prefix(16)),
                        item.decision?.rawValue ?? "pending", item.reasons.joined(separator: "; "))
                }
                print(table.render(), terminator: "")
            }
        }
    }

    /// Options shared by `approve` and `flag`.
    struct Decision: ParsableArguments {
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The analysis id (see `handpose review list`).") var analysis: String
        @Option(help: "The reviewing clinician (e-mail or id).") var reviewer: String
        @Option(help: "Review notes.") var notes: String?

        func record(_ decision: ReviewQueueItem.Decision) async throws {
            try await database.withStore { store in
                let reviewerID = try await resolveUser(reviewer, in: store, role: "reviewer").id
                try await store.review(analysisID: analysis, decision: decision, reviewerID: reviewerID, notes: notes)
            }
            print("analysis \(analysis): \(decision.rawValue)")
        }
    }

    /// `review approve`.
    public struct Approve: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve an analysis (its session becomes completed).")
        @OptionGroup var decision: Decision
        public init() {}
        public func run() async throws { try await reportingFailures { try await decision.record(.approved) } }
    }

    /// `review flag`.
    public struct FlagAnalysis: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(commandName: "flag", abstract: "Flag an analysis for clinical follow-up.")
        @OptionGroup var decision: Decision
        public init() {}
        public func run() async throws { try await reportingFailures { try await decision.record(.flagged) } }
    }
}
