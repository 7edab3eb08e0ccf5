/// Event words and their classes: verbs in every inflection and the nouns that name the same acts.
///
/// Verb forms are generated from the lemma by the regular English rules (`-s`/`-es`/`-ies`,
/// `-ed`/`-d`/`-ied`, `-ing` with final-`e` dropping and the doubling listed per verb), with
/// irregular past forms listed beside their verbs. Nouns are listed with their plurals generated.
/// Light verbs ("held talks", "made a visit") need no entry: the noun itself is the predicate.
public struct PredicateLexicon: Sendable {
    /// One reading of a surface word.
    public struct Entry: Sendable, Hashable {
        /// Dictionary form.
        public var lemma: String
        /// Class of the act.
        public var predicateClass: PredicateClass
        /// True for noun readings ("talks", "visit"), false for verbs.
        public var isNoun: Bool
    }

    private let verbForms: [String: Entry]
    private let nounForms: [String: Entry]
    /// Past tense, past participle and gerund of each verb lemma.
    private let tenses: [String: (past: String, participle: String, gerund: String)]

    /// The shared lexicon.
    public static let standard = PredicateLexicon()

    /// Builds the lexicon from the built-in word lists.
    public init() {
        var verbForms: [String: Entry] = [:]
        var nounForms: [String: Entry] = [:]
        var tenses: [String: (past: String, participle: String, gerund: String)] = [:]
        for (predicateClass, verbs) in Self.verbs {
            for spec in verbs {
                let parts = spec.split(separator: "/").map(String.init)
                guard let lemma = parts.first else { continue }
                let entry = Entry(lemma: lemma, predicateClass: predicateClass, isNoun: false)
                let regular = Self.regularForms(of: lemma, doubling: parts.contains("+"))
                let irregular = parts.dropFirst().filter { $0 != "+" }
                for form in regular + irregular where verbForms[form] == nil { verbForms[form] = entry }
                if tenses[lemma] == nil {
                    let pasts = irregular.filter { !$0.hasSuffix("ing") }
                    let past = pasts.first ?? regular[2]
                    tenses[lemma] = (past, pasts.dropFirst().first ?? past, irregular.first { $0.hasSuffix("ing") } ?? regular[3])
                }
            }
        }
        for (predicateClass, nouns) in Self.nouns {
            for noun in nouns {
                let entry = Entry(lemma: noun, predicateClass: predicateClass, isNoun: true)
                for form in [noun, Self.plural(of: noun)] where nounForms[form] == nil { nounForms[form] = entry }
            }
        }
        self.verbForms = verbForms
        self.nounForms = nounForms
        self.tenses = tenses
    }

    /// The reading of a lowercase word, if it names an act. A word that is both noun and verb
    /// ("call", "talks", "visit") reads as a noun after a determiner, possessive, number, hyphenated
    /// or noun modifier (`previous`, lowercased: "a video call", "their talks", "48-hour strike") or
    /// one word after a determiner (`twoBack`: "a long strike"), and as a verb otherwise.
    public func entry(for lowercased: String, previous: String? = nil, twoBack: String? = nil) -> Entry? {
        let noun = nounForms[lowercased]
        let verb = verbForms[lowercased]
        guard let noun, let verb else { return noun ?? verb }
        if let previous, Self.nounHeads.contains(previous) || previous.contains("-") || previous.hasSuffix("'s")
            || previous.hasSuffix("’s") || previous.first?.isNumber == true
            || twoBack.map(Self.determiners.contains) == true && !Self.auxiliaries.contains(previous)
        {
            return noun
        }
        return verb
    }

    /// The past tense, past participle and gerund of a verb in the lexicon ("meet": met, met, meeting;
    /// "write": wrote, written, writing), or nil when `lemma` is no verb of it.
    public func verbTenses(of lemma: String) -> (past: String, participle: String, gerund: String)? {
        tenses[lemma]
    }

    /// Determiners: one word after them a noun-or-verb word reads as a noun ("a long strike").
    static let determiners: Set<String> = ["a", "an", "the", "their", "his", "her", "its", "our", "this", "that", "these", "those"]
    /// Words that keep a verb reading even after a determiner ("the unions will strike").
    static let auxiliaries: Set<String> = [
        "will", "would", "could", "should", "may", "might", "must", "did", "do", "does", "to", "not", "also", "then",
    ]

