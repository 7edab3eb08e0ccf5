import ParallaxCore

/// The Recognizers-Text model a spec file tests, chosen from the file's name, with the mode
/// options the name carries ("ExperimentalMode", "PercentMode", "SuppressExtendedTypes").
public enum RecognizersTextModel: Sendable, Hashable {
    /// Every number (`NumberModel*`); in percent mode "N out of M" is two numbers.
    case number(percentMode: Bool)
    /// Ordinals (`OrdinalModel*`); relative ordinals unless suppressed.
    case ordinal(relative: Bool)
    /// Percentages (`PercentModel*`); in percent mode fractions before "of" are percentages.
    case percent(percentMode: Bool)
    /// Number ranges (`NumberRangeModel*`); experimental mode closes two-sided ranges at the top.
    case numberRange(experimental: Bool)
    /// Money (`CurrencyModel`).
    case currency
    /// Lengths, weights, areas, volumes and other measures (`DimensionModel`).
    case dimension
    /// Ages (`AgeModel`).
    case age
    /// Temperatures (`TemperatureModel`): not covered, every case is skipped.
    case temperature

    /// The model of a spec file name such as `NumberRangeModelExperimentalMode.json`.
    public init?(fileName: String) {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        if name.hasPrefix("NumberRangeModel") {
            self = .numberRange(experimental: name.contains("Experimental"))
        } else if name.hasPrefix("NumberModel") {
            self = .number(percentMode: name.contains("PercentMode"))
        } else if name.hasPrefix("OrdinalModel") {
            self = .ordinal(relative: !name.contains("Suppress"))
        } else if name.hasPrefix("PercentModel") {
            self = .percent(percentMode: name.contains("PercentMode"))
        } else if name.hasPrefix("CurrencyModel") {
            self = .currency
        } else if name.hasPrefix("DimensionModel") {
            self = .dimension
        } else if name.hasPrefix("AgeModel") {
            self = .age
        } else if name.hasPrefix("TemperatureModel") {
            self = .temperature
        } else {
            return nil
        }
    }
}
