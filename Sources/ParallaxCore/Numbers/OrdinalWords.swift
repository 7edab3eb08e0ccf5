/// Ordinal and fraction-denominator words, shared by `NumberExtractor` and its unit readers.
///
/// "first" … "nineteenth", "twentieth" … "ninetieth" (and the common misspelling "nineth") carry
/// their position; "hundredth", "thousandth", "millionth", "billionth", "trillionth" are scale
/// ordinals that multiply the number before them ("two hundredth" is 200th). Plurals ("fifths",
/// "thirds") and "half"/"halves", "quarter"/"quarters" are read only as fraction denominators.
package enum OrdinalWords {
    /// An ordinal word's reading.
    package struct Entry: Sendable {
        /// Position (or scale for scale ordinals).
        package var value: Double
        /// Whether it is a scale ordinal ("hundredth").
        package var isScale: Bool
        /// Whether it is plural ("fifths").
        package var isPlural: Bool
        /// Whether it is only a denominator ("half", "quarters"), never an ordinal.
        package var isDenominatorOnly: Bool
    }

    /// The entry for a word key.
    package static func entry(_ key: WordKey?) -> Entry? {
        guard let key else { return nil }
        return table[key]
    }

    private static let table: [WordKey: Entry] = {
        let singles: [(String, Double)] = [
            ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
            ("eighth", 8), ("ninth", 9), ("nineth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12),
            ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17),
            ("eighteenth", 18), ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40),
            ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80), ("ninetieth", 90),
        ]
        let scales: [(String, Double)] = [
            ("hundredth", 100), ("thousandth", 1e3), ("millionth", 1e6), ("billionth", 1e9), ("trillionth", 1e12),
        ]
        var table: [WordKey: Entry] = [:]
        func add(_ word: String, _ entry: Entry) {
            if let key = WordKey(bytes: word.utf8) { table[key] = entry }
        }
        for (word, value) in singles {
            add(word, Entry(value: value, isScale: false, isPlural: false, isDenominatorOnly: false))
            add(word + "s", Entry(value: value, isScale: false, isPlural: true, isDenominatorOnly: false))
        }
        for (word, value) in scales {
            add(word, Entry(value: value, isScale: true, isPlural: false, isDenominatorOnly: false))
            add(word + "s", Entry(value: value, isScale: true, isPlural: true, isDenominatorOnly: false))
        }
        add("half", Entry(value: 2, isScale: false, isPlural: false, isDenominatorOnly: true))
        add("halves", Entry(value: 2, isScale: false, isPlural: true, isDenominatorOnly: true))
        add("quarter", Entry(value: 4, isScale: false, isPlural: false, isDenominatorOnly: true))
        add("quarters", Entry(value: 4, isScale: false, isPlural: true, isDenominatorOnly: true))
        return table
    }()
}
