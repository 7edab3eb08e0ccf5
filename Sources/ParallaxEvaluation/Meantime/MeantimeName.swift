import ParallaxCore

/// A gold MEANTIME mention whose head is a name: its extent and its entity's type.
///
/// MEANTIME marks the whole noun phrase ("the GAO", "Presiding Judge Martin Mann") and treats a
/// nationality adjective as a mention of its country ("German": `LOC`), so names are compared by
/// overlap, not by exact extent (see `MeantimeNameScorer`).
public struct MeantimeName: Sendable, Hashable {
    /// Where the mention is, in Unicode scalar offsets into the document's text.
    public var span: TextSpan
    /// The entity type as MEANTIME writes it: `PER`, `ORG`, `LOC`, `PRO` (product), `FIN`
    /// (financial), `MIX`; empty when the mention refers to no typed entity.
    public var type: String

    /// Creates a mention.
    public init(span: TextSpan, type: String) {
        self.span = span
        self.type = type
    }
}
