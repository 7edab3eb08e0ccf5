import Testing

@testable import ParallaxCore

/// The word lists of `Language/` and the readers that take their words from them.
@Suite struct LanguageListsTests {
    @Test func monthsAreNamedInFullOrAbbreviatedWithOrWithoutThePeriod() {
        #expect(MonthName.month(key: WordKey.word("september")) == 9)
        #expect(MonthName.month(key: WordKey.word("sept")) == 9)
        #expect(MonthName.month(key: WordKey.word("Sep.")) == 9)
        #expect(MonthName.month(key: WordKey.word("may")) == 5)
        #expect(MonthName.month(key: WordKey.word("may.")) == nil)
        #expect(MonthName.keys.count == 36)
    }

    @Test func monthAndWeekdayListsKeepTheirOrderAndAbbreviations() {
        #expect(MonthName.fullNames.first == "january" && MonthName.fullNames.count == 12)
        let months = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
        #expect(MonthName.abbreviations == months)
        #expect(WeekdayName.fullNames.first == "monday" && WeekdayName.fullNames.count == 7)
        #expect(WeekdayName.abbreviations == ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])
    }

    @Test func weekdayAbbreviationsAreLookedUpApartFromFullNames() {
        #expect(WeekdayName.weekday(key: WordKey.word("friday")) == 5)
        #expect(WeekdayName.weekday(key: WordKey.word("fri")) == nil)
        #expect(WeekdayName.weekday(abbreviation: WordKey.word("thurs")) == 4)
        #expect(WeekdayName.weekday(abbreviation: WordKey.word("thursday")) == nil)
        #expect(WeekdayName.keys.count == 17)
    }

    @Test func calendarWordsAreTheNamesAndTheAbbreviationsWithTheirPeriod() {
        let words = NonNameWords.calendarWords
        #expect(words.count == 41)
        #expect(words.isSuperset(of: ["march", "sept.", "jan.", "sunday", "thurs.", "tues."]))
        #expect(words.isDisjoint(with: ["sept", "jan", "thurs", "may."]))
    }

    @Test func theSentenceSplittersSpeechVerbsAreReportingVerbs() {
        #expect(ReportingVerbs.afterQuotedQuestion.isSubset(of: ReportingVerbs.indirect))
        #expect(SentenceLexicon.speechVerbs.count == ReportingVerbs.afterQuotedQuestion.count)
    }

    @Test func weekdaysMayStandBetweenASpeakerAndTheVerb() {
        #expect(ReportingVerbs.adverbs.isSuperset(of: WeekdayName.fullNames))
        #expect(ReportingVerbs.adverbs.contains("on"))
    }

    @Test func everyMonthAndWeekdayAbbreviationKeepsItsPeriod() {
        for word in MonthName.abbreviations + WeekdayName.abbreviations {
            let capitalized = word.prefix(1).uppercased() + word.dropFirst()
            let text = TokenizedText("Talks resume \(capitalized). 5 in Oslo.")
            let tokens = text.tokens.indices.map { text.text(ofToken: $0) }
            #expect(tokens.contains(capitalized + "."), "\(word)")
        }
    }

    @Test func theSentenceSplitterReadsMonthAbbreviationsAsTitles() {
        #expect(MonthName.abbreviations.allSatisfy { WordKey.word($0).map(SentenceLexicon.titles.contains) == true })
        #expect(WordKey.word("may").map(SentenceLexicon.titles.contains) == false)
    }
}
