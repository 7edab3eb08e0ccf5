import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

/// Time zones, read only in the Recognizers-Text convention and valued as UTC offsets.
@Suite struct TimeZoneRuleTests {
    let composite = PatternTimeRecognizer(convention: .recognizersText)
    let atomic = PatternTimeRecognizer()
    let documentDate = CalendarDate(year: 2025, month: 1, day: 22)

    func zones(_ text: String, _ recognizer: PatternTimeRecognizer? = nil) -> [String] {
        (recognizer ?? composite).times(in: TokenizedText(text), documentDate: documentDate)
            .map { "\($0.text)=\($0.value)" }
    }

    @Test func offsetsFromUTCAndGMT() {
        #expect(zones("The server runs on utc+5:45 today.") == ["utc+5:45=UTC+05:45", "today=2025-01-22"])
        #expect(zones("Call the desk at gmt-2 please.") == ["gmt-2=UTC-02:00"])
        #expect(zones("Everything is logged in UTC.") == ["UTC=UTC+00:00"])
        #expect(zones("They work on MSK+2 there.") == ["MSK+2=UTC+05:00"])
    }

    @Test func abbreviationsNeedCapitalsOrACue() {
        #expect(zones("The launch window opens in AEDT.") == ["AEDT=UTC+11:00"])
        #expect(zones("Send it at pt please.") == ["pt=UTC-08:00"])
        #expect(zones("PT is a physical therapist.").isEmpty)
    }

    @Test func namedZonesAndDaylightTime() {
        #expect(zones("We follow mountain daylight time.") == ["mountain daylight time=UTC-06:00"])
        #expect(zones("Reports use Eastern Standard Time.") == ["Eastern Standard Time=UTC-05:00"])
        #expect(zones("The office keeps tokyo time.") == ["tokyo time=UTC+09:00"])
        #expect(zones("The office keeps tokyo-time.") == ["tokyo-time=UTC+09:00"])
        #expect(zones("They live in Russia time zone 2.") == ["Russia time zone 2=UTC+03:00"])
    }

    @Test func unknownPlaceBeforeTimeHasAnUnknownOffset() {
        #expect(zones("Let us use Reykjavik time for this.") == ["Reykjavik time=UTC+XX:XX"])
        #expect(zones("Some time ago it rained.").allSatisfy { !$0.hasPrefix("Some time=") })
    }

    @Test func timeMLConventionReadsNoZones() {
        #expect(zones("The launch window opens in AEDT.", atomic).isEmpty)
        #expect(zones("The office keeps tokyo time.", atomic).isEmpty)
    }
}
