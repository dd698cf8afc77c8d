#if canImport(CMalloc)
import CMalloc
#endif

/// Process-wide tuning of the C allocator for a process that analyses recordings: it allocates and
/// frees many arrays of a few hundred KiB to a few MiB (one per channel, filter stage or spectrum).
///
/// glibc serves every block above its mmap threshold (128 KiB at start) with a fresh mapping and
/// unmaps it on free, so each reuse of that memory faults in and zeroes its pages again. glibc
/// raises the threshold by itself, but only to the size of the largest mapped block freed so far,
/// which made the cost depend on unrelated sizes such as the file reader's buffer (a 10-minute
/// recording took 45,000 page faults with a 256 KiB read chunk against 20,000 with 1 MiB, and
/// 16,000 with this tuning either way).
///
/// The `handpose` executable applies this at start. A service embedding the library decides its
/// own allocator policy (glibc reads the same settings from `GLIBC_TUNABLES`); nothing in the
/// library depends on it.
public enum AllocatorTuning {
    /// Blocks up to this size stay on the heap and are reused after free.
    public static let heapBlockLimit = 32 << 20
    /// Free memory at the top of the heap above this size is returned to the kernel.
    public static let heapTrimThreshold = 64 << 20

    /// Keeps blocks up to ``heapBlockLimit`` on the heap. Returns whether the allocator took the
    /// settings (always `false` off Linux, where this is not glibc).
    @discardableResult
    public static func keepLargeBlocksOnHeap() -> Bool {
        #if canImport(CMalloc)
        return mallopt(M_MMAP_THRESHOLD, Int32(heapBlockLimit)) == 1
            && mallopt(M_TRIM_THRESHOLD, Int32(heapTrimThreshold)) == 1
        #else
        return false
        #endif
    }
}
