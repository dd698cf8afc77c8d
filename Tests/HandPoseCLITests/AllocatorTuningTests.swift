#if canImport(CMalloc)
import CMalloc
import Testing
import HandPoseCLI

/// The allocator tuning the executable applies at start, observed through glibc's own accounting.
@Suite("AllocatorTuning")
struct AllocatorTuningTests {
    @Test("after tuning, a 20 MiB block comes from the heap, not a fresh mapping, and its memory is reused")
    func largeBlocksStayOnTheHeap() throws {
        #expect(AllocatorTuning.keepLargeBlocksOnHeap())
        let size = 20 << 20
        let mappedBefore = mallinfo2().hblks
        let first = try #require(malloc(size))
        #expect(mallinfo2().hblks == mappedBefore, "a 20 MiB block was mapped on its own")
        free(first)
        // Freed below the trim threshold, the memory stays with the allocator for the next block.
        let heapAfterFree = mallinfo2().arena
        let second = try #require(malloc(size))
        defer { free(second) }
        #expect(mallinfo2().hblks == mappedBefore)
        #expect(mallinfo2().arena == heapAfterFree, "the heap grew instead of reusing the freed block")
    }
}
#endif
