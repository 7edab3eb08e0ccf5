import ParallaxCore

/// Maps Parallax's unit names to the unit names of Recognizers-Text specs: ISO 4217 codes to the
/// currency names (`USD` ↔ "Dollar", "United States dollar"; `GBP` ↔ "Pound", "British pound"),
/// British spellings to US ones (`kilometre` ↔ "Kilometer"), ages in years to "Year" or "Age",
/// ordinal anchors to themselves. Comparison ignores case.
enum SpecUnitNames {
    /// Whether our unit and the spec's name the same unit.
    static func matches(_ ours: String?, _ theirs: String?) -> Bool {
        guard let ours, let theirs else { return ours == nil && theirs == nil }
        let spec = theirs.lowercased()
        if let names = currencyNames[ours] { return names.contains(spec) }
        let american = ours.replacingOccurrences(of: "metre", with: "meter").replacingOccurrences(of: "litre", with: "liter")
        if american == spec { return true }
        if ours == "year", spec == "age" { return true }
        return false
    }

    private static let currencyNames: [String: Set<String>] = [
        "USD": ["dollar", "united states dollar"], "GBP": ["pound", "british pound"], "EUR": ["euro"],
        "CNY": ["chinese yuan"], "JPY": ["japanese yen"], "CAD": ["canadian dollar"], "AUD": ["australian dollar"],
        "HKD": ["hong kong dollar"], "NZD": ["new zealand dollar"], "SGD": ["singapore dollar"],
        "MXN": ["mexican peso"], "TRY": ["turkish lira"], "INR": ["rupee", "indian rupee"], "CHF": ["swiss franc"],
        "RUB": ["russian ruble"], "CRC": ["costa rican colón"], "GEL": ["georgian lari"], "LAK": ["lao kip"],
        "LKR": ["sri lankan rupee"], "BTC": ["bitcoin"], "KRW": ["south korean won"], "UAH": ["ukrainian hryvnia"],
        "franc": ["franc"], "cent": ["cent"], "pence": ["pence"], "penny": ["penny"],
        "finnish markka": ["finnish markka"], "peseta": ["peseta"], "netherlands guilder": ["netherlands guilder"],
        "satoshi": ["satoshi"], "sen": ["sen"],
    ]
}
