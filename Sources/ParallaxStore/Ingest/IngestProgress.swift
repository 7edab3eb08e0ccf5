/// How far an ingest has come, reported after each batch.
public struct IngestProgress: Sendable, Hashable {
    /// Articles analyzed and stored (new and changed) so far.
    public var done: Int
    /// Articles to analyze in this run.
    public var total: Int
    /// Distinct stories that gained or changed an article so far.
    public var storiesTouched: Int
    /// Seconds since the run started.
    public var seconds: Double

    /// Creates a progress report.
    public init(done: Int, total: Int, storiesTouched: Int, seconds: Double) {
        self.done = done
        self.total = total
        self.storiesTouched = storiesTouched
        self.seconds = seconds
    }

    /// Articles per second so far.
    public var rate: Double { seconds > 0 ? Double(done) / seconds : 0 }
}
