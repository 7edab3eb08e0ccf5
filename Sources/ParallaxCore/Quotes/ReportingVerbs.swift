/// The words of attribution: reporting verbs, the pronouns and nouns that name speakers, and the
/// small words that may sit between a speaker and its verb.
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
        emailed, informed, assured, reassured, signalled, signaled, quoted, cited, repeated
        """)

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
        these, those, both, all, few
        """)

    /// Words (lowercase) that may stand between a speaker and the verb (`Putin later said`).
    static let adverbs: Set<String> = Lexicon.exactSet(
        """
        also, later, then, earlier, further, again, previously, separately, reportedly, once, quickly,
        recently, repeatedly, has, had, have, was, is, were, are, would, will, had, subsequently, simply,
        publicly, privately, bluntly, flatly, firmly, only, even, still, both, himself, herself, themselves,
        on, tuesday, monday, wednesday, thursday, friday, saturday, sunday, yesterday, today
        """)

    /// Whether `word` is a reporting verb of any kind.
    static func isCue(_ word: String) -> Bool { cues.contains(word) || characterizing.contains(word) }
}
