import HandPoseStore
import Testing

@Suite("Migration sets and checksums")
struct MigrationSetTests {
    static func migration(_ version: Int, _ name: String, dialects: [SQLDialect] = SQLDialect.allCases) -> Migration {
        Migration(
            version: version, name: name,
            scripts: Dictionary(uniqueKeysWithValues: dialects.map { ($0, .init(up: "SELECT \(version)", down: "SELECT 0")) }))
    }

    @Test("a valid set keeps its order and latest version")
    func valid() throws {
        let set = try MigrationSet([Self.migration(1, "a"), Self.migration(2, "b"), Self.migration(5, "c")])
        #expect(set.latestVersion == 5)
        #expect(set.migration(version: 2)?.name == "b")
        #expect(try MigrationSet([]).latestVersion == 0)
    }

    @Test(
        "invalid sets are refused",
        arguments: [
            [migration(2, "a")],
            [migration(1, "a"), migration(1, "b")],
            [migration(1, "a"), migration(3, "b"), migration(2, "c")],
            [migration(1, "a"), migration(2, "a")],
            [migration(1, "")],
            [migration(1, "a", dialects: [.sqlite])],
        ])
    func invalid(_ migrations: [Migration]) {
        let error = #expect(throws: StoreError.self) { try MigrationSet(migrations) }
        #expect(error?.code == .migration)
    }

    @Test("the built-in clinical set is valid and has SQL for every dialect")
    func clinical() {
        let set = ClinicalSchema.migrations
        #expect(set.migrations.first?.version == 1)
        for dialect in SQLDialect.allCases {
            #expect(set.migrations.allSatisfy { $0.checksum(for: dialect)?.count == 16 })
        }
    }

    @Test("checksums are stable, ignore CRLF, and change with the SQL")
    func checksums() {
        let base = Migration(version: 1, name: "a", scripts: [.sqlite: .init(up: "CREATE TABLE t (x);\n", down: "DROP TABLE t;")])
        let crlf = Migration(version: 1, name: "a", scripts: [.sqlite: .init(up: "CREATE TABLE t (x);\r\n", down: "DROP TABLE t;")])
        let edited = Migration(version: 1, name: "a", scripts: [.sqlite: .init(up: "CREATE TABLE t (y);\n", down: "DROP TABLE t;")])
        let downEdited = Migration(version: 1, name: "a", scripts: [.sqlite: .init(up: "CREATE TABLE t (x);\n", down: "DROP TABLE u;")])
        #expect(base.checksum(for: .sqlite) == crlf.checksum(for: .sqlite))
        #expect(base.checksum(for: .sqlite) != edited.checksum(for: .sqlite))
        #expect(base.checksum(for: .sqlite) != downEdited.checksum(for: .sqlite))
        #expect(base.checksum(for: .postgres) == nil)
        // FNV-1a 64 reference: "" then 0 byte then "" → hash of the single byte 0x00.
        let empty = Migration(version: 1, name: "e", scripts: [.sqlite: .init(up: "", down: "")])
        #expect(empty.checksum(for: .sqlite) == "af63bd4c8601b7df")
    }
}
