import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

/// A clock time and the length that runs from it, joined in the Recognizers-Text convention.
@Suite struct ClockLengthCompositionTests {
    let composite = PatternTimeRecognizer(convention: .recognizersText)
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    func found(_ text: String) -> [String] {
        composite.times(in: TokenizedText(text), documentDate: documentDate).map { "\($0.text)=\($0.value)" }
    }

    @Test func clockThenLengthIsARange() {
        #expect(
            found("The hall is ours from 3pm for 2 hours.")
                == ["from 3pm for 2 hours=(2025-01-22T15:00,2025-01-22T17:00:00,PT2H)"])
        #expect(
            found("The hall is ours from 8 for 1.5 hrs.")
                == ["from 8 for 1.5 hrs=(2025-01-22T08:00,2025-01-22T09:30:00,PT1H30M)"])
    }

    @Test func lengthThenClockIsARange() {
        #expect(
            found("It runs for 45 minutes from 11 am.")
                == ["for 45 minutes from 11 am=(2025-01-22T11:00,2025-01-22T11:45:00,PT45M)"])
    }

    @Test func clockWithoutFromStaysApart() {
        #expect(found("Meet at 3pm for 1 hr.") == ["3pm=2025-01-22T15:00", "1 hr=PT1H"])
    }

    @Test func dayBeforeTheRangeDatesIt() {
        #expect(
            found("Book it on March 3 from 10am for 3 hours.")
                == ["March 3 from 10am for 3 hours=(2025-03-03T10:00,2025-03-03T13:00:00,PT3H)"])
    }
}
