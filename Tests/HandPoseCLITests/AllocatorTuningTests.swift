#if canImport(CMalloc)
import CMalloc
import Testing
import HandPoseCLI

/// The allocator tuning the executable applies at start, observed on the blocks themselves.
///
/// Each block is checked through its own chunk header (glibc's `IS_MMAPPED` bit, 0x2 in the size
/// word before the block) rather than through `mallinfo2()`'s process-wide counts, which other
/// tests running at the same time move when they free blocks mapped before the tuning.
@Suite("AllocatorTuning")
struct AllocatorTuningTests {
    /// Whether glibc served `block` with a mapping of its own.
    func isSeparatelyMapped(_ block: UnsafeMutableRawPointer) -> Bool {
        let sizeWord = (block - MemoryLayout<Int>.size).load(as: Int.self)
        return sizeWord & 0x2 != 0
    }

    @Test("after tuning, blocks of 20 and 30 MiB come from the heap; one above the limit is still mapped")
    func largeBlocksStayOnTheHeap() throws {
        #expect(AllocatorTuning.keepLargeBlocksOnHeap())
        for size in [20 << 20, 30 << 20] {
            let block = try #require(malloc(size))
            defer { free(block) }
            #expect(!isSeparatelyMapped(block), "a \(size >> 20) MiB block was mapped on its own")
        }
        let huge = try #require(malloc(AllocatorTuning.heapBlockLimit + (1 << 20)))
        defer { free(huge) }
        #expect(isSeparatelyMapped(huge), "the header check does not see glibc's mapped blocks")
    }
}
#endif
