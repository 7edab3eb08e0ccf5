/// Capitalized words that are not names: function words that open sentences, months and weekdays,
/// and common nouns that often start a sentence (`Officials said …`).
package enum NonNameWords {
    /// Lowercased words that never start a name (`the`, `but`, `he`, `despite`).
    package static let functionWords: Set<String> = Lexicon.lowercasedSet(
        """
        a, an, the, this, that, these, those, there, here, it, its, it's, he, she, they, we, i, you, his, her,
        hers, him, them, their, theirs, our, ours, my, mine, your, yours, us, me, who, whom, whose, which, what,
        when, where, why, how, whether, if, as, at, by, for, from, in, into, on, onto, of, off, over, under,
        with, without, within, after, before, during, since, until, till, while, whilst, although, though,
        because, but, and, or, nor, so, yet, also, however, meanwhile, moreover, nevertheless, nonetheless,
        still, then, thus, therefore, hence, instead, indeed, despite, amid, amidst, among, amongst, against,
        along, across, around, about, above, below, beyond, behind, beside, besides, between, through,
        throughout, toward, towards, upon, via, per, according, earlier, later, last, next, both, each, every,
        all, any, some, many, most, much, more, less, few, fewer, several, such, other, others, another, no,
        not, yes, none, nobody, nothing, everyone, everybody, everything, someone, somebody, something, anyone,
        anything, one, two, three, four, five, six, seven, eight, nine, ten, first, second, third, finally,
        overall, asked, speaking, calling, saying, noting, adding, citing, referring, describing, following,
        including, regarding, responding, commenting, writing, addressing, asked, told, said, says, say, do,
        does, did, is, are, was, were, be, been, being, has, have, had, will, would, shall, should, can, could,
        may, might, must, let, please, thank, thanks, dear, hello, well, now, today, tonight, tomorrow,
        yesterday, recently, currently, already, again, once, twice, perhaps, maybe, only, even, just, very,
        too, often, sometimes, never, always, soon, ago, whatever, whoever, whenever, wherever, unlike, like,
        near, beneath, inside, outside, unless, except, either, neither, rather, quite, almost, nearly,
        approximately, roughly, around, initially, ultimately, eventually, separately, similarly, likewise,
        additionally, furthermore, specifically, notably, importantly, interestingly, unfortunately, sadly,
        hopefully, clearly, obviously, apparently, reportedly, allegedly, officially, publicly, privately,
        elsewhere, otherwise, accordingly, consequently, subsequently, previously, afterwards, afterward,
        first-ever, over, oh, ok, okay, no-one, via, re, vs, vs., etc, mr, mrs, ms, dr
        """)

    /// Lowercased month and weekday names, and their abbreviations with the period (`jan.`, `thurs.`):
    /// dates, never entities. From `MonthName` and `WeekdayName`.
    package static let calendarWords: Set<String> = Set(
        MonthName.fullNames + MonthName.abbreviations.map { $0 + "." } + WeekdayName.fullNames
            + WeekdayName.abbreviations.map { $0 + "." })

    /// Lowercased plural and mass nouns that commonly open a news sentence as subjects.
    static let sentenceNouns: Set<String> = Lexicon.lowercasedSet(
        """
        officials, analysts, experts, critics, residents, police, witnesses, sources, authorities, observers,
        investigators, prosecutors, lawmakers, legislators, diplomats, scientists, researchers, economists,
        doctors, parents, officers, soldiers, troops, protesters, protestors, demonstrators, workers, voters,
        leaders, members, supporters, opponents, organisers, organizers, activists, campaigners, citizens,
        people, villagers, students, teachers, families, survivors, victims, rescuers, firefighters, medics,
        journalists, reporters, editors, readers, viewers, users, customers, consumers, investors, traders,
        markets, shares, stocks, prices, sales, exports, imports, talks, negotiations, relations, ties,
        trade, sanctions, tensions, fighting, clashes, attacks, strikes, negotiators, delegates, ministers,
        governments, states, countries, nations, allies, partners, rivals, companies, firms, banks, businesses,
        farmers, miners, unions, employers, staff, government, officials, spokesman, spokeswoman, spokesperson,
        observers, pundits, commentators, historians, scholars, sources, insiders,
        aides, advisers, advisors, officers, senators, representatives, governors, mayors, judges, courts,
        details, data, figures, statistics, results, reports, documents, records, images, videos, photos,
        footage, satellite, state, media, news, television, radio, newspapers, headlines, analysis, comment,
        update, breaking, exclusive, watch, read, listen, video, photo, opinion, editorial, live, latest, more,
        related, advertisement, share, subscribe, sign, click, follow, contact, copyright, reporting, writing,
        editing, additional, background, context, meanwhile, elsewhere, background
        """)

    /// Whether the capitalized word `word` is a function or calendar word (never a name).
    static func isFunctionOrCalendar(_ lowercased: String) -> Bool {
        functionWords.contains(lowercased) || calendarWords.contains(lowercased)
    }
}
