/// The words of attribution: reporting verbs, the pronouns and nouns that name speakers, and the
/// small words that may sit between a speaker and its verb.
///
/// The one home of speech verbs: the quote finders (`AttributionFinder`, `IndirectSpeechFinder`), the
/// entity recognizer's speaker evidence (`EntityScan`, `MetonymReader`) and the sentence splitter
/// (`SentenceLexicon.speechVerbs`) read their verbs here. The shape test for unlisted verbs is
/// `looksLikeFiniteVerb` (`Quotes/ReportingVerbs+FiniteVerb.swift`).
enum ReportingVerbs {
    /// Verbs (as written, lowercase) that report speech or writing and introduce a direct quote.
    static let cues: Set<String> = Lexicon.exactSet(
        """
        said, says, say, saying, told, tells, tell, telling, added, adds, adding, stated, states, warned, warns,
        warning, asked, asks, asking, noted, notes, noting, declared, declares, announced, announces, insisted,
        insists, wrote, writes, writing, explained, explains, argued, argues, claimed, claims, replied, replies,
        responded, responds, continued, continues, commented, comments, recalled, recalls, stressed, stresses,
        emphasized, emphasised, emphasizes, emphasises, underlined, urged, urges, tweeted, posted, acknowledged,
        acknowledges, admitted, admits, confirmed, confirms, denied, denies, suggested, suggests, reported,
        reports, quipped, conceded, concedes, cautioned, predicted, predicts, promised, promises, pledged,
        pledges, vowed, vows, observed, remarked, concluded, agreed, affirmed, assured, countered, joked,
        lamented, complained, boasted, recounted, alleged, alleges, maintained, maintains, pointed, mused,
        shouted, yelled, whispered, exclaimed, announced, reiterated, reiterates, highlighted, underscored,
        wondered, acknowledged, contended, contends, asserted, asserts, proclaimed, testified, texted, messaged,
        emailed, informed, assured, reassured, signalled, signaled, quoted, cited, repeated, questioned, chanted,
        retorted, retaliated, shot, fired, answered, answers, read, reads, elaborated, fumed, beamed, exhorted, charged,
        tweeting, demurred, heckled, interjected, laughed, sighed, snapped, recommended, conceded, marveled, marvelled,
        scoffed, thundered, gushed, cried, screamed, chanted, chimed, offered, explained, reasoned, cautioned, advised,
        pressed, reacted, boomed, sang, sings, welcomed, lectured, mocked, teased, argues, implored, pleaded, insisted,
        bellowed, growled, quipped, roared, yelled, hollered, muttered, murmured, opined, noted, writes, tweets, posts
        """)

    /// Verbs (as written, lowercase) that report speech, writing, findings or stances and take a clause or
    /// an object as their content in indirect speech (`X said (that) …`, `X warned …`, `X has called for
    /// …`, `polls show …`): the direct-quote cues and more.
    static let indirect: Set<String> = cues.union(
        Lexicon.exactSet(
            """
            believe, believes, believed, think, thinks, thought, hope, hopes, hoped, fear, fears, feared, expect,
            expects, expected, predicted, estimated, estimates, show, shows, showed, shown, found, finds, find,
            suggest, suggested, suggests, indicated, indicates, revealed, reveals, argue, argued, argues, claim,
            claimed, accused, accuses, accusing, blamed, blames, urged, urging, calling, called, calls, call,
            demanded, demands, demanding, proposed, proposes, proposing, questioned, questions, questioning,
            denounced, criticized, criticised, criticizing, praised, praising, defended, defends, defending,
            described, describes, describing, endorsed, endorses, endorsing, announced, announcing, promised,
            promising, vowed, vowing, pledged, pledging, insisted, insisting, declined, refused, charged,
            charges, contended, contend, maintain, worried, worries, acknowledging, admitting, conceding,
            explaining, arguing, claiming, warning, suggesting, predicting, insisting, recalling, complaining,
            complained, boasted, bragged, touted, touting, declared, declaring, reported, reporting, agreed,
            agree, disagreed, disagree, doubt, doubted, doubts, know, knows, knew, wants, wanted, want, say,
            feel, feels, felt, see, sees, saw, considers, considered, wonder, wondered, wondering, cited, citing,
            noted, noting, asserted, asserting, stressed, stressing, emphasized, emphasizing, tweeted, tweeting,
            wrote, writing, told, telling, asked, asking, chanted, retorted, replied, joked, threatened, threatening,
            threatens, vowing, proposing, ordered, orders, insist, note, pledge, threaten, propose, urge, warn,
            accuse, criticize, praise, demand, predict, estimate, argue, deny, denied, denies, admit, concede
            """))

