/// A sparse weight vector over vocabulary ids, kept sorted by id, for cosines between an article and a
/// story.
///
/// Sorted arrays rather than a dictionary: a dot product is one merge pass, and every sum runs in id
/// order, so the same input gives bit-identical scores in every process (a dictionary's order is seeded
/// per process).
public struct StoryVector: Sendable, Hashable, Codable {
    /// Ids, ascending.
    public private(set) var ids: [Int]
    /// The weight of each id, parallel to `ids`.
    public private(set) var values: [Double]
    /// Euclidean norm.
    public private(set) var norm: Double

    /// Creates a vector from weights by id (zero weights dropped).
    public init(_ weights: [Int: Double] = [:]) {
        let sorted = weights.filter { $0.value != 0 }.sorted { $0.key < $1.key }
        self.init(ids: sorted.map(\.key), values: sorted.map(\.value))
    }

    /// Creates a vector from ascending ids and their weights.
    init(ids: [Int], values: [Double]) {
        self.ids = ids
        self.values = values
        self.norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// Whether the vector has no weight.
    public var isEmpty: Bool { ids.isEmpty }

    /// The cosine of the two vectors (0 when either is empty).
    public func cosine(_ other: StoryVector) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        return dot(other) / (norm * other.norm)
    }

    /// The dot product of the two vectors.
    public func dot(_ other: StoryVector) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] {
                sum += values[i] * other.values[j]
                i += 1
                j += 1
            } else if ids[i] < other.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The vector scaled to unit length.
    public func normalized() -> StoryVector {
        guard norm > 0 else { return self }
        return StoryVector(ids: ids, values: values.map { $0 / norm })
    }

    /// The sum of the two vectors, keeping at most `limit` ids: the heaviest (ties by id).
    public func adding(_ other: StoryVector, keeping limit: Int) -> StoryVector {
        var newIds: [Int] = []
        var newValues: [Double] = []
        newIds.reserveCapacity(ids.count + other.ids.count)
        newValues.reserveCapacity(ids.count + other.ids.count)
        var i = 0
        var j = 0
        while i < ids.count || j < other.ids.count {
            if j >= other.ids.count || (i < ids.count && ids[i] < other.ids[j]) {
                newIds.append(ids[i])
                newValues.append(values[i])
                i += 1
            } else if i >= ids.count || other.ids[j] < ids[i] {
                newIds.append(other.ids[j])
                newValues.append(other.values[j])
                j += 1
            } else {
                newIds.append(ids[i])
                newValues.append(values[i] + other.values[j])
                i += 1
                j += 1
            }
        }
        guard newIds.count > limit else { return StoryVector(ids: newIds, values: newValues) }
        let kept = newIds.indices.sorted { newValues[$0] != newValues[$1] ? newValues[$0] > newValues[$1] : newIds[$0] < newIds[$1] }
            .prefix(limit).sorted { newIds[$0] < newIds[$1] }
        return StoryVector(ids: kept.map { newIds[$0] }, values: kept.map { newValues[$0] })
    }

    /// The ids of the `count` heaviest weights, heaviest first (ties by id).
    public func top(_ count: Int) -> [Int] {
        ids.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : ids[$0] < ids[$1] }.prefix(count).map { ids[$0] }
    }

    /// The weight of `id` (0 when absent).
    public func weight(of id: Int) -> Double {
        var low = 0
        var high = ids.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if ids[mid] == id { return values[mid] }
            if ids[mid] < id { low = mid + 1 } else { high = mid - 1 }
        }
        return 0
    }
}
