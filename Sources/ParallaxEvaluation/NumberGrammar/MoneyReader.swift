import ParallaxCore

/// Reads amounts of money over lexemes for `UnitQuantityExtractor` (see its rules).
struct MoneyReader: Sendable {
    let lexemes: [NumberLexeme]
    private let grammar: NumberGrammar

    init(lexemes: [NumberLexeme]) {
        self.lexemes = lexemes
        grammar = NumberGrammar(lexemes: lexemes, readsOutOf: false)
    }

    /// A currency: its code or name, a scale it carries (`MUSD`), and whether it has cents.
    private struct Currency {
        var code: String
        var scale: Double = 1
        var length: Int
    }

    private func text(_ i: Int) -> String { i >= 0 && i < lexemes.count ? lexemes[i].text : "" }

    func read() -> [UnitMention] {
        var result: [UnitMention] = []
        var index = 0
        while index < lexemes.count {
            if let found = amount(at: index) {
                result.append(found.mention)
                index = found.end
                continue
            }
            if Self.bareWords.contains(text(index)), let code = Self.suffixes[text(index)] {
                result.append(mention(index, index + 1, code, nil))
            }
            index += 1
        }
        return result
    }

    private func amount(at index: Int) -> (mention: UnitMention, end: Int)? {
        // Prefix currency: "$ 75 million", "c $ 16.4", "usd115", "MAUD 60".
        if let prefix = prefix(at: index) {
            let start = index + prefix.length
            if let number = grammar.number(at: start, afterPrefix: true), !number.kind.isOrdinal,
                !number.hasGluedWord || text(number.lexemes.upperBound) == "m"
            {
                var value = number.value * prefix.scale
                var end = number.lexemes.upperBound
                if number.hasGluedWord {
                    value *= 1e6
                    end += 1
                }
                if let cents = cents(at: end, code: prefix.code) {
                    value += cents.value
                    end = cents.end
                }
                return (mention(index, end, prefix.code, value), end)
            }
        }
        guard let number = grammar.number(at: index), !number.kind.isOrdinal else { return nil }
        var end = number.lexemes.upperBound
        if text(end) == "-", lexemes.indices.contains(end + 1), lexemes[end + 1].isAdjacent { end += 1 }
        guard let suffix = suffix(at: end) else { return nil }
        var value = number.value * suffix.scale
        end += suffix.length
        if let scale = NumberWordParser.scales[WordKey(bytes: text(end).utf8) ?? WordKey(bytes: "x".utf8)!], scale >= 1e3,
            Self.codes.contains(text(end - 1))
        {
            value *= scale
            end += 1
        }
        if let cents = cents(at: end, code: suffix.code) {
            value += cents.value
            end = cents.end
        }
        return (mention(index, end, suffix.code, value), end)
    }

    /// "50 cents", "and forty-five cents", "50", "and 15" after a main amount.
    private func cents(at index: Int, code: String) -> (value: Double, end: Int)? {
        guard Self.hasCents.contains(code) else { return nil }
        let start = text(index) == "and" ? index + 1 : index
        guard let number = grammar.number(at: start), number.kind == .integer, number.value > 0, number.value < 100 else {
            return nil
        }
        let end = number.lexemes.upperBound
        if ["cent", "cents", "pence", "penny", "p"].contains(text(end)) { return (number.value / 100, end + 1) }
        if suffix(at: end) != nil || prefix(at: end) != nil { return nil }
        if text(end) == "and" || text(end) == "-" || grammar.number(at: end) != nil { return nil }
        if lexemes.indices.contains(end), lexemes[end].kind == .word, text(end) != "and",
            ["times", "is", "are"].contains(text(end))
        {
            return nil
        }
        return (number.value / 100, end)
    }

    private func prefix(at index: Int) -> Currency? {
        let word = text(index)
        // Two-part prefixes: "us $", "c $", "hk $", "u.s $", "usd$", "mex$".
        if let code = Self.dollarPrefixes[word], text(index + 1) == "$" { return Currency(code: code, length: 2) }
        if word == "u", text(index + 1) == ".", text(index + 2) == "s", text(index + 3) == "$" {
            return Currency(code: "USD", length: 4)
        }
        if let code = Self.signs[word], lexemes[index].kind == .symbol { return Currency(code: code, length: 1) }
        if Self.codes.contains(word) || word == "sen", let code = Self.suffixes[word] {
            return Currency(code: code, length: 1)
        }
        if word.count == 4, word.hasPrefix("m"), Self.codes.contains(String(word.dropFirst())),
            let code = Self.suffixes[String(word.dropFirst())], lexemes[index].hasUppercase
        {
            return Currency(code: code, scale: 1e6, length: 1)
        }
        return nil
    }

