/// Parallax's quotation and attribution extractor: quotations in marks (direct, partial, split and
/// multi-paragraph) and indirect speech, each with its cue, speaker, listener and reporting chain.
///
/// Rules:
/// - Quotations in marks are found and attributed as `QuotationMarkExtractor` describes; a partial
///   quotation with no cue in reach is a scare quote or a title, not an attribution, and is left out.
/// - Indirect speech is found as `IndirectSpeechFinder` describes.
/// - The chain of reporting: when one attribution's content holds another's cue and speaker (`state
///   media said Xi told Putin …`, `Putin told Xi …, according to Ushakov`), the outer speaker is the
///   inner attribution's `via`.
/// - An unattributed direct quotation opening a paragraph takes the speaker of the attribution that
///   closes the paragraph before (news style names a speaker once, then lets the quotation run on).
/// - With no speaker phrase in reach the speaker is left nil rather than guessed.
public struct AttributionExtractor: QuoteExtractor {
    /// Creates the extractor.
    public init() {}

    /// The quotations and attributions in `text`, in order of their content; speakers resolve through
    /// `entities`.
    public func quotes(in text: TokenizedText, entities: EntityResolution) -> [Quote] {
        guard !text.tokens.isEmpty else { return [] }
        let words = text.tokens.indices.map { text.text(ofToken: $0) }
        let passages = QuotedPassage.passages(in: text, words: words)
        let finder = AttributionFinder(text: text, words: words, entities: entities, passages: passages)
        var found = QuotationMarkExtractor().quotations(passages, finder: finder).filter {
            $0.kind != .partial || $0.cue != nil
        }
        found += IndirectSpeechFinder(finder: finder).attributions()
        found.sort { ($0.content.lowerBound, $0.content.upperBound) < ($1.content.lowerBound, $1.content.upperBound) }
        Self.carrySpeakers(&found, in: text)
        Self.linkReporters(&found)
        let builder = QuoteBuilder(finder: finder)
        return found.map(builder.quote)
    }

    /// Gives an unattributed direct quotation that opens a paragraph the speaker of the attribution
    /// closing the paragraph before (`Trump said he would win.` ¶ `“We will win big.”`): news style
    /// names a speaker once and lets the quotation that follows run on.
    static func carrySpeakers(_ found: inout [ReportedSpeech], in text: TokenizedText) {
        let tokens = text.tokens
        for index in found.indices where index > 0 {
            let quote = found[index]
            guard quote.kind == .direct, quote.cue == nil, quote.speaker == nil, quote.content.lowerBound > 0 else {
                continue
            }
            let open = quote.content.lowerBound - 1
            guard tokens[open].gap == .paragraph || (open > 0 && tokens[open - 1].gap == .paragraph) else { continue }
            let previous = found[index - 1]
            guard previous.speaker != nil, previous.cue != nil, previous.content.upperBound <= open else { continue }
            let between = previous.content.upperBound..<open
            let breaks = between.filter { tokens[$0].gap == .paragraph }.count + (tokens[open].gap == .paragraph ? 1 : 0)
            let stops = between.filter { tokens[$0].kind == .terminal }.count
            guard breaks == 1, stops <= 1 else { continue }
            found[index].cue = previous.cue
            found[index].speaker = previous.speaker
            found[index].anchor = previous.anchor
        }
    }

    /// Sets `via` on every attribution nested in another's content.
    static func linkReporters(_ found: inout [ReportedSpeech]) {
        for index in found.indices where found[index].via == nil {
            guard let cue = found[index].cue, let speaker = found[index].speaker else { continue }
            for other in found.indices where other != index {
                let outer = found[other]
                guard let reporter = outer.speaker, outer.content.contains(cue.lowerBound),
                    outer.content.contains(speaker.tokens.lowerBound), outer.cue != cue
                else { continue }
                found[index].via = reporter
                break
            }
        }
    }
}
