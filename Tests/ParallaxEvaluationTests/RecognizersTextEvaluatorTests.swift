import Foundation
import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct RecognizersTextEvaluatorTests {
    @Test func scoresCasesAndSkipsDotnet() throws {
        let spec = """
            [{"Input": "I have 3 apples", "Results": [{"Text": "3", "TypeName": "number", "Resolution": {"value": "3"}, "Start": 7, "End": 7}]},
             {"Input": "twelve", "Results": [{"Text": "twelve", "TypeName": "number", "Resolution": {"value": "13"}, "Start": 0, "End": 5}]},
             {"Input": "x", "NotSupported": "dotnet", "Results": []}]
            """
        let score = try RecognizersTextEvaluator.evaluate(Data(spec.utf8), file: "Number/NumberModel.json")
        #expect(score.passed == 1)
        #expect(score.failed == 1)
        #expect(score.skipped == 1)
    }

    @Test func readsIntervalNotation() {
        #expect(RecognizersTextEvaluator.interval("(20,35]") == ValueInterval(low: 20, high: 35, lowOpen: true))
        #expect(RecognizersTextEvaluator.interval("[30,)")?.high == .infinity)
    }

    @Test func mapsFileNamesToModels() {
        #expect(RecognizersTextModel(fileName: "Number/NumberRangeModelExperimentalMode.json") == .numberRange(experimental: true))
        #expect(RecognizersTextModel(fileName: "NumberWithUnit/TemperatureModel.json") == .temperature)
    }
}
