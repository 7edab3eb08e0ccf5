/// How the work queue stands: articles waiting for analysis (of which leased to a worker now), and
/// analyzed ones waiting for the clustering step.
public struct QueueStatus: Sendable, Hashable, Codable {
    public var waiting: Int
    public var leased: Int
    public var analyzed: Int

    /// Every entry, whatever its state.
    public var total: Int { waiting + analyzed }
}
