/// Quotations in quotation marks, with cue, speaker and listener (the first stage of
/// `AttributionExtractor`, usable alone).
///
/// Rules:
/// - Marks pair by family (double with double, single with single); single quotes nested in double
///   quotes stay inside the outer quotation; an unclosed double quotation ends at its paragraph's
///   end; stray marks are ignored. The content span excludes the marks (and a comma just before the
///   closing mark).
/// - A quotation is `direct` when it opens a sentence or follows a colon, a comma after a cue or a
///   cue itself, or holds a clause (six words or more with inner punctuation); otherwise `partial`.
/// - The attribution is looked for after the closing mark in the same sentence (`,” Ushakov said`,
///   `,” said Graham Allison`, `”, according to Yuri Ushakov`), then before the opening mark
///   (`Ushakov told reporters: “…”`; for partial quotations also characterizing verbs such as
///   `called`, `referred to … as`, and for any quotation right after "as" an active verb that
///   characterizes its object, `dismissed it as “…”`, with the sentence's one clear subject as a
///   fallback speaker); a
///   closing attribution may also follow more of the reporter's words (`“…” for Clinton, Kunin
///   said.`), and a colon after a name is a cue (`Kerry: “…”`). A capitalized pronoun after a
///   quotation ending in a stop opens the next sentence and is not its speaker.
/// - A speaker is an entity mention, a pronoun, `who` after a name, a role phrase (`the spokesman`,
///   `officials`) or the noun phrase filling the attribution slot (`,” added a young boy.`);
///   `he`/`she` resolve to the nearest preceding PERSON that is the subject of its sentence within
///   three sentences, else the nearest preceding PERSON; `they`, `it`, `we` stay unresolved.
/// - A direct quotation with no attribution of its own that follows an attributed one in the same
///   paragraph (`“…,” X said. “…”`), or opens the next paragraph with little between them (an
///   unclosed quotation going on, or at most sixteen other words), continues it: one quotation of
///   several `parts`, attributed once. An unattributed quotation right before an attributed one in
///   the same paragraph is its first part.
/// - With no cue in reach the speaker is left nil rather than guessed.
public struct QuotationMarkExtractor: QuoteExtractor {
    /// Creates the extractor.
    public init() {}

    /// The quotations in `text`, in order; speakers resolve through `entities`.
    public func quotes(in text: TokenizedText, entities: EntityResolution) -> [Quote] {
        guard !text.tokens.isEmpty else { return [] }
        let words = text.tokens.indices.map { text.text(ofToken: $0) }
        let passages = QuotedPassage.passages(in: text, words: words)
        guard !passages.isEmpty else { return [] }
        let finder = AttributionFinder(text: text, words: words, entities: entities, passages: passages)
        let builder = QuoteBuilder(finder: finder)
        return quotations(passages, finder: finder).map(builder.quote)
    }

    /// The quotations of `passages` with their attributions. A quotation split by its cue (`“…,” X
    /// said. “…”`), running on into the next paragraph, or going on in the next paragraph with no
    /// attribution of its own is one quotation of several parts, attributed once.
    func quotations(_ passages: [QuotedPassage], finder: AttributionFinder) -> [ReportedSpeech] {
        let text = finder.text
        let words = finder.words
        var result: [ReportedSpeech] = []
        var previous: (passage: QuotedPassage, attribution: AttributionFinder.Attribution)?
        for passage in passages {
            let kind = Self.kind(of: passage, in: text, words: words)
            let attribution = Self.attribution(of: passage, kind: kind, finder: finder)
            if let earlier = previous, let last = result.last,
                Self.resumes(passage, after: earlier.passage, attribution: earlier.attribution, in: text)
                    || (kind == .direct && (attribution == nil || attribution?.cue == earlier.attribution.cue)),
                Self.continues(passage, after: earlier.passage, attribution: earlier.attribution, in: text)
            {
                var merged = last
                merged.parts.append(passage.content)
                merged.content = merged.content.lowerBound..<passage.content.upperBound
                merged.kind = .direct
                result[result.count - 1] = merged
                previous = (passage, earlier.attribution)
                continue
            }
            if let attribution, attribution.speaker != nil, let last = result.last, last.cue == nil, last.kind == .direct,
                Self.adjoins(last.content, passage, in: text)
            {
                // `“We won.” “It was close,” she said.`: an unattributed quotation right before an
                // attributed one in the same paragraph is its first part.
                var merged = last
                merged.parts.append(passage.content)
                merged.content = merged.content.lowerBound..<passage.content.upperBound
                merged.cue = attribution.cue
                merged.speaker = attribution.speaker
                merged.listener = attribution.listener
                merged.via = attribution.via
                merged.kind = .direct
                result[result.count - 1] = merged
                previous = (passage, attribution)
                continue
            }
            result.append(ReportedSpeech(
                content: passage.content, parts: [passage.content], kind: kind, cue: attribution?.cue,
                speaker: attribution?.speaker, listener: attribution?.listener, via: attribution?.via, anchor: passage.open))
            if let attribution, attribution.speaker != nil { previous = (passage, attribution) }
        }
        return result
    }

