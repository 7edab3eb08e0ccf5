/// Accumulated wall-clock time per analysis stage, for `parallax bench`.
public struct StageTimings: Sendable, Hashable {
    /// Seconds spent in each stage.
    public private(set) var seconds: [AnalysisStage: Double] = [:]

    /// Creates empty timings.
    public init() {}

    /// Adds `duration` to `stage`.
    public mutating func add(_ duration: Duration, to stage: AnalysisStage) {
        let parts = duration.components
        seconds[stage, default: 0] += Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    /// Total seconds over all stages.
    public var total: Double { seconds.values.reduce(0, +) }
}
