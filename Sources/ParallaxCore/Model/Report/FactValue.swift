/// One source's value for an aligned fact, with the characters it came from.
public struct FactValue: Sendable, Hashable, Codable {
    /// Where the value is.
    public var reference: SourceReference
    /// The value, normalized and readable (`5400 s`, `≈ 4860–5940 s`, `2025-01-17`).
    public var value: String
    /// Lower bound in the fact's base unit (nil when unbounded or not numeric).
    public var low: Double?
    /// Upper bound in the fact's base unit (nil when unbounded or not numeric).
    public var high: Double?
    /// The sentence the value sits in, for context.
    public var context: String

    /// Creates a fact value.
    public init(reference: SourceReference, value: String, low: Double?, high: Double?, context: String) {
        self.reference = reference
        self.value = value
        self.low = low
        self.high = high
        self.context = context
    }

    private enum CodingKeys: String, CodingKey { case value, low, high, context }

    /// Decodes the flat form written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reference = try SourceReference(from: decoder)
        self.value = try container.decode(String.self, forKey: .value)
        self.low = try container.decodeIfPresent(Double.self, forKey: .low)
        self.high = try container.decodeIfPresent(Double.self, forKey: .high)
        self.context = try container.decode(String.self, forKey: .context)
    }

    /// Encodes flat: `{article, source, text, start, end, value, low, high, context}`.
    public func encode(to encoder: Encoder) throws {
        try reference.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(low, forKey: .low)
        try container.encode(high, forKey: .high)
        try container.encode(context, forKey: .context)
    }
}
