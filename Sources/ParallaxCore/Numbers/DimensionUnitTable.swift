/// The units of measure `UnitQuantityExtractor` reads, with the written forms of each (names,
/// plurals, British and US spellings, symbols), written from public knowledge of SI and imperial
/// units.
///
/// Rules: symbols are matched case-insensitively except `MB`/`mb` (megabyte/megabit) and a bare
/// `M` (a scale, not a metre, when glued); "in" (inch) and "pm" (picometre) are left out as
/// symbols because they are mostly a preposition and a clock time; "degrees" is an angle unless
/// the sentence is about temperature. Forms marked bare ("metric ton", "gramme") are reported even
/// without a number, with no value.
package enum DimensionUnitTable {
    /// A written form: lexeme texts in order, the unit, and whether it is reported bare.
    package struct Form: Sendable {
        package var words: [String]
        package var unit: DimensionUnit
        package var bare: Bool
    }

    /// Forms by their first lexeme, longest first.
    package static let forms: [String: [Form]] = {
        var table: [String: [Form]] = [:]
        func add(_ name: String, _ dimension: String, _ factor: Double, _ written: [String], bare: [String] = []) {
            let unit = DimensionUnit(name: name, dimension: dimension, factor: factor)
            for form in written + bare {
                let words = NumberLexer().lexemes(form).map(\.text)
                guard let first = words.first else { continue }
                table[first, default: []].append(Form(words: words, unit: unit, bare: bare.contains(form)))
            }
        }
        func metric(_ name: String, _ symbol: String, _ dimension: String, _ factor: Double, bareNames: Bool = false) {
            let us = name.replacingOccurrences(of: "metre", with: "meter").replacingOccurrences(of: "litre", with: "liter")
            let names = Set([name, name + "s", us, us + "s"])
            add(name, dimension, factor, [symbol] + names.sorted(), bare: bareNames ? names.sorted() : [])
        }
        metric("kilometre", "km", "length", 1000)
        metric("metre", "m", "length", 1)
        metric("decimetre", "dm", "length", 0.1)
        metric("centimetre", "cm", "length", 0.01)
        metric("millimetre", "mm", "length", 0.001)
        metric("micrometre", "μm", "length", 1e-6)
        metric("nanometre", "nm", "length", 1e-9)
        add("picometre", "length", 1e-12, ["picometre", "picometres", "picometer", "picometers"])
        add("mile", "length", 1609.344, ["mile", "miles", "mi"])
        add("nautical mile", "length", 1852, ["nautical mile", "nautical miles"])
        add("foot", "length", 0.3048, ["foot", "feet", "ft"])
        add("inch", "length", 0.0254, ["inch", "inches", "\""])
        add("yard", "length", 0.9144, ["yard", "yards", "yd", "yds"])
        add("square kilometre", "area", 1e6, [
            "km2", "km²", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers",
        ])
        add("square metre", "area", 1, ["m2", "m²", "sq m", "square metre", "square metres", "square meter", "square meters"])
        add("square mile", "area", 2_589_988.11, ["square mile", "square miles", "sq mi"])
        add("square foot", "area", 0.092903, ["square foot", "square feet", "sq ft"])
        add("acre", "area", 4046.8564, ["acre", "acres"])
        add("hectare", "area", 10_000, ["hectare", "hectares", "ha"])
        metric("litre", "l", "volume", 1)
        metric("millilitre", "ml", "volume", 0.001)
        add("cubic metre", "volume", 1000, ["m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters"])
        add("cubic foot", "volume", 28.316846, ["cubic foot", "cubic feet", "cu ft"])
        add("gallon", "volume", 3.785411784, ["gallon", "gallons", "gal"])
        add("barrel", "volume", 158.987294928, ["barrel", "barrels", "bbl"])
        add("cup", "volume", 0.2365882365, ["cup", "cups"])
        add("tablespoon", "volume", 0.01478676, ["tablespoon", "tablespoons", "tbsp"])
        add("teaspoon", "volume", 0.00492892, ["teaspoon", "teaspoons", "tsp"])
        add("kilogram", "weight", 1, ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"])
        add("gram", "weight", 0.001, ["g", "gram", "grams", "grammes"], bare: ["gramme"])
        add("milligram", "weight", 1e-6, ["mg", "milligram", "milligrams", "milligramme", "milligrammes"])
        add("microgram", "weight", 1e-9, ["μg", "microgram", "micrograms", "microgramme", "microgrammes"], bare: ["mcg"])
        add("metric ton", "weight", 1000, ["metric tons", "metric tonnes", "metric tonne"], bare: ["metric ton"])
        add("ton", "weight", 1000, ["t", "ton", "tons", "tonne", "tonnes"])
        add("pound", "weight", 0.45359237, ["lb", "lbs", "pound", "pounds"])
        add("ounce", "weight", 0.028349523, ["oz", "ounce", "ounces"])
        add("dram", "weight", 0.0017718452, ["dram", "drams", "drachma", "drachmas"])
        add("stone", "weight", 6.35029318, ["stone", "stones"])
        add("mile per hour", "speed", 0.44704, ["mph", "miles an hour", "miles per hour", "mile per hour", "mi/h"])
        add("kilometre per hour", "speed", 1 / 3.6, [
            "kph", "kmph", "km/h", "km/hr", "kilometres per hour", "kilometers per hour", "kilometre per hour",
            "kilometer per hour", "kilometres an hour", "kilometers an hour",
        ])
        add("metre per second", "speed", 1, ["m/s", "metres per second", "meters per second"])
        add("metre per millisecond", "speed", 1000, ["metres per millisecond", "meters per millisecond", "m/ms"])
        add("centimetre per millisecond", "speed", 10, [
            "centimetres per millisecond", "centimeters per millisecond", "centimetres/millisecond",
            "centimeters/millisecond", "cm/ms",
        ])
        add("kilometre per millisecond", "speed", 1e6, ["kilometres per millisecond", "kilometers per millisecond", "km/ms"])
        add("bit", "information", 1, ["bit", "bits"])
        add("byte", "information", 8, ["byte", "bytes"])
        add("kilobyte", "information", 8e3, ["kb", "kilobyte", "kilobytes"])
        add("megabit", "information", 1e6, ["megabit", "megabits", "mbit"])
        add("megabyte", "information", 8e6, ["megabyte", "megabytes"])
        add("gigabyte", "information", 8e9, ["gb", "gigabyte", "gigabytes"])
        add("terabyte", "information", 8e12, ["tb", "terabyte", "terabytes"])
        add("degree", "angle", 1, ["degree", "degrees"])
        add("radian", "angle", 57.29577951308232, ["rad", "radian", "radians"])
        add("turn", "angle", 360, ["turn", "turns"])
        for key in table.keys { table[key]?.sort { $0.words.count > $1.words.count } }
        return table
    }()

    /// The megabyte and megabit, told apart by case ("MB" vs "mb").
    package static let megabyte = DimensionUnit(name: "megabyte", dimension: "information", factor: 8e6)
    /// See `megabyte`.
    package static let megabit = DimensionUnit(name: "megabit", dimension: "information", factor: 1e6)
}
