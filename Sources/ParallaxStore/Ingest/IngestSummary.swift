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

    /// An empty summary.
    public init() {}
}
