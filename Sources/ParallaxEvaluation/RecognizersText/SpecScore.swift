import ParallaxCore

/// The result of running one Recognizers-Text spec file: how many cases passed, failed or were skipped.
public struct SpecScore: Sendable, Hashable {
    /// The spec file's name (e.g. `Number/OrdinalModel.json`).
    public var file: String
    /// Cases whose extracted spans and resolved values equal the spec's.
    public var passed: Int
    /// Cases that ran and did not pass.
    public var failed: Int
    /// Cases not run (their `NotSupported` names dotnet, or the model is not covered).
    public var skipped: Int

    /// Creates a score.
    public init(file: String, passed: Int = 0, failed: Int = 0, skipped: Int = 0) {
        self.file = file
        self.passed = passed
        self.failed = failed
        self.skipped = skipped
    }

    /// Cases that ran.
    public var total: Int { passed + failed }

    /// Share of run cases that passed (0 when none ran).
    public var passRate: Double { total == 0 ? 0 : Double(passed) / Double(total) }

    /// Adds another score's counts to this one (the file name stays).
    public mutating func add(_ other: SpecScore) {
        passed += other.passed
        failed += other.failed
        skipped += other.skipped
    }
}
