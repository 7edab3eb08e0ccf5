import Testing

@testable import ParallaxCore

@Suite("DatelineParser")
struct DatelineParserTests {
    let parser = DatelineParser()

    func split(_ text: String) -> (dateline: String, body: String)? {
        parser.parse(text[...]).map { ($0.dateline, String($0.body)) }
    }

    @Test("takes a place phrase ending in a colon")
    func colon() {
        let found = split("NORTHPORT/EASTMERE: Two harbour towns signed a water pact.")
        #expect(found?.dateline == "NORTHPORT/EASTMERE")
        #expect(found?.body == "Two harbour towns signed a water pact.")
    }

    @Test("takes a place phrase ending in an em dash, en dash or hyphen")
    func dashes() {
        #expect(split("KORVIK — The shipyard reopened.")?.dateline == "KORVIK")
        #expect(split("KORVIK – The shipyard reopened.")?.body == "The shipyard reopened.")
        #expect(split("NEW KORVIK - The shipyard reopened.")?.dateline == "NEW KORVIK")
        #expect(split("KORVIK -- The shipyard reopened.")?.body == "The shipyard reopened.")
        #expect(split("KORVIK—The shipyard reopened.")?.body == "The shipyard reopened.")
    }

    @Test("takes a wire dateline with date and agency")
    func wireDateline() {
        let found = split("SALTGRAVE, Jan 5 (Harbour Wire) - Port officials said on Sunday the channel was clear.")
        #expect(found?.dateline == "SALTGRAVE, Jan 5 (Harbour Wire)")
        #expect(found?.body == "Port officials said on Sunday the channel was clear.")
        #expect(
            split("ST. ORLA, N.V., March 3, 2031 (PW) — Snow closed the pass.")?.dateline
                == "ST. ORLA, N.V., March 3, 2031 (PW)")
        #expect(split("KORVIK (Harbour Wire) — The shipyard reopened.")?.dateline == "KORVIK (Harbour Wire)")
    }

    @Test("takes a wire dateline of a date and an agency without a place")
    func datedWireDateline() {
        let found = split("April 29 (Harbour Wire) — A convoy of ferries is expected to reach the port on Sunday.")
        #expect(found?.dateline == "April 29 (Harbour Wire)")
        #expect(found?.body == "A convoy of ferries is expected to reach the port on Sunday.")
        #expect(split("Jan. 5, 2031 (PW) -- Snow closed the pass.")?.dateline == "Jan. 5, 2031 (PW)")
        // Without the agency a date opening a sentence is prose.
        #expect(split("April 29 — the day the ferries came back — was a holiday.") == nil)
        #expect(split("May 12 (a Friday) was the deadline.") == nil)
    }

    @Test("does not take ordinary sentences")
    func ordinarySentences() {
        #expect(split("The council met on Tuesday: it voted to delay the contract.") == nil)
        #expect(split("NATO said on Monday that the exercise was over.") == nil)
        #expect(split("Officials — including the mayor — left early.") == nil)
        #expect(split("KORVIKians — proud of their port — celebrated.") == nil)
        #expect(split("A — the first option — was chosen.") == nil)
        #expect(split("EU officials: the talks failed.") == nil)
        #expect(split("TOP-10 lists: a fad.") == nil)
    }

    @Test("needs a separator followed by a body")
    func needsSeparatorAndBody() {
        #expect(split("KORVIK") == nil)
        #expect(split("KORVIK:") == nil)
        #expect(split("KORVIK:the shipyard") == nil)
        #expect(split("KORVIK SHIPYARD REOPENS") == nil)
    }

    @Test("refuses place phrases longer than the limit")
    func lengthLimit() {
        let long = String(repeating: "VERY ", count: 13) + "LONG PLACE: Body text."
        #expect(split(long) == nil)
        #expect(DatelineParser(maxPlaceLength: 100).parse(long[...])?.dateline.hasSuffix("LONG PLACE") == true)
    }

    @Test("accepts accented capitals")
    func accentedCapitals() {
        #expect(split("SÃO TOMÉ — Rain fell for a week.")?.dateline == "SÃO TOMÉ")
    }
}
