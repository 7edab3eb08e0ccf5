import Testing

@testable import ParallaxIngest

@Suite("ArticleIdentifier")
struct ArticleIdentifierTests {
    @Test("FNV-1a matches the published 64-bit test vectors")
    func fnvVectors() {
        #expect(ArticleIdentifier.fnv1a([]) == 0xCBF2_9CE4_8422_2325)
        #expect(ArticleIdentifier.fnv1a(Array("a".utf8)) == 0xAF63_DC4C_8601_EC8C)
        #expect(ArticleIdentifier.fnv1a(Array("foobar".utf8)) == 0x8594_4171_F739_67E8)
    }

    @Test("identifiers are 16 lowercase hex digits")
    func format() {
        let id = ArticleIdentifier.identifier(for: "The ferry will run again on Monday.")
        #expect(id.count == 16)
        #expect(id.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(ArticleIdentifier.identifier(for: "a") == "af63dc4c8601ec8c")
    }

    @Test("identifiers do not change with case or whitespace")
    func stableAcrossVariations() {
        let base = ArticleIdentifier.identifier(for: "The ferry will run again on Monday.")
        let variants = [
            "  The ferry will run again on Monday.\n",
            "THE FERRY WILL RUN AGAIN ON MONDAY.",
            "The ferry\nwill run\tagain   on Monday.",
            "the ferry will run again on monday.\r\n\r\n",
        ]
        for variant in variants { #expect(ArticleIdentifier.identifier(for: variant) == base) }
    }

    @Test("different bodies get different identifiers")
    func differentBodies() {
        let one = ArticleIdentifier.identifier(for: "The ferry will run again on Monday.")
        let two = ArticleIdentifier.identifier(for: "The ferry will run again on Tuesday.")
        let three = ArticleIdentifier.identifier(for: "Theferry will run again on Monday.")
        #expect(Set([one, two, three]).count == 3)
    }

    @Test("normalization lowercases, collapses and trims whitespace")
    func normalization() {
        #expect(ArticleIdentifier.normalized("  Ünited\u{00A0}\u{00A0}Front \n\n Rally ") == "ünited front rally")
        #expect(ArticleIdentifier.normalized(" \n\t ") == "")
    }

    @Test("the streaming hash equals the hash of the normalized text, for any script and whitespace", arguments: [
        "", "   ", "Plain ASCII text.", "  Leading and trailing  \n\t ", "İstanbul ΣΊΣΥΦΟΣ Straße ǅemal", "non\u{00A0}breaking\u{2028}line\u{3000}ideographic",
        "Ünïcödé — “quotes” … 東京 🚀 e\u{301}", "CR\r\nLF\u{0B}VT\u{0C}FF\u{85}NEL", "ＡＢＣ fullwidth ＸＹＺ", "\u{1E9E} capital sharp s",
    ])
    func streamingHash(_ text: String) {
        #expect(ArticleIdentifier.normalizedHash(text) == ArticleIdentifier.fnv1a(ArticleIdentifier.normalized(text).utf8))
    }
}
