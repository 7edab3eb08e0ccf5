import ParallaxCore

/// Sparse rows in compressed form, for `WordClusterBuilder`.
struct SparseRows {
    /// `columns[starts[r]..<starts[r + 1]]` are row `r`'s non-zero columns.
    let starts: [Int]
    /// Column numbers.
    let columns: [Int32]
    /// Values, parallel to `columns`.
    let values: [Float]
    /// The number of columns.
    let width: Int

    /// The dot product of row `r` with a dense vector.
    func dot(_ r: Int, _ dense: [Float]) -> Float {
        var sum: Float = 0
        for k in starts[r]..<starts[r + 1] { sum += values[k] * dense[Int(columns[k])] }
        return sum
    }

    /// Adds `scale` × row `r` to a dense vector.
    func add(_ r: Int, scale: Float, into dense: inout [Float]) {
        for k in starts[r]..<starts[r + 1] { dense[Int(columns[k])] += scale * values[k] }
    }
}
