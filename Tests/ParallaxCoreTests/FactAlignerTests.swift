import Testing
@testable import ParallaxCore

@Suite struct FactAlignerTests {
    let reconciler = StoryReconciler()

    @Test func aWireDatelineUnderAHeadlineIsNoFactDate() throws {
        let article = Article(
            id: "w", source: "Harbour Wire", published: CalendarDate(iso: "2031-04-29"),
            text: "Ferries return to the bay\nApril 29 (Harbour Wire) — The ferries returned to the bay on April 29, officials said.")
        let analyzed = Analyzer().analyze(article)
        let dates = analyzed.times.filter { $0.text == "April 29" }
        try #require(dates.count == 2)
        #expect(FactAligner.opensDateline(dates[0].span, in: analyzed))
        #expect(!FactAligner.opensDateline(dates[1].span, in: analyzed))
        let candidates = FactAligner().candidates(in: analyzed, article: 0, actorName: { _ in nil })
        #expect(candidates.filter { $0.kind == .date }.map(\.span) == [dates[1].span])
    }

    @Test func hedgedAndExactDurationOfTheSameMeetingAreCompatible() {
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "The meeting of the two ministers lasted about two hours in the capital.",
            quantities: [("about two hours", .duration, "second", ValueInterval(low: 6480, high: 7920), .approximately)])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "The two ministers met for 2 hours and 5 minutes in the capital.",
            quantities: [("2 hours and 5 minutes", .duration, "second", ValueInterval(exactly: 7500), nil)])
        let report = reconciler.reconcile([a, b])
        let fact = report.facts.first { $0.slot == "duration second" }
        #expect(fact?.verdict == .compatible)
        #expect(fact?.values.map(\.reference.source) == ["alpha", "beta"])
        #expect(fact?.values.first?.reference.text == "about two hours")
    }

    @Test func disjointFiguresInTheSameContextConflict() {
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "Four people died in the storm, officials said.",
            quantities: [("Four people", .count, "people", ValueInterval(exactly: 4), nil)])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "Six people died in the storm, police said.",
            quantities: [("Six people", .count, "people", ValueInterval(exactly: 6), nil)])
        let report = reconciler.reconcile([a, b])
        #expect(report.conflicts.count == 1)
        #expect(report.conflicts.first?.values.count == 2)
    }

    @Test func unrelatedFiguresOfOneKindDoNotAlignIntoAConflict() {
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "Rescue teams evacuated 300 people from the old harbour district overnight.",
            quantities: [("300 people", .count, "people", ValueInterval(exactly: 300), nil)])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "Fans filled the stadium where 40 people watched the final match.",
            quantities: [("40 people", .count, "people", ValueInterval(exactly: 40), nil)])
        let report = reconciler.reconcile([a, b])
        #expect(report.conflicts.isEmpty)
        #expect(report.singleSourceFacts.count == 2)
    }

    @Test func syndicatedCopiesCountAsOneSource() {
        let text = "Trade between the two countries reached 12 billion dollars last year, the ministry said on Monday."
        let quantity = ("12 billion dollars", QuantityKind.money, Optional("USD"), ValueInterval(exactly: 12e9), Optional<Hedge>.none)
        let a = StoryFixtures.article(id: "same", source: "alpha", text: text, quantities: [quantity])
        let b = StoryFixtures.article(id: "same", source: "beta", text: text, quantities: [quantity])
        let report = reconciler.reconcile([a, b])
        #expect(report.articles[1].duplicateOf == "same")
        #expect(report.facts.first?.verdict == .singleSource)
        #expect(report.facts.first?.independentSources == 1)
    }

    @Test func quotesRenderingOneStatementGroupAsCompatible() {
        let a = StoryFixtures.article(
            id: "a", source: "alpha",
            text: "“We are ready to build relations on a mutually respectful basis,” Anna Weber said.",
            quotes: [("We are ready to build relations on a mutually respectful basis,", "Anna Weber")], people: ["Anna Weber"])
        let b = StoryFixtures.article(
            id: "b", source: "beta",
            text: "Weber said they showed readiness to build relations on a mutually beneficial and respectful basis.",
            quotes: [("readiness to build relations on a mutually beneficial and respectful basis", "Weber")], people: ["Weber"])
        let report = reconciler.reconcile([a, b])
        let group = report.quotes.first
        #expect(group?.verdict == .compatible)
        #expect(group?.speaker == "Anna Weber")
        #expect(group?.variants.count == 2)
    }

    @Test func sameWordsFromDifferentSpeakersConflict() {
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "“The bridge will reopen before winter,” Anna Weber said.",
            quotes: [("The bridge will reopen before winter,", "Anna Weber")], people: ["Anna Weber"])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "“The bridge will reopen before winter,” Tomas Brandt said.",
            quotes: [("The bridge will reopen before winter,", "Tomas Brandt")], people: ["Tomas Brandt"])
        #expect(reconciler.reconcile([a, b]).quotes.first?.verdict == .conflict)
    }

    @Test func aShortPhraseTwoPeopleBothSayIsNoConflict() {
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "Anna Weber called him a “dear friend” at the dinner.",
            quotes: [("dear friend", "Anna Weber")], people: ["Anna Weber"])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "Tomas Brandt called her a “dear friend” at the dinner.",
            quotes: [("dear friend", "Tomas Brandt")], people: ["Tomas Brandt"])
        let quotes = reconciler.reconcile([a, b]).quotes
        #expect(!quotes.contains { $0.verdict == .conflict })
        #expect(quotes.count == 2)
    }

    @Test func indirectParaphrasesFromDifferentSpeakersStayApart() {
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "Anna Weber said the bridge would reopen before winter.",
            quotes: [("the bridge would reopen before winter", "Anna Weber")], people: ["Anna Weber"])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "Tomas Brandt said the bridge would reopen before winter.",
            quotes: [("the bridge would reopen before winter", "Tomas Brandt")], people: ["Tomas Brandt"])
        let indirect = { (article: AnalyzedArticle) -> AnalyzedArticle in
            var copy = article
            copy.quotes = copy.quotes.map { var q = $0; q.kind = .indirect; return q }
            return copy
        }
        #expect(!reconciler.reconcile([indirect(a), indirect(b)]).quotes.contains { $0.verdict == .conflict })
    }

    @Test func transliterationsWithAndWithoutAHyphenAreOneActor() {
        let a = StoryFixtures.article(id: "a", source: "alpha", text: "Park Min-jun spoke first.", people: ["Park Min-jun"])
        let b = StoryFixtures.article(id: "b", source: "beta", text: "Park Min Jun spoke first.", people: ["Park Min Jun"])
        let actors = reconciler.reconcile([a, b]).actors
        #expect(actors.count == 1)
        #expect(actors.first?.sources == ["alpha", "beta"])
    }

    @Test func actorsLinkSurnameToFullNameAcrossArticles() {
        let a = StoryFixtures.article(id: "a", source: "alpha", text: "Anna Weber spoke first.", people: ["Anna Weber"])
        let b = StoryFixtures.article(id: "b", source: "beta", text: "Weber spoke first.", people: ["Weber"])
        let c = StoryFixtures.article(id: "c", source: "gamma", text: "Hans Weber and Anna Weber spoke.", people: ["Hans Weber"])
        let actors = reconciler.reconcile([a, b]).actors
        #expect(actors.count == 1)
        #expect(actors.first?.name == "Anna Weber")
        #expect(actors.first?.sources == ["alpha", "beta"])
        // With two Webers in the story, the bare surname stays apart.
        #expect(reconciler.reconcile([a, b, c]).actors.count == 3)
    }
}

