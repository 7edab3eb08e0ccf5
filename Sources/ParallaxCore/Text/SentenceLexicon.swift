/// The closed word lists the sentence splitter consults at candidate boundaries.
enum SentenceLexicon {
    /// Words that typically open a sentence and rarely continue a name: after `U.S.` or `Inc.` they
    /// signal that the abbreviation also closed the sentence (`…in the U.S. The talks…`).
    static let openers: Set<WordKey> = WordKey.set([
        "the", "a", "an", "this", "that", "these", "those", "there", "here", "he", "she", "it", "they",
        "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "so",
        "yet", "if", "when", "while", "as", "after", "before", "since", "because", "although", "though",
        "however", "meanwhile", "moreover", "furthermore", "nevertheless", "still", "then", "now", "in",
        "on", "at", "for", "from", "by", "with", "during", "under", "over", "among", "despite",
        "according", "instead", "also", "both", "some", "many", "most", "all", "several", "few", "each",
        "every", "another", "other", "such", "what", "why", "how", "where", "who", "which", "whose",
        "neither", "nor", "not", "nothing", "none", "only", "even", "just", "last", "earlier", "later",
        "once", "until", "unless", "mr", "mrs", "ms", "thanks", "please", "is", "are", "was", "were",
        "do", "does", "did", "can", "could", "will", "would", "should", "has", "have", "had", "together",
        "yesterday", "tomorrow", "indeed", "perhaps", "maybe", "overall", "finally", "afterward",
        "afterwards", "nonetheless", "otherwise", "thus", "therefore", "hence", "besides", "again",
        "already", "sometimes", "often", "nearly", "almost", "first",
    ])

    /// Titles and reference abbreviations that always precede what they qualify (`Mr.`, `Gen.`, `Jan.`,
    /// `No.` is handled as an acronym so that `No. 10` stays whole but a standalone `No.` can end); the
    /// month abbreviations are `MonthName.abbreviations`.
    static let titles: Set<WordKey> = WordKey.set(
        [
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "adm",
            "brig", "cmdr", "maj", "pres", "supt", "det", "insp", "rev", "hon", "messrs", "atty", "mt", "vs", "cf",
            "approx", "fig", "vol", "pp", "op", "e.g", "i.e",
        ] + MonthName.abbreviations)

    /// Abbreviations written in lowercase; any other lowercase word with an attached period
    /// (`sat.`, `no.`, `sun.`) is read as an ordinary word followed by a full stop.
    static let lowercaseAbbreviations: Set<WordKey> = WordKey.set([
        "vs", "cf", "approx", "fig", "vol", "pp", "op", "e.g", "i.e", "ft", "sq", "mln", "bln", "est",
        "al", "govt", "dept", "etc",
    ])

    /// Abbreviations that end a list and so usually the sentence (`…, etc.`).
    static let closing: Set<WordKey> = WordKey.set(["etc"])

    /// Speech verbs that follow a quoted question or exclamation and its speaker (`“Why?” Ushakov asked`):
    /// the keys of `ReportingVerbs.afterQuotedQuestion`.
    static let speechVerbs: Set<WordKey> = WordKey.set(Array(ReportingVerbs.afterQuotedQuestion))
}
