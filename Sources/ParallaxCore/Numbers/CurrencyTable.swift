/// Currency signs, codes and words, each mapped to its ISO 4217 code.
///
/// Rules:
/// - Signs before the amount: `$` USD, `£` GBP, `€` EUR, `¥` JPY. A country prefix touching `$`
///   names another dollar: `US$` USD, `A$`/`AU$` AUD, `C$`/`CA$` CAD, `HK$` HKD, `NZ$` NZD,
///   `S$`/`SG$` SGD, `R$` BRL. `¥` is used for both yen and yuan; the amount is CNY when a yuan word
///   ("yuan", "renminbi", "RMB") follows it (`¥5bn yuan`), JPY otherwise.
/// - Words after the amount: "dollars" (USD, or the currency of a qualifier: "Canadian dollars"
///   CAD, "Hong Kong dollars" HKD, …), "euros" EUR, "pounds"/"sterling"/"pounds sterling" GBP
///   ("pounds" is taken as money, not weight), "yuan"/"renminbi" CNY, "yen" JPY,
///   "rubles"/"roubles" RUB, "rupees" INR, "Swiss francs"/"francs" CHF, "hryvnias" UAH, "lira" TRY,
///   "shekels" ILS, "riyals" SAR, "dirhams" AED, "reais" BRL.
/// - Upper-case ISO codes before or after the amount (`USD 5bn`, `5bn EUR`).
struct CurrencyTable: Sendable {
    /// A currency found in text: its code and the number of tokens naming it.
    struct Match: Sendable {
        /// ISO 4217 code.
        var code: String
        /// Tokens covered.
        var length: Int
        /// Whether the match is the `¥` sign, which a following yuan word turns into CNY.
        var isYenSign = false
    }

    /// Creates the table.
    init() {}

    /// A currency sign, prefixed sign or ISO code standing before an amount at token `index`.
    func prefix(at index: Int, in tokens: KeyedTokens) -> Match? {
        if tokens.kind(index) == .currency {
            return sign(at: index, in: tokens).map { Match(code: $0, length: 1, isYenSign: $0 == "JPY") }
        }
        guard tokens.kind(index) == .word, tokens.isUppercaseWord(index), let key = tokens.key(index) else {
            return nil
        }
        if tokens.kind(index + 1) == .currency, tokens.gap(index + 1) == TokenGap.none,
            tokens.bytes(index + 1).first == 0x24, let code = Self.dollarPrefixes[key]
        {
            return Match(code: code, length: 2)
        }
        if let code = Self.codes[key], [.number, .alphanumeric].contains(tokens.kind(index + 1)) {
            return Match(code: code, length: 1)
        }
        return nil
    }

    /// A currency word, qualified currency word or ISO code standing after an amount at token `index`.
    func suffix(at index: Int, in tokens: KeyedTokens) -> Match? {
        if tokens.isUppercaseWord(index), let key = tokens.key(index), let code = Self.codes[key] {
            return Match(code: code, length: 1)
        }
        guard let found = Self.words.match(at: index, in: tokens) else { return nil }
        return Match(code: found.value, length: found.length)
    }

    /// Whether `code` is the Chinese yuan, which turns a `¥` amount into CNY.
    static func isYuan(_ code: String) -> Bool { code == "CNY" }

    /// The code of the currency sign token at `index`.
    private func sign(at index: Int, in tokens: KeyedTokens) -> String? {
        let bytes = tokens.bytes(index)
        guard let first = bytes.first else { return nil }
        switch (first, bytes.dropFirst().first, bytes.dropFirst(2).first) {
        case (0x24, _, _): return "USD"
        case (0xC2, 0xA3, _): return "GBP"
        case (0xC2, 0xA5, _): return "JPY"
        case (0xE2, 0x82, 0xAC): return "EUR"
        default: return nil
        }
    }

    private static let dollarPrefixes: [WordKey: String] = WordKey.table([
        "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD",
        "sg": "SGD", "r": "BRL",
    ])

    private static let codes: [WordKey: String] = {
        let list = [
            "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "CHF", "CAD", "AUD", "HKD", "SGD", "KRW", "TRY", "UAH",
            "BRL", "MXN", "ZAR", "SAR", "AED", "ILS", "NZD", "TWD", "SEK", "NOK", "DKK", "PLN",
        ]
        var table: [WordKey: String] = [:]
        for code in list {
            if let key = WordKey.word(code) { table[key] = code }
        }
        if let rmb = WordKey.word("RMB") { table[rmb] = "CNY" }
        return table
    }()

    private static let words = PhraseTable<String>([
        ("dollar", "USD"), ("dollars", "USD"), ("us dollars", "USD"), ("u.s. dollars", "USD"),
        ("american dollars", "USD"), ("canadian dollars", "CAD"), ("australian dollars", "AUD"),
        ("hong kong dollars", "HKD"), ("new zealand dollars", "NZD"), ("singapore dollars", "SGD"),
        ("taiwan dollars", "TWD"), ("euro", "EUR"), ("euros", "EUR"), ("pound", "GBP"), ("pounds", "GBP"),
        ("pounds sterling", "GBP"), ("sterling", "GBP"), ("yuan", "CNY"), ("renminbi", "CNY"), ("yen", "JPY"),
        ("ruble", "RUB"), ("rubles", "RUB"), ("rouble", "RUB"), ("roubles", "RUB"), ("rupee", "INR"),
        ("rupees", "INR"), ("swiss francs", "CHF"), ("francs", "CHF"), ("hryvnia", "UAH"), ("hryvnias", "UAH"),
        ("lira", "TRY"), ("shekel", "ILS"), ("shekels", "ILS"), ("riyal", "SAR"), ("riyals", "SAR"),
        ("dirham", "AED"), ("dirhams", "AED"), ("reais", "BRL"),
    ])
}