    /// Verbs that attach a few quoted words to their subject in the reporter's own sentence
    /// (`called it a “historic step”`): cues for partial quotes only.
    static let characterizing: Set<String> = Lexicon.exactSet(
        """
        called, calls, calling, described, describes, describing, referred, refers, referring, dubbed, dubs,
        termed, terms, labelled, labeled, labels, hailed, hails, praised, praises, accused, accuses, criticized,
        criticised, criticizes, criticises, condemned, condemns, welcomed, welcomes, branded, brands, characterized,
        characterised, slammed, blasted, decried, denounced, mocked, touted, lauded, promised, vowed, pledged,
        expressed, voiced, spoke, speaks, sees, saw, views, viewed, considers, considered, believes, believed,
        hopes, hoped, wants, wanted, mentioned, discussed, outlined, offered, sought, demanded, threatened
        """)

    /// The common speech verbs that follow a quoted question or exclamation and its speaker (`“Why?”
    /// Ushakov asked`), all of them in `indirect`: the sentence splitter (`SentenceLexicon.speechVerbs`)
    /// keeps such a quotation in the sentence of its attribution.
    static let afterQuotedQuestion: Set<String> = Lexicon.exactSet(
        """
        said, says, asked, asks, added, adds, told, tells, replied, replies, wrote, writes, shouted, cried,
        exclaimed, insisted, continued, explained, demanded, wondered, recalled, joked, quipped, declared,
        warned, stressed, noted
        """)

    /// Verbs whose subject may follow them (`said Ushakov`, `added the spokesman`).
    static let inverting: Set<String> = Lexicon.exactSet(
        """
        said, says, added, asked, wrote, writes, explained, noted, continued, recalled, replied, stated,
        observed, remarked, insisted, argued, warned, concluded, countered, explained, responded
        """)

    /// Speaker pronouns (lowercase).
    static let pronouns: Set<String> = Lexicon.exactSet("he, she, they, it, we, i")

    /// Pronouns that resolve to a person.
    static let personalPronouns: Set<String> = Lexicon.exactSet("he, she")

    /// Nouns (lowercase) that head a speaker phrase that is not a name (`the spokesman`, `a source`,
    /// `officials`, `state media`).
    static let speakerNouns: Set<String> = PersonTitles.roleNouns.union(
        Lexicon.exactSet(
            """
            source, sources, official, officials, diplomat, diplomats, analyst, analysts, expert, experts, aide,
            aides, advisers, advisors, spokespeople, media, outlet, outlets, agency, agencies, ministry, ministries,
            government, governments, statement, report, reports, readout, communique, communiqué, release,
            newspaper, newspapers, broadcaster, channel, website, police, military, army, authorities, authority,
            observers, people, residents, witnesses, critics, supporters, officers, commanders, lawmakers,
            legislators, senators, ministers, leaders, envoys, negotiators, insiders, organizers, organisers,
            researchers, scientists, study, survey, poll, document, documents, office, embassy, kremlin, palace,
            court, judge, prosecutors, investigators, spokesmen, spokeswomen, administration, campaign, team,
            company, firm, group, party, union, council, committee, commission, administration, department,
            service, bureau, regulator, watchdog, mission, delegation, side, sides, source, person, man, woman,
            economists, historians, scholars, activists, campaigners, protesters, demonstrators, doctors, medics,
            families, relatives, colleagues, allies, partners, rivals, opponents, detractors, proponents, backers,
            announcer, narrator, ad, video, tweet, post, letter, message, email, memo, filing, lawsuit, complaint,
            ruling, verdict, indictment, editorial, column, article, piece, story, book, speech, clip, transcript
            """))

