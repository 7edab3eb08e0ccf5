import Foundation
import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct DateTimeSpecScopeTests {
    let json = """
        [{"Input": "next week 9am works", "Context": {"ReferenceDateTime": "2025-01-22T00:00:00"},
          "Results": [{"Text": "next week", "Type": "daterange", "Start": 0, "Length": 9}]}]
        """

    @Test func subExtractorFilesCoverTheirOwnKindsOnly() {
        #expect(DateTimeSpecScope(file: "DateTime/DatePeriodExtractor.json").kinds == [.date])
        #expect(DateTimeSpecScope(file: "TimeParser.json").kinds == [.time])
        #expect(DateTimeSpecScope(file: "DurationParser.json").kinds == [.duration])
        #expect(DateTimeSpecScope(file: "DateTime/MergedParser.json") == .all)
        #expect(DateTimeSpecScope(file: "DateTimeModelCalendarMode.json") == .all)
    }

    @Test func anExpressionOfAnotherKindIsNotCompared() throws {
        let scoped = try DateTimeSpecEvaluator.outcomes(Data(json.utf8), file: "DatePeriodExtractor.json")
        #expect(scoped == [.passed])
        let merged = try DateTimeSpecEvaluator.outcomes(Data(json.utf8), file: "MergedExtractor.json")
        #expect(merged != [.passed])
    }

    @Test func anotherKindOverlappingAListedResultStillCounts() throws {
        let overlapping = """
            [{"Input": "tomorrow 9am works", "Context": {"ReferenceDateTime": "2025-01-22T00:00:00"},
              "Results": [{"Text": "tomorrow", "Type": "date", "Start": 0, "Length": 8}]}]
            """
        #expect(try DateTimeSpecEvaluator.outcomes(Data(overlapping.utf8), file: "DateExtractor.json") != [.passed])
    }
}
