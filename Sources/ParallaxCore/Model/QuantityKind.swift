/// What a number measures.
public enum QuantityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An amount of money; the unit is an ISO 4217 code.
    case money
    /// A percentage; the unit is `percent`.
    case percent
    /// A span of time; the value is in seconds.
    case duration
    /// A person's age; the value is in years.
    case age
    /// A count of something named by its unit noun ("troops").
    case count
    /// A bare number.
    case number
    /// An ordinal position (`third`, `21st`); the value is the position.
    case ordinal
    /// A physical measure — length, area, volume, weight, speed, information, angle; the value is in
    /// the base unit of its dimension: `metre` for length, `square metre` for area, `litre` for
    /// volume (barrels and gallons included), `kilogram` for weight, `metre per second` for speed,
    /// `bit` for information, `degree` for angle.
    case dimension
}
