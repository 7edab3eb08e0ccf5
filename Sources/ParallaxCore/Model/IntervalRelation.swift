/// How two values, seen as intervals, relate: the basis of every agree/compatible/conflict verdict.
public enum IntervalRelation: String, Sendable, Hashable, Codable {
    /// Same bounds.
    case equal
    /// The intervals share at least one point but are not equal.
    case overlapping
    /// No point in common.
    case disjoint
}
