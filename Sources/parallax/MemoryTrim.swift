#if canImport(Glibc)
import Glibc
#endif

/// glibc's `malloc_trim` (not in Swift's Glibc module): returns freed heap pages to the system.
enum MemoryTrim {
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    /// Trims the heap where the C library can.
    static func release() {
        _ = trim?(0)
    }
}