    /// The attribution of a quotation: after its closing mark, else before its opening mark; a cue
    /// without a speaker after the mark gives way to a full attribution before it, and so does an
    /// attribution after the mark that the quotation's clause does not run into (`said, “…” Touché, …`)
    /// when a cue stands right before the opening mark (`she said, “…”`, `Devine responded: “…”`).
    private static func attribution(of passage: QuotedPassage, kind: QuoteKind, finder: AttributionFinder)
        -> AttributionFinder.Attribution?
    {
        let after = finder.after(passage)
        if let after, after.speaker != nil {
            // The window before the mark is read only when it could win: a direct quotation whose
            // closing attribution is not in its own clause.
            guard kind == .direct, !tight(after, closing: passage, finder: finder),
                let before = finder.before(passage, partial: false), before.speaker != nil,
                before.cue.upperBound + 2 >= passage.open
            else { return after }
            return before
        }
        let before = finder.before(passage, partial: kind == .partial)
        if let before, before.speaker != nil || after == nil { return before }
        return after
    }

    /// Whether `attribution` follows the closing mark of `passage` at once, in the clause the quotation
    /// runs into (`“…,” X said`, `“…,” said X`).
    private static func tight(
        _ attribution: AttributionFinder.Attribution, closing passage: QuotedPassage, finder: AttributionFinder
    ) -> Bool {
        guard let close = passage.close, finder.closesClause(before: close) else { return false }
        let first = min(attribution.cue.lowerBound, attribution.speaker?.tokens.lowerBound ?? Int.max)
        return first <= close + 2
    }

    /// Direct when the quotation opens a sentence or follows a colon, a cue or a comma after a cue,
    /// or holds a clause of six words or more; partial otherwise.
    static func kind(of passage: QuotedPassage, in text: TokenizedText, words: [String]) -> QuoteKind {
        let tokens = text.tokens
        let open = passage.open
        var wordCount = 0
        var clause = false
        for index in passage.content {
            switch tokens[index].kind {
            case .word, .number, .alphanumeric: wordCount += 1
            case .terminal: clause = true
            case .punctuation: if words[index] == "," || words[index] == ";" || words[index] == ":" { clause = true }
            default: break
            }
        }
        if passage.close == nil { clause = true }
        if wordCount >= 6 && clause { return .direct }
        if open == 0 || tokens[open].gap == .paragraph { return .direct }
        if let sentence = text.sentenceIndex(ofToken: open), text.sentences[sentence].tokens.lowerBound == open {
            return .direct
        }
        let previous = open - 1
        switch tokens[previous].kind {
        case .terminal, .dash: return .direct
        case .closeQuote: if previous > 0, tokens[previous - 1].kind == .terminal { return .direct }
        default: break
        }
        if words[previous] == ":" { return .direct }
        if words[previous] == ",", previous > 0, ReportingVerbs.cues.contains(words[previous - 1]) { return .direct }
        if ReportingVerbs.cues.contains(words[previous]), wordCount >= 4 { return .direct }
        return .partial
    }

    /// Whether `passage` resumes the sentence the attributed quotation `previous` began, past its
    /// attribution (`“It's hard,” said the senator, “because …”`): between them only the attribution's
    /// clause, no sentence end or line break, and a comma right before the opening mark.
    static func resumes(
        _ passage: QuotedPassage, after previous: QuotedPassage, attribution: AttributionFinder.Attribution,
        in text: TokenizedText
    ) -> Bool {
        guard let close = previous.close, close < attribution.cue.lowerBound, attribution.cue.upperBound < passage.open,
            passage.open > 0, text.text(ofToken: passage.open - 1) == ","
        else { return false }
        return ((close + 1)...passage.open).allSatisfy { index in
            text.tokens[index].gap != .paragraph && text.tokens[index].gap != .newline
                && (index == passage.open || text.tokens[index].kind != .terminal)
        }
    }

    /// Whether `passage` opens right after the quotation whose content is `content`, in the same
    /// paragraph, with nothing but marks and punctuation between them.
    static func adjoins(_ content: Range<Int>, _ passage: QuotedPassage, in text: TokenizedText) -> Bool {
        guard content.upperBound <= passage.open, passage.open - content.upperBound <= 3,
            text.tokens[passage.open].gap != .paragraph
        else { return false }
        return (content.upperBound..<passage.open).allSatisfy { index in
            let kind = text.tokens[index].kind
            return text.tokens[index].gap != .paragraph && kind != .word && kind != .number && kind != .alphanumeric
        }
    }

    /// Whether `passage` continues the attributed quotation `previous`: it opens right where the
    /// previous one ran unclosed to its paragraph's end, or in the same paragraph (`“…,” X said. “…”`),
    /// or opens the next paragraph with little more than the attribution between them (at most
    /// sixteen other words and one sentence end).
    static func continues(
        _ passage: QuotedPassage, after previous: QuotedPassage, attribution: AttributionFinder.Attribution,
        in text: TokenizedText
    ) -> Bool {
        let tokens = text.tokens
        guard let close = previous.close else { return passage.open == previous.content.upperBound }
        let between = (close + 1)..<passage.open
        let sameParagraph = tokens[passage.open].gap != .paragraph && !between.contains { tokens[$0].gap == .paragraph }
        if sameParagraph { return true }
        guard between.count <= 40 else { return false }
        var paragraphs = 0
        var terminals = 0
        var otherWords = 0
        for index in between {
            if tokens[index].gap == .paragraph { paragraphs += 1 }
            if tokens[index].kind == .terminal { terminals += 1 }
            let covered = attribution.cue.contains(index) || (attribution.speaker?.tokens.contains(index) ?? false)
            if !covered, tokens[index].kind == .word { otherWords += 1 }
        }
        guard otherWords <= 16 else { return false }
        if tokens[passage.open].gap == .paragraph { paragraphs += 1 }
        return paragraphs <= 1 && terminals <= 1
    }
}
