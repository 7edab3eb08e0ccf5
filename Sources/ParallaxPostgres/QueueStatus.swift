/// How the work queue stands: articles waiting for analysis (of which leased to a worker now), and
/// analyzed ones waiting for the clustering step.
public struct QueueStatus: Sendable, Hashable, Codable {
    public var waiting: Int
    public var leased: Int
    public var analyzed: Int

    public init(waiting: Int, leased: Int, analyzed: Int) {
        self.waiting = waiting
        self.leased = leased
        self.analyzed = analyzed
    }

    /// Every entry, whatever its state.
    public var total: Int { waiting + analyzed }
}