    /// Words (lowercase) that may open a speaker phrase before its noun (`the`, `a`, `two`).
    static let determiners: Set<String> = Lexicon.exactSet(
        """
        the, a, an, one, two, three, four, several, some, many, most, other, another, his, her, their, its,
        these, those, both, all, few, this, that
        """)

    /// Words (lowercase) that may stand between a speaker and the verb (`Putin later said`, `Putin on
    /// Tuesday said`), the weekday names of `WeekdayName` among them.
    static let adverbs: Set<String> = Lexicon.exactSet(
        """
        also, later, then, earlier, further, again, previously, separately, reportedly, once, quickly,
        recently, repeatedly, has, had, have, was, is, were, are, would, will, had, subsequently, simply,
        publicly, privately, bluntly, flatly, firmly, only, even, still, both, himself, herself, themselves,
        on, yesterday, today, often, usually, frequently, always, never, now, angrily, quietly, immediately,
        first, last, finally, just, recently, had
        """
    ).union(WeekdayName.fullNames)

    /// Verbs (inflected) that characterize their object as what follows "as" (`dismissed it as “…”`,
    /// `described the plan as “…”`): before "as" and a quotation, the subject is its speaker.
    static let characterizingAs: Set<String> = Lexicon.exactSet(
        """
        described, describes, dismissed, dismisses, derided, derides, branded, brands, labelled, labeled,
        labels, characterized, characterised, characterizes, denounced, denounces, decried, decries, hailed,
        hails, praised, praises, slammed, blasted, mocked, portrayed, portrays, dubbed, termed, rejected
        """)

    /// Whether `word` is a reporting verb of any kind.
    static func isCue(_ word: String) -> Bool { cues.contains(word) || characterizing.contains(word) }
}

extension ReportingVerbs {
    /// Cues whose object is the person addressed (`told Xi`, `assured reporters`).
    static let addressing: Set<String> = Lexicon.exactSet(
        "told, tells, tell, telling, assured, assures, informed, informs, warned, warns, urged, urges, asked, asks, reassured")

    /// Nouns (lowercase) for an audience that stands between a cue and its content (`told reporters`).
    static let listenerNouns: Set<String> = Lexicon.exactSet(
        "reporters, journalists, supporters, voters, donors, lawmakers, students, crowd, audience, him, her, them, us, me")
}

extension ReportingVerbs {
    /// Prepositions (lowercase) that open an adjunct between a cue and its content (`said in a
    /// statement, …`, `told reporters on Friday that …`).
    static let adjunctPrepositions: Set<String> = Lexicon.exactSet(
        "in, on, at, during, via, by, through, after, before, while, from, with, outside, inside, at, over, since, of")
}

extension ReportingVerbs {
    /// Words in -ing after a comma that do not open a participle clause about the speaker.
    static let participleExceptions: Set<String> = Lexicon.exactSet(
        "including, according, something, nothing, anything, everything, morning, evening, during, spring, building, meeting, thing")
}


extension ReportingVerbs {
    /// Adverbs (lowercase) set off by commas between a cue and its content (`told Xi, however, that`).
    static let parenthetical: Set<String> = Lexicon.exactSet(
        "however, though, too, also, moreover, meanwhile, nonetheless, nevertheless, instead, reportedly, again, privately, publicly")
}

extension ReportingVerbs {
    /// Past-tense verbs (lowercase) without the `-ed` ending that may report speech (`went on`, `shot
    /// back`, `began`).
    static let irregularPast: Set<String> = Lexicon.exactSet(
        "went, shot, began, spoke, sang, cried, broke, struck, rang, swore, gave, put, bit, threw, fought, hit, got, kept, let, felt")

    /// Words (lowercase) that end like a verb but are not one in the slot after a speaker.
    static let notVerbs: Set<String> = Lexicon.exactSet(
        "is, was, has, as, its, his, hers, this, thus, plus, us, yes, less, unless, towards, always, perhaps, news, ms, mrs")

}