@Suite struct FigureSlotTests {
    @Test func anAgeBelongsToTheNameItIsWrittenAgainst() {
        let text = "Edgar Rios, 16, and 13-year-old Melanie Virgen were found; a 41-year-old man was hurt."
        let article = StoryFixtures.article(
            id: "a", source: "alpha", text: text,
            quantities: [
                ("16", .age, "year", ValueInterval(exactly: 16), nil), ("13-year-old", .age, "year", ValueInterval(exactly: 13), nil),
                ("41-year-old", .age, "year", ValueInterval(exactly: 41), nil),
            ],
            people: ["Edgar Rios", "Melanie Virgen"])
        let owners = article.quantities.map { FactAligner.ageOwner(of: $0, in: article)?.text }
        #expect(owners == ["Edgar Rios", "Melanie Virgen", nil])
    }

    @Test func aHeadlineFigureTheBodyRepeatsIsTheBodys() {
        var article = StoryFixtures.article(
            id: "a", source: "alpha", text: "Storm kills 4 people in Oslo\nThe storm killed 4 people and hurt 9 people.",
            quantities: [
                ("4 people", .count, "people", ValueInterval(exactly: 4), nil),
                ("9 people", .count, "people", ValueInterval(exactly: 9), nil),
            ])
        // The fixture finds the first "4 people", in the headline; the body's starts at scalar 46.
        article.quantities.insert(
            Quantity(span: TextSpan(start: 46, end: 54), text: "4 people", kind: .count, unit: "people", value: ValueInterval(exactly: 4), hedge: nil),
            at: 1)
        #expect(article.headlineSpan == nil, "no title, no headline")
        article.article.title = "Storm kills 4 people in Oslo"
        #expect(article.headlineSpan == TextSpan(start: 0, end: 28))
        let values = FactAligner().candidates(in: article, article: 0, actorName: { _ in nil }).map(\.span.start)
        #expect(values == [46, 64])
    }

