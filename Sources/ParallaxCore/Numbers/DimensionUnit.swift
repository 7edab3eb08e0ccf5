/// A unit of measure: its canonical name, what it measures, and its size in the base unit.
package struct DimensionUnit: Sendable, Hashable {
    /// Canonical name ("kilometre").
    package var name: String
    /// What it measures ("length").
    package var dimension: String
    /// Size in the base unit of its dimension (metre, square metre, litre, kilogram, metre per
    /// second, bit, degree).
    package var factor: Double
}
