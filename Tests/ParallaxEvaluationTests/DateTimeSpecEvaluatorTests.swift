import Foundation
import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct DateTimeSpecEvaluatorTests {
    /// A Wednesday.
    let reference = CalendarDate(dayNumber: 20_110)

    func outcomes(_ json: String) throws -> [DateTimeSpecOutcome] {
        try DateTimeSpecEvaluator.outcomes(Data(json.utf8), file: "Test.json")
    }

    func score(_ json: String) throws -> SpecScore {
        try DateTimeSpecEvaluator.evaluate(Data(json.utf8), file: "Test.json")
    }

    func accepts(_ ours: String, _ timex: String, _ resolutions: [DateTimeSpecResolution] = []) -> Bool {
        TimexEquivalence.accepts(
            ours, as: DateTimeSpecValue(timex: timex, resolutions: resolutions), referenceDate: reference)
    }

    // MARK: Cases

    @Test func parserCaseWithMatchingSpanAndResolvedWeekdayPasses() throws {
        let json = """
            [{"Input": "I will leave on Friday", "Context": {"ReferenceDateTime": "2025-01-22T00:00:00"},
              "Results": [{"Text": "Friday", "Type": "date", "Start": 16, "Length": 6,
                "Value": {"Timex": "XXXX-WXX-5", "FutureResolution": {"date": "2025-01-24"},
                          "PastResolution": {"date": "2025-01-17"}}}]}]
            """
        #expect(try outcomes(json) == [.passed])
        #expect(try score(json) == SpecScore(file: "Test.json", passed: 1))
    }

    @Test func timeZoneCaseComparesTheOffset() throws {
        let json = """
            [{"Input": "Reports are due in AEDT", "Results": [{"Text": "AEDT", "Type": "timezone", "Start": 19, "Length": 4,
                "Value": {"TimeZoneResolution": {"Value": "UTC+11:00", "UtcOffsetMins": 660}}}]},
             {"Input": "Reports are due in AEDT", "Results": [{"Text": "AEDT", "Type": "timezone", "Start": 19, "Length": 4,
                "Value": {"TimeZoneResolution": {"Value": "UTC+10:00", "UtcOffsetMins": 600}}}]}]
            """
        let results = try outcomes(json)
        #expect(results.first == .passed)
        #expect(results.last != .passed)
    }

    @Test func extractorCaseComparesSpansOnly() throws {
        let json = """
            [{"Input": "I will leave on Friday", "Results": [{"Text": "Friday", "Type": "date", "Start": 16, "Length": 6}]},
             {"Input": "Nothing to see here", "Results": []}]
            """
        #expect(try outcomes(json) == [.passed, .passed])
    }

    @Test func caseWithOtherSpanFails() throws {
        let json = """
            [{"Input": "I will leave on Friday", "Results": [{"Text": "leave on Friday", "Type": "date", "Start": 7, "Length": 15}]}]
            """
        let result = try outcomes(json)
        #expect(result.count == 1)
        guard case .failed(let reason) = result.first else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(reason.hasPrefix("spans:"))
        #expect(try score(json) == SpecScore(file: "Test.json", failed: 1))
    }

    @Test func caseWithOtherValueFails() throws {
        let json = """
            [{"Input": "I will leave on Friday", "Context": {"ReferenceDateTime": "2025-01-22T00:00:00"},
              "Results": [{"Text": "Friday", "Type": "date", "Start": 16, "Length": 6,
                "Value": {"Timex": "XXXX-WXX-5", "FutureResolution": {"date": "2025-01-31"},
                          "PastResolution": {"date": "2025-01-10"}}}]}]
            """
        guard case .failed(let reason) = try outcomes(json).first else {
            Issue.record("expected a failure")
            return
        }
        #expect(reason.hasPrefix("value of \"Friday\""))
    }

    @Test func modelCaseReadsInclusiveEndAndAlternatives() throws {
        let json = """
            [{"Input": "I will leave on Friday.", "Context": {"ReferenceDateTime": "2025-01-22T00:00:00"},
              "Results": [{"Text": "friday", "Start": 16, "End": 21, "TypeName": "datetimeV2.date",
                "Resolution": {"values": [{"timex": "XXXX-WXX-5", "type": "date", "value": "2025-01-17"},
                                          {"timex": "XXXX-WXX-5", "type": "date", "value": "2025-01-24"}]}}]}]
            """
        #expect(try outcomes(json) == [.passed])
    }

    @Test func timeZoneResultFailsAgainstAnotherExpression() throws {
        let json = """
            [{"Input": "I will leave on Friday", "Results": [{"Text": "Friday", "Type": "timezone", "Start": 16, "Length": 6,
                "Value": {"TimeZoneResolution": {"Value": "UTC+08:00", "UtcOffsetMins": 480}}}]}]
            """
        guard case .failed = try outcomes(json).first else {
            Issue.record("expected a failure")
            return
        }
    }

    @Test func caseNotSupportedByDotnetIsSkippedAndOthersCount() throws {
        let json = """
            [{"Input": "I will leave on Friday", "NotSupported": "javascript, dotnet", "Results": []},
             {"Input": "I will leave on Friday", "NotSupportedByDesign": "dotnet", "Results": []},
             {"Input": "I will leave on Friday", "NotSupported": "javascript, python, java",
              "Results": [{"Text": "Friday", "Type": "date", "Start": 16, "Length": 6}]}]
            """
        #expect(try outcomes(json) == [.skipped, .skipped, .passed])
        #expect(try score(json) == SpecScore(file: "Test.json", passed: 1, skipped: 2))
    }

    @Test func caseWithoutContextResolvesAgainstTheDefaultReferenceDate() throws {
        #expect(DateTimeSpecCase.defaultReferenceDate.description == "2016-11-07")
        let json = """
            [{"Input": "I will leave on Friday", "Results": [{"Text": "Friday", "Type": "date", "Start": 16, "Length": 6,
                "Value": {"Timex": "XXXX-WXX-5", "FutureResolution": {"date": "2016-11-11"},
                          "PastResolution": {"date": "2016-11-04"}}}]}]
            """
        #expect(try outcomes(json) == [.passed])
    }

    @Test func referenceClockTimeIsRead() throws {
        let json = """
            [{"Input": "Ring me in 2 hours", "Context": {"ReferenceDateTime": "2025-01-22T10:15:00"},
              "Results": [{"Text": "in 2 hours", "Type": "datetime", "Start": 8, "Length": 10,
                "Value": {"Timex": "2025-01-22T12:15:00", "FutureResolution": {"dateTime": "2025-01-22 12:15:00"},
                          "PastResolution": {"dateTime": "2025-01-22 12:15:00"}}}]}]
            """
        #expect(try outcomes(json) == [.passed])
        #expect(DateTimeSpecCase.secondsOfDay("2025-01-22T10:15:30") == 36_930)
        #expect(DateTimeSpecCase.secondsOfDay("2025-01-22") == nil)
    }

    @Test func singleExtractorSpecLeavesOutOtherKindsThatOverlapNothing() throws {
        let json = """
            [{"Input": "Ring me at 4pm next week", "Results": [{"Text": "4pm", "Type": "time", "Start": 11, "Length": 3}]}]
            """
        let data = Data(json.utf8)
        #expect(try DateTimeSpecEvaluator.outcomes(data, file: "DateTime/TimeExtractor.json") == [.passed])
        #expect(try DateTimeSpecEvaluator.outcomes(data, file: "DateTime/MergedExtractor.json") != [.passed])
        #expect(DateTimeSpecScope(file: "DateTime/TimeZoneParser.json").kinds == [.timeZone])
        #expect(DateTimeSpecScope(file: "DateTime/DateTimeModelTasksMode.json") == .all)
    }

    @Test func outOfScopeExpressionOverlappingAListedSpanStillCounts() throws {
        let json = """
            [{"Input": "Out for 3 days", "Results": [{"Text": "3", "Type": "time", "Start": 8, "Length": 1}]}]
            """
        #expect(try DateTimeSpecEvaluator.outcomes(Data(json.utf8), file: "DateTime/TimeExtractor.json") != [.passed])
    }

    @Test func spanOffsetsCountUTF16CodeUnits() throws {
        // The emoji is two UTF-16 code units but one scalar.
        let json = """
            [{"Input": "😀 I will leave on Friday", "Results": [{"Text": "Friday", "Type": "date", "Start": 19, "Length": 6}]}]
            """
        #expect(try outcomes(json) == [.passed])
    }

    @Test func malformedJSONThrows() {
        #expect(throws: DateTimeSpecError.invalidJSON(file: "Test.json")) { try score("[{\"Input\": ") }
        #expect(throws: DateTimeSpecError.notACaseList(file: "Test.json")) { try score("{\"Input\": \"x\"}") }
    }

    @Test func malformedCasesFailWithoutStoppingTheFile() throws {
        let json = """
            [42,
             {"Results": []},
             {"Input": "I will leave on Friday", "Results": "none"},
             {"Input": "I will leave on Friday", "Results": [{"Text": "Friday", "Start": 16}]},
             {"Input": "I will leave on Friday", "Results": [{"Text": "Friday", "Start": 16, "Length": 60}]},
             {"Input": "I will leave on Friday", "Results": [{"Text": "Friday", "Start": "16", "Length": 6}]},
             {"Input": "I will leave on Friday", "Context": {"ReferenceDateTime": "someday"}, "Results": []},
             {"Input": "I will leave on Friday", "Results": [{"Text": "Friday", "Start": 16, "Length": 6, "Value": "XXXX-WXX-5"}]},
             {"Input": "I will leave on Friday", "Results": [{"Text": "Friday", "Type": "date", "Start": 16, "Length": 6}]}]
            """
        let result = try outcomes(json)
        #expect(result.count == 9)
        #expect(result.last == .passed)
        for outcome in result.dropLast() {
            guard case .failed(let reason) = outcome else {
                Issue.record("expected a failure, got \(outcome)")
                continue
            }
            #expect(reason.hasPrefix("malformed spec case:"))
        }
    }

    // MARK: TIMEX equivalence

    @Test func identicalTimexesMatch() {
        #expect(accepts("PT1H35M", "PT1H35M"))
        #expect(accepts("PRESENT_REF", "PRESENT_REF"))
        #expect(!accepts("PAST_REF", "PRESENT_REF"))
    }

    @Test func clockTimesCompareByValue() {
        #expect(accepts("2025-01-22T08:00", "2025-01-22T08"))
        #expect(accepts("T08:00", "T08:00:00"))
        #expect(!accepts("2025-01-22T08:30", "2025-01-22T08"))
        #expect(!accepts("2025-01-22TMO", "2025-01-22TAF"))
    }

    @Test func bareSpecTimeMatchesOursAnchoredToTheReferenceDate() {
        #expect(reference.description == "2025-01-22")
        #expect(accepts("2025-01-22T15:00", "T15"))
        #expect(accepts("2025-01-22TMO", "TMO"))
        #expect(!accepts("2025-01-23T15:00", "T15"))
        #expect(!accepts("2025-01-22", "T15"))
    }

    @Test func periodsCoveringTheSameDaysMatch() {
        #expect(accepts("2016-11", "(2016-11-01,2016-12-01,P1M)"))
        #expect(accepts("199", "(1990-01-01,2000-01-01,P10Y)"))
        #expect(accepts("2016-W45", "(2016-11-07,2016-11-14,P1W)"))
        #expect(accepts("2016-Q1", "(2016-01-01,2016-04-01,P3M)"))
        #expect(!accepts("2016-11", "(2016-11-01,2016-12-02,P1M)"))
        #expect(!accepts("2016-11-07T08:00", "(2016-11-07,2016-11-08,P1D)"))
        #expect(!accepts("P1M", "(2016-11-01,2016-12-01,P1M)"))
    }

    @Test func placeholderMatchesEitherResolution() {
        let monday = [
            DateTimeSpecResolution(value: "2016-11-14"), DateTimeSpecResolution(value: "2016-11-07"),
        ]
        #expect(accepts("2016-11-07", "XXXX-WXX-1", monday))
        #expect(accepts("2016-11-14", "XXXX-WXX-1", monday))
        #expect(!accepts("2016-11-21", "XXXX-WXX-1", monday))
        #expect(!accepts("2016-11-07", "XXXX-WXX-1"))
        let november = [DateTimeSpecResolution(start: "2016-11-01", end: "2016-12-01")]
        #expect(accepts("2016-11", "XXXX-11", november))
        #expect(accepts("2016-11", "(XXXX-11-01,XXXX-12-01,P1M)", november))
        let mondayMorning = [DateTimeSpecResolution(start: "2016-11-14 08:00:00", end: "2016-11-14 12:00:00")]
        #expect(accepts("2016-11-14TMO", "XXXX-WXX-1TMO", mondayMorning))
        #expect(!accepts("2016-11-14TAF", "XXXX-WXX-1TMO", mondayMorning))
    }

    @Test func durationsOfTheSameLengthMatch() {
        #expect(accepts("PT90M", "PT1.5H"))
        #expect(accepts("PT1H30M", "PT1.5H"))
        #expect(accepts("P1DE", "P10Y"))
        #expect(accepts("P7D", "P1W"))
        #expect(!accepts("P30D", "P1M"))
        #expect(!accepts("PXY", "P3Y"))
        #expect(!accepts("PT2H", "PT1.5H"))
    }

    // MARK: Report

    @Test func rangesMatchEndByEndAndByLength() {
        let day = reference.description
        #expect(accepts("(\(day)T09:00,\(day)T11:30,PT2H30M)", "(T09,T11:30,PT2H30M)"))
        #expect(!accepts("(\(day)T09:00,\(day)T11:00,PT2H)", "(T09,T11:30,PT2H30M)"))
        #expect(accepts("(2025-03-03,2025-03-09,P6D)", "(XXXX-03-03,XXXX-03-09,P6D)", [
            DateTimeSpecResolution(start: "2025-03-03", end: "2025-03-09")
        ]))
        #expect(!accepts("2025-03-03", "(2025-03-03,2025-03-09,P6D)"))
    }

    @Test func reportSumsExtractorAndParserFilesApart() {
        let report = DateTimeSpecReport(files: [
            SpecScore(file: "DateExtractor.json", passed: 3, failed: 1),
            SpecScore(file: "DateTime/TimeParser.json", passed: 2, failed: 2, skipped: 1),
            SpecScore(file: "DateTimeModelTasksMode.json", passed: 0, failed: 5),
        ])
        #expect(report.extractorAndParser.passed == 5)
        #expect(report.extractorAndParser.failed == 3)
        #expect(report.extractorAndParser.skipped == 1)
        #expect(report.overall.failed == 8)
    }
}
