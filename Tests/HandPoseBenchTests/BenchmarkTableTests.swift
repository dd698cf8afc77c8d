import Foundation
import HandPoseSimulation
import Testing
@testable import HandPoseBench

@Suite("BenchmarkTable")
struct BenchmarkTableTests {
    static func rows() throws -> [BenchmarkResult] {
        var rows = try BenchTestSupport.benchmark("butterworth,savgol").run(BenchmarkCase.simulated(BenchTestSupport.configuration(duration: 5)))
        rows[0].notes = ["a note, with \"quotes\"", "and a second"]
        return rows
    }

    /// Splits RFC 4180 CSV into records of fields.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(character)
            }
        }
        return records
    }

    @Test("CSV: the stable header, one record per row with every column, missing values empty")
    func csv() throws {
        let rows = try Self.rows()
        let records = Self.parseCSV(BenchmarkTable.csv(rows))
        #expect(records.first == BenchmarkResult.columnNames)
        #expect(BenchmarkResult.columnNames.joined(separator: ",") == """
            cell,source,hand,fps,durationS,noiseMm,seed,trueTremorHz,trueTremorMm,method,algorithm,parameters,rank,rmseMm,residualRmsMm,\
            reference,referenceHz,amplitudeRatio,phaseLagMs,tremorHz,tremorHzError,tremorMm,tremorMmError,sparc,sparcError,sparcChange,\
            ldljV,ldljVError,ldljVChange,missingFraction,unfilteredFraction,samples,samplesPerSecond,filterSeconds,notes
            """)
        #expect(records.count == rows.count + 1)
        #expect(records.dropFirst().allSatisfy { $0.count == BenchmarkResult.columnNames.count })
        let notes = BenchmarkResult.columnNames.firstIndex(of: "notes")!
        #expect(records[1][notes] == "a note, with \"quotes\" | and a second")
        let raw = try #require(records.first { $0[BenchmarkResult.columnNames.firstIndex(of: "method")!] == "raw" })
        #expect(raw[BenchmarkResult.columnNames.firstIndex(of: "samplesPerSecond")!] == "")
        #expect(Double(raw[BenchmarkResult.columnNames.firstIndex(of: "rmseMm")!]) != nil)
    }

    @Test("JSON: an array of flat objects with every column, null for missing values")
    func json() throws {
        let rows = try Self.rows()
        let text = BenchmarkTable.json(rows)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == rows.count)
        for object in array {
            #expect(Set(object.keys) == Set(BenchmarkResult.columnNames))
            #expect(object.values.allSatisfy { !($0 is [Any]) && !($0 is [String: Any]) })
        }
        let raw = try #require(array.first { $0["method"] as? String == "raw" })
        #expect(raw["samplesPerSecond"] is NSNull)
        #expect(raw["seed"] as? Int == 3 && raw["hand"] as? String == "right")
        // Keys appear in column order.
        let firstLine = text.split(separator: "\n")[1]
        let positions = BenchmarkResult.columnNames.map { firstLine.range(of: "\"\($0)\":")!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(BenchmarkTable.json([]) == "[]\n")
    }

    @Test("text: a ranked table per cell and hand, notes grouped, a legend")
    func text() throws {
        let rows = try Self.rows()
        let text = BenchmarkTable.text(rows, repetitions: 1)
        #expect(text.hasPrefix("handpose bench: 3 methods on 1 cell; speed is the median of 1 run on one core\n"))
        #expect(text.contains("cell 1, simulated, 60 fps, 5 s, noise 1.5 mm, seed 3, right hand, true tremor 5 Hz 2 mm"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("rank") })
        #expect(lines[header].contains("RMSE mm") && lines[header].contains("M samples/s"))
        for (offset, row) in rows.enumerated() {
            #expect(lines[header + 1 + offset].hasPrefix("   \(row.rank)  \(row.method)"))
        }
        #expect(text.contains("notes:\n  \(rows[0].method): a note, with \"quotes\"\n"))
        #expect(text.contains("With truth: RMSE"))
        #expect(!text.contains("Without truth"))
    }
}
