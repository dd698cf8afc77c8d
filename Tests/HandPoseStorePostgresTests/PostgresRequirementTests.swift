import Foundation
import Testing

/// In CI the PostgreSQL suite must run, never skip: `.ci/run` starts a server through
/// `scripts/with-postgres.sh`, and a missing URL there is a failure, not a silent pass.
@Suite("PostgreSQL server in CI")
struct PostgresRequirementTests {
    @Test("CI provides HANDPOSE_TEST_POSTGRES_URL", .enabled(if: ProcessInfo.processInfo.environment["CI"] == "true"))
    func required() {
        #expect(testPostgresURL != nil, "CI=true but HANDPOSE_TEST_POSTGRES_URL is unset: the PostgreSQL suite would be skipped")
    }
}
