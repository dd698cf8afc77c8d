import HandPoseAnalysis
import HandPoseDatabase
import HandPoseStore

/// What the database knows about a recording file: the live session holding the same content
/// (by SHA-256) and the ranges its artifact annotations leave out of the next analysis.
struct StoredArtifacts: Sendable {
    var contentHash: String
    var sessionID: String?
    var ranges: [ExcludedRange]
}

/// The SHA-256 of `file`, as a command failure naming the file when it cannot be read.
func contentHash(ofFile file: String) throws -> String {
    do {
        return try ContentHash.ofFile(atPath: file)
    } catch {
        throw CommandFailure(message: "\(file): error: \(error.message)", status: ExitStatus.noInput)
    }
}

/// Looks `file` up in `store` by content; when its session has artifact annotations, says on
/// stderr which ranges the analysis leaves out.
func storedArtifacts(ofFile file: String, in store: ClinicalStore, location: DatabaseURL?) async throws -> StoredArtifacts {
    let hash = try contentHash(ofFile: file)
    do {
        guard let session = try await store.session(contentHash: hash) else {
            return StoredArtifacts(contentHash: hash, sessionID: nil, ranges: [])
        }
        let ranges = try await store.annotations(sessionID: session.id).compactMap(\.excludedRange)
        if !ranges.isEmpty {
            StandardError.write(
                "\(file): stored as session \(session.id); leaving out its artifact annotation\(ranges.count == 1 ? "" : "s") "
                    + ranges.map(\.formatted).joined(separator: ", "))
        }
        return StoredArtifacts(contentHash: hash, sessionID: session.id, ranges: ranges)
    } catch {
        let failure = CommandFailure(store: error, location: location)
        throw CommandFailure(message: "\(file): \(failure.message)", status: failure.status)
    }
}
