import Testing

@testable import ParallaxCore
@testable import ParallaxEvaluation

@Suite struct BratAttributionReaderTests {
    let text = Array("Drozdov said “talks went well.” Then prices rose, officials said.".unicodeScalars)

    @Test func readsContentSourceAndDirectness() throws {
        let standoff = """
            T1\tSource 0 7\tDrozdov
            T2\tCue 8 12\tsaid
            T3\tContent 13 31\t“talks went well.”
            E1\tAttribution:T2 Source:T1 Content:T3 Cue:T2
            T4\tContent 37 41;44 48\tprices rose
            E2\tAttribution:T4 Content:T4
            """
        let gold = try BratAttributionReader.attributions(standoff: standoff, text: text, file: "a.ann")
        #expect(gold.count == 2)
        #expect(gold[0].content == TextSpan(start: 13, end: 31))
        #expect(gold[0].source == TextSpan(start: 0, end: 7))
        #expect(gold[0].isDirect)
        #expect(gold[1].content == TextSpan(start: 37, end: 48))
        #expect(gold[1].source == nil)
        #expect(!gold[1].isDirect)
    }

    @Test func continuationLinesOfASpanTextAreIgnored() throws {
        let standoff = "T1\tContent 0 12\tDrozdov\nsaid\nE1\tAttribution:T1 Content:T1\n"
        #expect(try BratAttributionReader.attributions(standoff: standoff, text: text, file: "a.ann").count == 1)
    }

    @Test func malformedOffsetsAreAnError() {
        #expect(throws: AttributionFormatError.self) {
            try BratAttributionReader.attributions(standoff: "T1\tContent zero 12\tx", text: text, file: "a.ann")
        }
    }

    @Test func unknownIdsAndSpansOutsideTheTextAreErrors() {
        #expect(throws: AttributionFormatError.unknownAnnotation(file: "a.ann", line: 1, id: "T9")) {
            try BratAttributionReader.attributions(standoff: "E1\tAttribution:T9 Content:T9", text: text, file: "a.ann")
        }
        #expect(throws: AttributionFormatError.spanOutOfText(file: "a.ann", line: 1)) {
            try BratAttributionReader.attributions(standoff: "T1\tContent 0 999\tx", text: text, file: "a.ann")
        }
    }
}