    @Test func aDefiniteSmallNumberRefersBackAndIsNoFigure() {
        let article = StoryFixtures.article(
            id: "a", source: "alpha",
            text: "The two leaders met in Tallmere. Police held three people. Officials counted the 4,000 ballots again.",
            quantities: [
                ("two leaders", .count, "leaders", ValueInterval(exactly: 2), nil),
                ("three people", .count, "people", ValueInterval(exactly: 3), nil),
                ("4,000 ballots", .count, "ballots", ValueInterval(exactly: 4000), nil),
            ])
        #expect(article.quantities.map { FactAligner.refersBack($0, in: article) } == [true, false, false])
        let values = FactAligner().candidates(in: article, article: 0, actorName: { _ in nil }).map(\.text)
        #expect(values == ["three people", "4,000 ballots"])
    }

    func sites(_ article: Int, _ value: Double, _ context: Set<String>) -> FactCandidate {
        FactCandidate(
            article: article, kind: .quantity, slot: "count locations", label: "number of locations",
            span: TextSpan(start: 0, end: 1), text: "five locations", interval: ValueInterval(exactly: value), days: nil,
            display: "\(Int(value)) locations", context: context, sentence: "", sentenceIndex: 0)
    }

    @Test func anEqualValueNeedResembleOnlyOneMemberSayingIt() {
        let a = sites(0, 5, ["review", "location", "summit", "official"])
        let b = sites(1, 5, ["review", "location", "summit", "minister"])
        // Shares a word with b only (Dice 0.25 with b, 0 with a).
        let c = sites(2, 5, ["minister", "harbour", "reporter", "remain"])
        #expect(FactAligner().thresholdGroups([a, b, c]).map(\.count) == [3])
        // A different figure must still resemble every member to join (and so conflict).
        let d = sites(2, 6, ["minister", "harbour", "reporter", "remain"])
        #expect(FactAligner().thresholdGroups([a, b, d]).map(\.count) == [2, 1])
    }

    func figure(_ predicates: Set<String>) -> FactCandidate {
        FactCandidate(
            article: 0, kind: .quantity, slot: "count people", label: "number of people", span: TextSpan(start: 0, end: 1),
            text: "3", interval: ValueInterval(exactly: 3), days: nil, display: "3", context: [], sentence: "",
            sentenceIndex: 0, predicates: predicates)
    }

