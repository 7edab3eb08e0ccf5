/// Tells whether the clause around a time expression speaks of the past or the future, from
/// tense cues, for resolving weekdays and dates written without a year.
///
/// The scan goes left from the expression to the start of its sentence and stops at the first
/// cue: a future cue ("will", "’ll", "shall", "is to", "set to", "plans", "scheduled", "slated",
/// "poised", "due", "expected", "upcoming", "next", "until", …) or a past cue ("said", "was", "had",
/// "met", "spoke", "set aside", a lowercase verb in -ed, …). A past participle right after "be" ("will
/// be held") or a present copula ("are gathered") is no cue, and a future cue after "was", "were",
/// "had" or "been" ("was due to expire") is a past cue, but not
/// "were planning to". No cue either: the noun "plans" ("vacation plans for"), "next to" (a place),
/// "Until" opening a sentence ("Until Thursday, they had not …": the verb decides), "later" after a
/// unit ("three days later"). When nothing to the left is a cue, the first cue to the right decides
/// ("On Friday, Xi will travel"). Before all that, a preposition right before the expression decides:
/// "since" looks back, "effective", "starting" and "ahead of" look ahead ("by" does not: "had filed
/// by Wednesday"). Present tense has no cue: without a tagger "meet Monday" cannot be told from a
/// habit.
struct TenseCues: Sendable {
    /// A clause's tense, as far as the cues tell.
    enum Tense: Sendable {
        case past, future
    }

    /// Creates the cue reader.
    init() {}

    /// The tense of the clause around the expression covering `span`; nil when no cue is found.
    func tense(around span: Range<Int>, in tokens: KeyedTokens) -> Tense? {
        let start = tokens.sentenceStart(of: span.lowerBound)
        if span.lowerBound - 1 >= start, let key = tokens.key(span.lowerBound - 1) {
            // A preposition right before the expression tells its direction whatever the verb's tense:
            // "since March" looks back, "effective Feb. 1" looks ahead.
            if Self.lookingBack.contains(key) { return .past }
            if Self.lookingAhead.contains(key) { return .future }
            // "ahead of the weekend", "in the run-up to": the time has not come yet
            if key == Self.of, tokens.isWord(span.lowerBound - 2, Self.ahead) { return .future }
        }
        var index = span.lowerBound - 1
        while index >= start {
            if let tense = cue(at: index, in: tokens, leftward: true) { return tense }
            index -= 1
        }
        let end = tokens.sentenceEnd(of: span.lowerBound)
        index = span.upperBound
        while index < end {
            if let tense = cue(at: index, in: tokens, leftward: false) { return tense }
            index += 1
        }
        return nil
    }

    private func cue(at index: Int, in tokens: KeyedTokens, leftward: Bool) -> Tense? {
        if tokens.kind(index) == .clitic {
            let bytes = tokens.bytes(index)
            return bytes.count >= 2 && bytes.suffix(2).elementsEqual([0x6C, 0x6C]) ? .future : nil  // ’ll
        }
        guard let key = tokens.key(index) else { return nil }
        if Self.modals.contains(key) { return .future }
        // "Until Thursday, they had not called him": a clause opener, the verb decides.
        if Self.untilWords.contains(key), tokens.sentenceStart(of: index) == index { return nil }
        // "when Albright set aside": the past of "set" ("is set to", "set to vote" look ahead).
        if key == Self.set, !tokens.isWord(index + 1, Self.to), !tokens.isWord(index - 1, in: Self.copulas),
            !tokens.isWord(index - 1, Self.be)
        {
            return .past
        }
        // "three days later" narrates a sequence, in any tense: no cue.
        if key == Self.later, TimeUnit.word(tokens.key(index - 1)) != nil { return nil }
        // "next to the embassy" is a place
        if key == Self.next, tokens.isWord(index + 1, Self.to) { return nil }
        if Self.future.contains(key) || (key == Self.to && tokens.isWord(index - 1, in: Self.copulas))
            || (key == Self.to && tokens.isWord(index - 1, Self.set))
        {
            // "vacation plans for the trip": the noun, no cue ("Qantas plans", "plans to" are the verb)
            if Self.planNouns.contains(key), !tokens.isWord(index + 1, Self.to), tokens.isLowercase(index - 1),
                !tokens.isWord(index - 1, in: Self.pronouns)
            {
                return nil
            }
            // "was due to expire" has passed; "were planning to drive" still lies ahead
            let pastBefore =
                !Self.progressive.contains(key)
                && (tokens.isWord(index - 1, in: Self.pastAuxiliaries) || tokens.isWord(index - 2, in: Self.pastAuxiliaries))
            return pastBefore ? .past : .future
        }
        let isPast = Self.past.contains(key) || (tokens.isLowercase(index) && isRegularPast(index, in: tokens))
        guard isPast else { return nil }
        if leftward, tokens.isWord(index - 1, Self.be) { return nil }  // "will be held"
        // "are gathered", "is slated": a participle after a present copula is a state now, not the past.
        if tokens.isWord(index - 1, in: Self.presentCopulas) { return nil }
        return .past
    }

    private func isRegularPast(_ index: Int, in tokens: KeyedTokens) -> Bool {
        let bytes = tokens.bytes(index)
        guard bytes.count >= 4, let key = tokens.key(index), !Self.notPast.contains(key) else { return false }
        return bytes.suffix(2).elementsEqual([0x65, 0x64])  // -ed
    }

    private static let to = WordKey.word("to")
    private static let set = WordKey.word("set")
    private static let lookingBack = WordKey.set(["since"])
    private static let lookingAhead = WordKey.set(["effective", "starting"])
    private static let later = WordKey.word("later")
    private static let be = WordKey.word("be")
    private static let copulas = WordKey.set(["is", "are", "was", "were"])
    private static let presentCopulas = WordKey.set(["is", "are", "am"])
    private static let pastAuxiliaries = WordKey.set(["was", "were", "had", "been"])
    private static let modals = WordKey.set(["will", "shall", "wo"])
    private static let future = WordKey.set([
        "plans", "plan", "planned", "planning", "scheduled", "due", "expected", "expects", "upcoming", "next",
        "intends", "intend", "aims", "later", "tomorrow", "soon", "forthcoming", "until", "till", "poised", "slated",
    ])
    private static let of = WordKey.word("of")
    private static let ahead = WordKey.word("ahead")
    private static let next = WordKey.word("next")
    private static let untilWords = WordKey.set(["until", "till"])
    private static let planNouns = WordKey.set(["plans", "plan"])
    private static let progressive = WordKey.set(["planning"])
    private static let pronouns = WordKey.set(["he", "she", "it", "they", "we", "i", "you", "who", "which", "that"])
    private static let past = WordKey.set([
        "said", "told", "was", "were", "had", "did", "met", "spoke", "held", "went", "came", "gave", "took", "made",
        "saw", "left", "began", "sent", "won", "lost", "fell", "rose", "hit", "struck", "wrote", "ago", "yesterday",
        "last", "earlier", "flew", "led", "brought", "thought", "knew", "found", "got", "became", "kept", "ran",
    ])
    private static let notPast = WordKey.set([
        "need", "indeed", "proceed", "exceed", "succeed", "seed", "speed", "feed", "breed", "shed", "embed", "bed",
        "red", "planned", "scheduled", "expected", "unexpected", "alleged", "supposed",
    ])
}
