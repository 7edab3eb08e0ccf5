#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps two ingests from writing one database at once: an exclusive `flock` on `DB.lock`, held
/// until the process ends (the kernel releases it even after `kill -9`).
public final class IngestLock: WriterLock {
    private let descriptor: Int32

    /// Takes the lock of the database at `path`; fails at once when another ingest holds it.
    public init(database path: String) throws(StoreError) {
        let descriptor = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StoreError.readOnly(path: path) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw StoreError.busy(path: path)
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