    @Test func countsOfDifferentOutcomesAreDifferentQuestions() {
        #expect(!FactAligner.samePredicate(figure(["shoot"]), figure(["kill"])))
        #expect(!FactAligner.samePredicate(figure(["injure"]), figure(["arrest"])))
        #expect(FactAligner.samePredicate(figure(["kill"]), figure(["die"])), "one outcome in other words")
        #expect(FactAligner.samePredicate(figure(["wound", "say"]), figure(["injure"])))
        #expect(FactAligner.samePredicate(figure([]), figure(["kill"])), "without a statement nothing is known")
    }
}

@Suite struct DayPartDateTests {
    func time(_ text: String, _ type: TimexType, _ value: String, day: Bool = true) -> TimeExpression {
        let date = CalendarDate(year: 2026, month: 3, day: 10)
        return TimeExpression(
            span: TextSpan(start: 0, end: text.count), text: text, type: type, value: value,
            days: day ? date.map { DayInterval(day: $0) } : nil)
    }

    @Test func aPartOfANamedDayIsTheDaySomethingHappened() {
        #expect(FactAligner.namesDayPart(time("Tuesday evening", .time, "2026-03-10TEV")))
        #expect(!FactAligner.namesDayPart(time("3:30 p.m.", .time, "2026-03-10T15:30")), "an hour answers another question")
        #expect(!FactAligner.namesDayPart(time("Tuesday", .date, "2026-03-10")), "a date is a date already")
        #expect(!FactAligner.namesDayPart(time("evening", .time, "TEV", day: false)))
    }
}

@Suite struct QuoteAlignerTests {
    func quote(_ text: String, _ start: Int, _ kind: QuoteKind) -> Quote {
        Quote(span: TextSpan(start: start, end: start + text.unicodeScalars.count), text: text, kind: kind, cue: nil, speaker: nil)
    }

    @Test func quotedWordsInsideIndirectSpeechAreOneStatement() {
        // Long enough, the quoted words stand for the statement and take the clause's speaker.
        let speaker = SpeakerMention(span: TextSpan(start: 0, end: 5), text: "Weber", entity: 0)
        var clause = quote("that “we will not leave until the wall is rebuilt”, and crews arrived", 18, .indirect)
        clause.speaker = speaker
        let words = quote("we will not leave until the wall is rebuilt", 24, .partial)
        let kept = QuoteAligner.oneQuotePerStatement([clause, words])
        #expect(kept.map(\.kind) == [.partial])
        #expect(kept.first?.speaker?.text == "Weber")
        // Quoted words with one content word give way to the clause that carries them; two stand for it
        // (an outlet quoting the speech directly carries them verbatim).
        let short = quote("very high", 40, .partial)
        let around = quote("that the talks had reached “very high” levels of trust", 12, .indirect)
        #expect(QuoteAligner.oneQuotePerStatement([around, short]).map(\.kind) == [.indirect])
        let pair = quote("looking forward", 21, .partial)
        let carrying = quote("that he was “looking forward” to the hearing", 8, .indirect)
        #expect(QuoteAligner.oneQuotePerStatement([carrying, pair]).map(\.text) == ["looking forward"])
        // A clause that states more before the quoted words keeps that part as its own item.
        let offer = quote("that the firm had offered a raise of one euro and called the strike “a mistake at the start of the season”", 10, .indirect)
        let mistake = quote("a mistake at the start of the season", 79, .partial)
        let both = QuoteAligner.oneQuotePerStatement([offer, mistake])
        #expect(both.map(\.text) == ["that the firm had offered a raise of one euro and called the strike", "a mistake at the start of the season"])
        #expect(both.first?.span == TextSpan(start: 10, end: 77))
        // The cut clause does not end on the function words that led into the quoted words.
        let meeting = quote("that Weber would meet the mayors of both towns with the “full support of the regional council”", 5, .indirect)
        let support = quote("full support of the regional council", 62, .partial)
        #expect(QuoteAligner.oneQuotePerStatement([meeting, support]).map(\.text) == ["that Weber would meet the mayors of both towns", "full support of the regional council"])
        // Quotes that do not overlap both stay.
        #expect(QuoteAligner.oneQuotePerStatement([quote("first words here", 0, .direct), quote("other words", 30, .direct)]).count == 2)
    }

