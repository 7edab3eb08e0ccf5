/// Turns token-level attributions into `Quote` values: spans, texts, and speakers resolved to entities.
struct QuoteBuilder {
    let finder: AttributionFinder

    /// The quote for one attribution.
    func quote(_ speech: ReportedSpeech) -> Quote {
        let text = finder.text
        let parts = speech.parts.map { text.span(ofTokens: $0) }
        let content = parts.count > 1 ? speech.parts.map { text.text(ofTokens: $0) }.joined(separator: " … ")
            : text.text(ofTokens: speech.content)
        let span = TextSpan(start: parts.first?.start ?? 0, end: parts.last?.end ?? 0)
        var quote = Quote(span: parts.count > 1 ? span : text.span(ofTokens: speech.content), text: content, kind: speech.kind)
        if parts.count > 1 { quote.parts = parts }
        quote.cue = speech.cue.map { text.buffer.spanText(bytes: text.byteRange(ofTokens: $0)) }
        quote.speaker = speech.speaker.map { mention(for: $0, before: speech.anchor) }
        quote.listener = speech.listener.map { mention(for: $0, before: speech.anchor) }
        quote.via = speech.via.map { mention(for: $0, before: speech.anchor) }
        return quote
    }

    /// The mention for a phrase, with its cluster: the mention's own, for `he`/`she` the antecedent's
    /// (coreference's, else the nearest sentence subject's), for a role description the person
    /// coreference linked it to.
    func mention(for phrase: SpeakerPhrase, before anchor: Int) -> SpeakerMention {
        let text = finder.text
        let spanText = text.buffer.spanText(bytes: text.byteRange(ofTokens: phrase.tokens))
        var entity: Int?
        if let mention = phrase.mention {
            entity = finder.mentions[mention].entity
        } else if phrase.isPronoun, ReportingVerbs.personalPronouns.contains(spanText.text.lowercased()) {
            entity = finder.antecedent(ofPronoun: phrase.tokens.lowerBound, anchor: anchor)
        } else {
            entity = finder.describedPerson(phrase.tokens)
        }
        return SpeakerMention(span: spanText.span, text: spanText.text, entity: entity)
    }
}
