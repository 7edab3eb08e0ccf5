/// What one ingest run did.
public struct IngestSummary: Sendable, Hashable, Codable {
    /// Articles read from the input (after dropping repeats within it).
    public var read = 0
    /// New articles stored.
    public var added = 0
    /// Stored articles whose text changed and were updated.
    public var updated = 0
    /// Articles already stored unchanged (skipped).
    public var unchanged = 0
    /// New articles that copy an earlier one.
    public var copies = 0
    /// New boilerplate pages.
    public var boilerplate = 0
    /// Articles of an interrupted earlier run replayed into the clustering state before this run.
    public var replayed = 0
    /// Stories opened by this run (final ids, after merges), smallest id first.
    public var newStories: [Int] = []
    /// Stories that existed before and gained or changed articles, smallest id first.
    public var updatedStories: [Int] = []
    /// Seconds the run took.
    public var seconds = 0.0
    /// Where the seconds of the new articles went, on the thread that clusters and stores (analysis
    /// runs on worker threads meanwhile: `waiting` is the time this thread waited for it).
    public var timings = Timings()

    /// Seconds spent per step of the ingest loop.
    public struct Timings: Sendable, Hashable, Codable {
        /// Waiting for the worker threads' analysis of the next batch.
        public var waiting = 0.0
        /// Placing the articles into stories.
        public var clustering = 0.0
        /// Encoding the clustering state for a checkpoint.
        public var checkpoints = 0.0
        /// Writing the batches (one transaction each).
        public var storing = 0.0
        /// Everything else in the loop (progress reports).
        public var other = 0.0
    }

    /// An empty summary.
    public init() {}
}
