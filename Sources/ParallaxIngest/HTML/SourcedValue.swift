/// A metadata value with the place it was read from.
public struct SourcedValue<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The value.
    public var value: Value
    /// Where it came from.
    public var source: MetadataSource

    /// Creates a sourced value.
    public init(_ value: Value, from source: MetadataSource) {
        self.value = value
        self.source = source
    }
}