    /// The quote groups of more than one source when Anna Weber says `first` in one article and `second` in another.
    func sharedQuotes(_ first: (text: String, quote: String), _ second: (text: String, quote: String)) -> [QuoteGroup] {
        let articles = [first, second].enumerated().map { index, said in
            StoryFixtures.article(
                id: "a\(index)", source: "source\(index)", text: said.text, quotes: [(said.quote, "Anna Weber")],
                people: ["Anna Weber"])
        }
        return StoryReconciler().reconcile(articles).quotes.filter { $0.verdict != .singleSource }
    }

    @Test func aSpeechIsAlignedSentenceBySentence() {
        let speech = "The wall will be rebuilt. Crews start on Monday. Nobody will be left behind"
        let shared = sharedQuotes(
            ("Weber said: “\(speech).”", speech),
            ("“Crews start on Monday,” Weber told reporters at the harbour.", "Crews start on Monday,"))
        #expect(shared.count == 1)
        #expect(shared.first?.variants.first?.reference.text == "Crews start on Monday.")
        #expect(shared.first?.verdict == .compatible, "one sentence of a speech the other outlet quotes whole: trimmed")
    }

    @Test func longestSharedRunCountsConsecutiveWords() {
        let a = QuoteAligner.words(of: "I really believe there’s a lot of good will")
        let b = QuoteAligner.words(of: "there's a lot of goodwill")
        #expect(QuoteAligner.longestSharedRun(a, b) == 4)
        #expect(QuoteAligner.longestSharedRun(a, []) == 0)
        #expect(QuoteAligner.words(of: "We are in the pre-preliminary stages") == ["we", "are", "in", "the", "pre-preliminary", "stages"])
    }