    private func suffix(at index: Int) -> Currency? {
        guard index < lexemes.count else { return nil }
        for length in stride(from: 3, through: 1, by: -1) where index + length <= lexemes.count {
            let phrase = (index..<index + length).map { lexemes[$0].text }.joined(separator: " ")
            if let code = Self.suffixes[phrase] ?? Self.signs[phrase] { return Currency(code: code, length: length) }
        }
        let word = text(index)
        if word.count == 4, word.hasPrefix("m"), Self.codes.contains(String(word.dropFirst())),
            let code = Self.suffixes[String(word.dropFirst())]
        {
            return Currency(code: code, scale: 1e6, length: 1)
        }
        return nil
    }

    private func mention(_ start: Int, _ end: Int, _ code: String, _ value: Double?) -> UnitMention {
        UnitMention(
            span: TextSpan(start: lexemes[start].start, end: lexemes[max(start, end - 1)].end), kind: .money, unit: code,
            value: value)
    }

    /// Currencies whose main unit has hundredths written after it ("3 dollars 50 cents").
    private static let hasCents: Set<String> = ["USD", "CAD", "AUD", "NZD", "HKD", "EUR", "GBP", "SGD"]

    private static let dollarPrefixes: [String: String] = [
        "us": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "cad": "CAD", "a": "AUD", "au": "AUD", "aud": "AUD",
        "hk": "HKD", "hkd": "HKD", "nz": "NZD", "nzd": "NZD", "s": "SGD", "sgd": "SGD", "mex": "MXN", "mxn": "MXN",
        "r": "BRL",
    ]

    /// Currency signs (ISO 4217 codes; ₿ is bitcoin, which has no ISO code).
    private static let signs: [String: String] = [
        "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₴": "UAH",
        "₪": "ILS", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "₿": "BTC",
        "元": "CNY", "ரூ": "LKR",
    ]

    /// Upper- or lower-case ISO codes read as currencies.
    private static let codes: Set<String> = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "rub", "inr", "chf", "cad", "aud", "hkd", "sgd", "krw", "try",
        "uah", "brl", "mxn", "zar", "sar", "aed", "ils", "nzd", "twd", "sek", "nok", "dkk", "pln", "btc",
    ]

    /// Currency words, names and codes after an amount.
    private static let suffixes: [String: String] = {
        var table: [String: String] = [
            "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD", "united states dollar": "USD",
            "united states dollars": "USD", "canadian dollar": "CAD", "canadian dollars": "CAD",
            "australian dollar": "AUD", "australian dollars": "AUD", "hong kong dollar": "HKD",
            "hong kong dollars": "HKD", "new zealand dollar": "NZD", "new zealand dollars": "NZD",
            "singapore dollars": "SGD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
            "pounds sterling": "GBP", "sterling": "GBP", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY",
            "yen": "JPY", "japanese yen": "JPY", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
            "rupee": "INR", "rupees": "INR", "swiss franc": "CHF", "swiss francs": "CHF", "franc": "franc",
            "francs": "franc", "lira": "TRY", "turkish lira": "TRY", "peso": "MXN", "pesos": "MXN",
            "mexican pesos": "MXN", "cent": "cent", "cents": "cent", "pence": "pence", "penny": "penny",
            "pennies": "penny", "finnish markka": "finnish markka", "markka": "finnish markka", "peseta": "peseta",
            "pesetas": "peseta", "guilder": "netherlands guilder", "guilders": "netherlands guilder",
            "dutch guilders": "netherlands guilder", "netherlands guilders": "netherlands guilder",
            "bitcoin": "BTC", "bitcoins": "BTC", "satoshi": "satoshi", "satoshis": "satoshi", "sen": "sen",
            "hryvnia": "UAH", "hryvnias": "UAH", "shekels": "ILS", "riyals": "SAR", "dirhams": "AED", "reais": "BRL",
        ]
        for code in codes { table[code] = code == "rmb" ? "CNY" : code.uppercased() }
        return table
    }()

    /// Currency words reported even with no amount ("the dollar rose").
    private static let bareWords: Set<String> = ["dollar", "dollars", "rmb", "euro", "euros", "yuan"]
}
