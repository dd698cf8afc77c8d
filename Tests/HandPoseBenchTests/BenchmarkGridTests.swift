import HandPoseSimulation
import Testing
@testable import HandPoseBench

@Suite("BenchmarkGrid")
struct BenchmarkGridTests {
    static let base = SimulationConfiguration(duration: 5, frameRate: 60, seed: 2, noiseMillimetres: 1, hands: [.right])

    @Test("cells are every combination, frame rate varying slowest")
    func combinations() throws {
        let grid = try BenchmarkGrid(base: Self.base, frameRates: [30, 60], tremorFrequencies: [4, 6, 8], tremorAmplitudes: [2], noiseLevels: [1, 3])
        #expect(grid.cellCount == 12)
        let cells = grid.configurations
        #expect(cells.count == 12)
        #expect(cells.map(\.frameRate) == Array(repeating: 30.0, count: 6) + Array(repeating: 60.0, count: 6))
        #expect(cells.prefix(6).map { $0.tremor[.right]?.frequencyHz } == [4, 4, 6, 6, 8, 8])
        #expect(cells.prefix(2).map(\.noiseMillimetres) == [1, 3])
        #expect(cells.allSatisfy { $0.seed == 2 && $0.duration == 5 && $0.hands == [.right] })
    }

    @Test("the rows are cells × methods, one per method per cell, in cell order")
    func rows() throws {
        let grid = try BenchmarkGrid(base: Self.base, frameRates: [30, 60], tremorFrequencies: [5], tremorAmplitudes: [1, 2], noiseLevels: [2])
        var seen: [Int] = []
        let rows = try BenchTestSupport.benchmark("moving-average,exponential").run(grid) { seen.append($0.cell.index) }
        #expect(seen == [1, 2, 3, 4])
        #expect(rows.count == grid.cellCount * 3)
        #expect(rows.map(\.cell.index) == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4])
        #expect(Set(rows.map(\.cell.frameRateHz)) == [30, 60])
        #expect(rows.filter { $0.cell.index == 2 }.allSatisfy { $0.trueTremorMm == 2 && $0.cell.noiseMm == 2 })
        for cell in 1...4 {
            #expect(rows.filter { $0.cell.index == cell }.map(\.rank).sorted() == [1, 2, 3])
        }
    }

    @Test("invalid lists and cells are refused, naming the cell")
    func invalid() {
        #expect {
            try BenchmarkGrid(base: Self.base, frameRates: [60, 30], tremorFrequencies: [20], tremorAmplitudes: [2], noiseLevels: [1])
        } throws: { error in
            guard let error = error as? BenchmarkError else { return false }
            return error.code == .invalidGrid && error.message.contains("cell 2 (30 fps") && error.message.contains("Nyquist")
        }
        #expect(throws: BenchmarkError.self) {
            try BenchmarkGrid(base: Self.base, frameRates: [], tremorFrequencies: [5], tremorAmplitudes: [2], noiseLevels: [1])
        }
        #expect(throws: BenchmarkError.self) {
            try BenchmarkGrid(base: Self.base, frameRates: [60], tremorFrequencies: [5], tremorAmplitudes: [2], noiseLevels: [1, 1])
        }
        #expect(throws: BenchmarkError.self) {
            try BenchmarkGrid(base: Self.base, frameRates: [60], tremorFrequencies: [5], tremorAmplitudes: [2], noiseLevels: [-1])
        }
    }
}