    @Test func quotesSharingOneCommonWordStayApart() {
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "Weber called the talks “very good” on Monday.",
            quotes: [("very good", "Anna Weber")], people: ["Anna Weber"])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "Weber called her rival “a good chess player” once.",
            quotes: [("a good chess player", "Anna Weber")], people: ["Anna Weber"])
        let quotes = StoryReconciler().reconcile([a, b]).quotes
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.verdict == .singleSource })
    }

    @Test func shortPartialQuotesWithTheSameWordsGroup() {
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "She called him a “dear friend” at dinner.", quotes: [("dear friend", nil)])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "They called each other “dear friends” twice.", quotes: [("dear friends", nil)])
        #expect(StoryReconciler().reconcile([a, b]).quotes.first?.variants.count == 2)
    }

    @Test func aTrimmedQuotationJoinsTheFullOne() {
        let full = "We will rebuild the harbour wall before the winter storms arrive"
        let shared = sharedQuotes(
            ("Weber said: “\(full).”", full),
            ("Weber vowed to “rebuild the harbour wall before the winter” as a priority.", "rebuild the harbour wall before the winter"))
        #expect(shared.count == 1)
        #expect(shared.first?.verdict == .compatible)
    }

    @Test func theSameWordsFromTwoSpeakersOfOneSurnameAreNoConflict() {
        let words = "the new bridge will open to traffic in the spring"
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "At a packed town meeting on Monday, Anna Weber said “\(words)”.", quotes: [(words, "Anna Weber")], people: ["Anna Weber"])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "Karl Weber said “\(words)”, answering questions from shop owners worried about delays.", quotes: [(words, "Karl Weber")], people: ["Karl Weber"])
        let c = StoryFixtures.article(
            id: "c", source: "gamma", text: "Speaking to reporters after the vote, Ola Lund said “\(words)”.", quotes: [(words, "Ola Lund")], people: ["Ola Lund"])
        let quotes = StoryReconciler().reconcile([a, b]).quotes
        #expect(quotes.first?.verdict == .agree, "one Weber or the other: a resolution slip, not a conflict")
        #expect(StoryReconciler().reconcile([a, c]).quotes.first?.verdict == .conflict)
    }

    @Test func aConflictNeedsSpeakersNamedInTheirOwnAttributionAndNoClearMajority() {
        let words = "the harbour wall cannot wait another winter"
        let weber = { (id: String, source: String) in
            StoryFixtures.article(
                id: id, source: source, text: "Anna Weber said “\(words)”.", quotes: [(words, "Anna Weber")], people: ["Anna Weber"])
        }
        let brandt = StoryFixtures.article(
            id: "c", source: "gamma", text: "Tomas Brandt said “\(words)”.", quotes: [(words, "Tomas Brandt")], people: ["Tomas Brandt"])
        // Two named speakers, one each: a conflict.
        #expect(StoryReconciler().reconcile([weber("a", "alpha"), brandt]).quotes.first?.verdict == .conflict)
        // Two outlets name Weber, one Brandt: the odd one out is a misattribution.
        let majority = StoryReconciler().reconcile([weber("a", "alpha"), weber("b", "beta"), brandt]).quotes
        #expect(majority.first?.variants.count == 3)
        #expect(!majority.contains { $0.verdict == .conflict })
        // A speaker reached through a pronoun is too weak to call a conflict on.
        var pronoun = brandt
        pronoun.quotes = pronoun.quotes.map { quote in
            var copy = quote
            copy.speaker?.text = "he"
            return copy
        }
        #expect(!StoryReconciler().reconcile([weber("a", "alpha"), pronoun]).quotes.contains { $0.verdict == .conflict })
    }

    @Test func aSpeakerThatIsNoNameIsShownAsDescribed() {
        let words = "the berths will reopen after the inspection"
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "“\(words)”, the port authority said.", quotes: [(words, "the port authority")])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "Port Authority officials said “\(words)”.", quotes: [(words, "Port Authority")])
        let c = StoryFixtures.article(id: "c", source: "gamma", text: "“\(words)”, it said.", quotes: [(words, "it")])
        #expect(StoryReconciler().reconcile([a, b, c]).quotes.first?.speaker == "the port authority")
        let d = StoryFixtures.article(
            id: "d", source: "delta", text: "“\(words)”, the shipping union said.", quotes: [(words, "the shipping union")])
        #expect(StoryReconciler().reconcile([a, d]).quotes.first?.speaker == nil, "two descriptions, no one speaker")
    }

    @Test func aSpeakerAndTheWritingsNamedAfterThemAreNoConflict() {
        let words = "the harbour wall cannot wait another winter"
        let a = StoryFixtures.article(
            id: "a", source: "alpha", text: "The Lund Report says “\(words)”, according to the council.",
            quotes: [(words, "Lund Report")], people: ["Lund Report"])
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "Engineer Ola Lund wrote that “\(words)”.", quotes: [(words, "Ola Lund")], people: ["Ola Lund"])
        let quotes = StoryReconciler().reconcile([a, b]).quotes
        #expect(quotes.first?.variants.count == 2)
        #expect(!quotes.contains { $0.verdict == .conflict }, "a report named after its author is no second speaker")
    }

    @Test func eachPieceOfASplitQuotationAlignsOnItsOwn() {
        let first = "The harbour wall will be rebuilt this year"
        let second = "Every shop on the quay will reopen before the summer season"
        let text = "“\(first),” Weber said. “\(second).”"
        var a = StoryFixtures.article(
            id: "a", source: "alpha", text: text, quotes: [(first, "Anna Weber")], people: ["Anna Weber"])
        let scalars = Array(text.unicodeScalars)
        func span(_ needle: String) -> TextSpan {
            let n = Array(needle.unicodeScalars)
            let start = (0...(scalars.count - n.count)).first { Array(scalars[$0..<($0 + n.count)]) == n } ?? 0
            return TextSpan(start: start, end: start + n.count)
        }
        a.quotes[0].span = TextSpan(start: span(first).start, end: span(second).end)
        a.quotes[0].parts = [span(first), span(second)]
        a.quotes[0].text = first + " … " + second
        let b = StoryFixtures.article(
            id: "b", source: "beta", text: "Shop owners heard Weber promise that “\(second)”, a pledge she repeated.",
            quotes: [(second, "Anna Weber")], people: ["Anna Weber"])
        let shared = StoryReconciler().reconcile([a, b]).quotes.filter { $0.verdict != .singleSource }
        #expect(shared.count == 1)
        #expect(shared.first?.verdict == .agree)
        #expect(shared.first?.variants.first?.reference.text == second)
    }
}

