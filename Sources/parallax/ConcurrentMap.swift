import Dispatch
import Synchronization

/// `transform(0) … transform(count - 1)`, computed on every core, returned in index order.
///
/// The commands that analyze or extract many inputs (`analyze`, `cluster`'s profiles, `eval extract`)
/// share this one loop: each index runs once on whichever core is free, and the results land in a
/// table read back in order, so output never depends on scheduling.
func concurrentMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    let results = Mutex<[T?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
        let result = transform(index)
        results.withLock { $0[index] = result }
    }
    // Every index ran exactly once, so no slot is empty.
    return results.withLock { $0 }.compactMap { $0 }
}
