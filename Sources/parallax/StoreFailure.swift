import ParallaxStore

extension CommandFailure {
    /// Runs `body`, turning a store error into the command's one-line failure.
    static func store<T>(_ body: () throws(StoreError) -> T) throws(CommandFailure) -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
