/// The saved clustering state and the last stream position it includes. Articles stored after that
/// position are replayed from their stored analyses when the store is opened for the next ingest.
public struct ClusteringCheckpoint: Sendable, Hashable {
    /// The last `seq` the state includes.
    public var throughSeq: Int
    /// The encoded `StoryClusterer`.
    public var state: [UInt8]

    /// Creates a checkpoint.
    public init(throughSeq: Int, state: [UInt8]) {
        self.throughSeq = throughSeq
        self.state = state
    }
}
