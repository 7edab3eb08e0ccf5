/// The units of measure the news recognizer reads after a number, as a phrase table over tokens:
/// the unit names of `DimensionUnitTable` and only those symbols that news text does not use for
/// something else (`km`, `kg`, `mm`, `cm`, `ml`, `lb`, `lbs`, `ft`, `mph`, `kph`, `bbl`, `mg`,
/// `km2`, `sq km`). Left out: `m` (million in "2.5m"), `t`, `g`, `l`, `in`, `pm`, "pound(s)"
/// (money), and angles, cups, stones and bits (mostly other senses in news).
///
/// A dimension's value is reported in the base unit of what it measures: metre (length), square
/// metre (area), litre (volume, barrels and gallons included), kilogram (weight), metre per
/// second (speed).
struct NewsDimensionUnits: Sendable {
    /// A unit matched after a number.
    struct Match: Sendable {
        /// The base unit name (`metre`, `square metre`, `litre`, `kilogram`, `metre per second`).
        var baseUnit: String
        /// Size of the written unit in the base unit.
        var factor: Double
        /// Tokens covered.
        var length: Int
    }

    /// Creates the table view.
    init() {}

    /// The unit starting at token `index`.
    func match(at index: Int, in tokens: KeyedTokens) -> Match? {
        guard tokens.kind(index) == .word || tokens.kind(index) == .alphanumeric,
            let found = Self.table.match(at: index, in: tokens)
        else { return nil }
        return Match(baseUnit: found.value.baseUnit, factor: found.value.factor, length: found.length)
    }

    private static let baseUnits = [
        "length": "metre", "area": "square metre", "volume": "litre", "weight": "kilogram", "speed": "metre per second",
    ]
    private static let symbols: Set<String> = [
        "km", "kg", "kgs", "mm", "cm", "ml", "lb", "lbs", "ft", "mph", "kph", "bbl", "mg", "km2", "sq km", "sq ft",
    ]
    private static let excluded: Set<String> = ["pound", "pounds", "stone", "stones", "cup", "cups"]

    private static let table: PhraseTable<Match> = {
        var phrases: [(String, Match)] = []
        for forms in DimensionUnitTable.forms.values {
            for form in forms {
                guard let base = baseUnits[form.unit.dimension] else { continue }
                let phrase = form.words.joined(separator: " ")
                let isName = form.words.allSatisfy { $0.count >= 4 } || form.words.count > 1 && !phrase.contains("/")
                guard (isName && !excluded.contains(phrase) && phrase.allSatisfy { $0.isASCII })
                    || symbols.contains(phrase)
                else { continue }
                phrases.append((phrase, Match(baseUnit: base, factor: form.unit.factor, length: 0)))
            }
        }
        return PhraseTable(phrases)
    }()
}