    /// Words after which a noun-or-verb word reads as a noun.
    static let nounHeads: Set<String> = [
        "a", "an", "the", "their", "his", "her", "its", "our", "your", "my", "this", "that", "these", "those",
        "video", "phone", "telephone", "conference", "peace", "trade", "bilateral", "state", "official", "first",
        "new", "further", "direct", "high-level", "two-hour", "hour-long", "lengthy", "brief", "planned",
    ]

    /// Regular inflections of a verb: lemma, third person, past, gerund.
    static func regularForms(of lemma: String, doubling: Bool) -> [String] {
        let last = lemma.last ?? " "
        let beforeLast = lemma.dropLast().last ?? " "
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var third = lemma + "s"
        if ["s", "x", "z"].contains(last) || lemma.hasSuffix("ch") || lemma.hasSuffix("sh") { third = lemma + "es" }
        if last == "y", !vowels.contains(beforeLast) { third = lemma.dropLast() + "ies" }
        var past = lemma + "ed"
        var gerund = lemma + "ing"
        if last == "e" {
            past = lemma + "d"
            gerund = lemma.hasSuffix("ee") ? lemma + "ing" : lemma.dropLast() + "ing"
        } else if last == "y", !vowels.contains(beforeLast) {
            past = lemma.dropLast() + "ied"
        } else if doubling {
            past = lemma + String(last) + "ed"
            gerund = lemma + String(last) + "ing"
        }
        return [lemma, third, past, gerund]
    }

    /// Regular plural of a noun.
    static func plural(of noun: String) -> String {
        Self.regularForms(of: noun, doubling: false)[1]
    }

    /// Verbs by class: `lemma[/irregular forms…][/+]`, `+` doubling the final consonant.
    static let verbs: [(PredicateClass, [String])] = [
        (.meet, ["meet/met", "talk", "discuss", "confer", "negotiate", "host", "phone", "telephone"]),
        (.say, [
            "say/said", "tell/told", "announce", "declare", "add", "note", "stress", "insist", "claim",
            "report", "confirm", "describe", "explain", "write/wrote/written", "call",
        ]),
        (.accuse, ["accuse", "blame", "criticize", "criticise", "denounce", "fault"]),
        (.threaten, ["threaten", "warn", "vow"]),
        (.impose, ["impose", "sanction", "ban", "tax", "restrict", "levy", "block", "suspend", "halt"]),
        (.agree, ["agree", "sign", "pledge", "approve", "ratify", "accept", "settle", "commit/+"]),
        (.support, ["support", "welcome", "endorse", "praise", "defend"]),
        (.oppose, ["oppose", "reject", "condemn", "deny", "refuse", "veto", "dismiss", "resist"]),
        (.visit, ["visit", "travel/+", "arrive", "fly/flew/flown", "tour"]),
        (.attack, ["attack", "strike/struck", "bomb", "invade", "shell", "raid", "shoot/shot"]),
        (.harm, ["kill", "injure", "wound", "die/died/dying"]),
        (.arrest, ["arrest", "detain", "charge", "convict", "indict", "jail"]),
        (.office, ["elect", "appoint", "nominate", "inaugurate", "resign", "swear/swore/sworn", "succeed", "win/won/+"]),
        (.change, ["raise", "cut/+", "increase", "reduce", "rise/rose/risen", "fall/fell/fallen", "grow/grew/grown", "double", "lower"]),
        (.evacuate, ["evacuate", "rescue", "flee/fled"]),
        (.protest, ["protest", "rally", "demonstrate", "boycott"]),
        (.apologize, ["apologize", "apologise", "regret/+"]),
    ]

    /// Nouns by class (singular; the plural is generated).
    static let nouns: [(PredicateClass, [String])] = [
        (.meet, ["meeting", "summit", "talk", "call", "conversation", "negotiation", "conference"]),
        (.impose, ["tariff", "sanction", "embargo", "ban", "levy"]),
        (.agree, ["agreement", "deal", "treaty", "accord", "pledge", "pact"]),
        (.visit, ["visit", "trip", "tour"]),
        (.attack, ["attack", "invasion", "airstrike", "bombing", "offensive", "raid", "assault", "incursion"]),
        (.arrest, ["arrest", "detention"]),
        (.office, ["inauguration", "election", "resignation"]),
        (.evacuate, ["evacuation"]),
        (.protest, ["protest", "strike", "walkout", "rally", "demonstration", "boycott"]),
        (.threaten, ["threat", "warning"]),
        (.accuse, ["accusation"]),
        (.apologize, ["apology"]),
    ]
}
