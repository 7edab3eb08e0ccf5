/// Reads places and institutions used as actors: a capital or a seat of government (`Beijing`,
/// `Moscow`, `Washington`, `the Kremlin`, `the White House`, `Downing Street`) that is the subject of
/// a speech or action verb (`said`, `accused`, `announced`, `warned`) stands for its country's
/// government (`government of China`).
///
/// The places come from `Nations`; the verb may follow the name directly or after a few adverbs and
/// auxiliaries (`the Kremlin has also warned`). The mention's own type stays as recognized.
struct MetonymReader {
    let words: [String]

    /// Verbs (as written, lowercase) of action that make a place an actor, beside the reporting verbs.
    private static let actions: Set<String> = Lexicon.exactSet(
        """
        accused, accuses, rejected, rejects, condemned, condemns, criticised, criticized, criticises, criticizes,
        welcomed, welcomes, threatened, threatens, demanded, demands, refused, refuses, imposed, imposes,
        sanctioned, retaliated, summoned, summons, expelled, expels, protested, protests, dismissed, dismisses,
        praised, praises, called, calls, hit, vowed, ordered, orders, approved, approves, blamed, blames,
        signalled, signaled, backed, backs, opposed, opposes, decided, decides, launched, launches, sought,
        seeks, offered, offers, proposed, proposes
        """)

    /// The government the mention at token `range` with text `name` stands for, when it is the subject
    /// of a speech or action verb.
    func government(of name: String, at range: Range<Int>) -> String? {
        guard let place = Nations.metonymCountry(of: name), !range.isEmpty else { return nil }
        var cursor = range.upperBound
        var skipped = 0
        while cursor < words.count, skipped < 3, ReportingVerbs.adverbs.contains(words[cursor].lowercased()) {
            cursor += 1
            skipped += 1
        }
        guard cursor < words.count else { return nil }
        let verb = words[cursor]
        guard ReportingVerbs.cues.contains(verb) || Self.actions.contains(verb) else { return nil }
        return Nations.government(of: place.country)
    }
}