@Suite struct FactDescriptionTests {
    @Test func aDateOrPlaceIsAskedAboutItsEventInPlainWords() {
        let met = ClauseEvent(lemma: "meet", subjects: ["Anna Weber"], objects: ["Tomas Brandt"])
        #expect(met.question(for: .date) == "when Anna Weber met Tomas Brandt")
        #expect(met.question(for: .place) == "where Anna Weber met Tomas Brandt")
        #expect(met.question(for: .quantity) == nil)
        let signed = ClauseEvent(lemma: "sign", subjects: ["Austria", "Chile", "Peru", "Laos"], objects: [])
        #expect(signed.question(for: .date) == "when Austria, Chile and Peru signed")
        #expect(ClauseEvent(lemma: "arrest", subjects: [], objects: ["Ola Lund"]).question(for: .date) == "when Ola Lund was arrested")
        #expect(ClauseEvent(lemma: "write", subjects: [], objects: []).question(for: .date) == "date of the writing")
        #expect(ClauseEvent(lemma: "summit", subjects: ["Chile"], objects: []).question(for: .place) == "place of the summit (Chile)")
    }

    @Test func verbTensesComeFromTheLexicon() {
        let lexicon = PredicateLexicon.standard
        #expect(lexicon.verbTenses(of: "meet").map { [$0.past, $0.participle, $0.gerund] } == ["met", "met", "meeting"])
        #expect(lexicon.verbTenses(of: "write").map { [$0.past, $0.participle] } == ["wrote", "written"])
        #expect(lexicon.verbTenses(of: "die").map { [$0.past, $0.gerund] } == ["died", "dying"])
        #expect(lexicon.verbTenses(of: "commit").map(\.past) == "committed")
        #expect(lexicon.verbTenses(of: "summit") == nil)
    }

    @Test func aFactNoStatementDescribesShowsTheWordsAroundIt() {
        let candidate = FactCandidate(
            article: 0, kind: .date, slot: "date", label: "date", span: TextSpan(start: 0, end: 1), text: "Tuesday",
            interval: nil, days: nil, display: "2026-03-10", context: [],
            sentence: "Ministers from both countries held talks that lasted two hours in Oslo on Tuesday, and signed a pact.",
            sentenceIndex: 0)
        #expect(FactAligner.snippetDescription(of: candidate) == "date in \u{201C}two hours in Oslo on Tuesday, and signed a pact\u{201D}")
    }
}

@Suite struct FactRankingTests {
    func fact(_ description: String, _ kind: FactKind, _ verdict: Verdict, sources: Int) -> Fact {
        Fact(id: "", kind: kind, slot: "", description: description, verdict: verdict, values: [], independentSources: sources)
    }

    @Test func contestedAndWidelyReportedFirstThenSingleSourceBySalience() {
        let facts = [
            fact("late figure", .quantity, .singleSource, sources: 1),
            fact("shared date", .date, .agree, sources: 2),
            fact("lead event", .event, .singleSource, sources: 1),
            fact("lead figure", .quantity, .singleSource, sources: 1),
            fact("conflict", .quantity, .conflict, sources: 2),
            fact("widely reported", .date, .agree, sources: 3),
        ]
        let position = ["late figure": 0.9, "lead event": 0.1, "lead figure": 0.1]
        let ranked = StoryReconciler.numbered(facts) { position[$0.description] ?? 0 }
        #expect(ranked.map(\.description) == ["conflict", "widely reported", "shared date", "lead figure", "lead event", "late figure"])
        #expect(ranked.map(\.id) == ["f1", "f2", "f3", "f4", "f5", "f6"])
    }
}
