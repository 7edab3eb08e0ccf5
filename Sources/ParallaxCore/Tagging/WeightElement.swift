/// A weight the decoder can add up: `Float` while training, `Int16` in a shipped model.
package protocol WeightElement: Sendable {
    /// The weight as a float.
    var floatValue: Float { get }
}

extension Float: WeightElement {
    @inline(__always) package var floatValue: Float { self }
}

extension Int16: WeightElement {
    @inline(__always) package var floatValue: Float { Float(self) }
}
