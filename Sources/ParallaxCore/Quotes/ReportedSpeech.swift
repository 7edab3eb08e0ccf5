/// One attribution found in the text, in tokens: its content, its cue, and the people around it.
struct ReportedSpeech: Sendable, Hashable {
    /// The content's tokens (for a quotation: inside its marks; for a split quotation: first to last part).
    var content: Range<Int>
    /// The content's pieces when a quotation is split by its cue; one piece otherwise.
    var parts: [Range<Int>]
    /// Direct, partial or indirect.
    var kind: QuoteKind
    /// The cue's tokens; nil when none was found.
    var cue: Range<Int>?
    /// The speaker phrase; nil when the evidence is weak.
    var speaker: SpeakerPhrase?
    /// The person spoken to (`Putin told Xi`).
    var listener: SpeakerPhrase?
    /// The source reporting the speaker's words (`…, according to Ushakov`; `state media said Xi …`).
    var via: SpeakerPhrase?
    /// Where a pronoun speaker's antecedent is looked for: before this token.
    var anchor: Int
}
