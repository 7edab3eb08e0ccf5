/// Readable forms of normalized values: `USD 240bn`, `1h 30m`, `> 64%`, `≈ 1h 21m–1h 39m`.
public enum ValueFormatter {
    /// A readable form of a quantity's interval in its unit.
    public static func describe(_ quantity: Quantity) -> String {
        let value = quantity.value
        let unit = quantity.unit
        let format: (Double) -> String = { number in
            switch quantity.kind {
            case .duration: return duration(number)
            case .money: return (unit.map { $0 + " " } ?? "") + scaled(number)
            case .percent: return scaled(number) + (unit == "percentage point" ? " pp" : "%")
            case .age: return scaled(number) + " years"
            case .count: return scaled(number) + (unit.map { " " + $0 } ?? "")
            case .number: return scaled(number)
            case .ordinal: return "#" + plain(number)
            case .dimension: return scaled(number) + (unit.map { " " + $0 } ?? "")
            }
        }
        if value.isPoint { return format(value.low) }
        if value.low.isInfinite && value.high.isInfinite { return "any" }
        if value.high.isInfinite { return (value.lowOpen ? "> " : "≥ ") + format(value.low) }
        if value.low.isInfinite || (value.low == 0 && (quantity.hedge == .upTo || quantity.hedge == .lessThan)) {
            return (value.highOpen ? "< " : "≤ ") + format(value.high)
        }
        return format(value.low) + "–" + format(value.high)
    }

    /// A readable form of a day interval.
    public static func describe(_ days: DayInterval) -> String {
        days.first == days.last ? days.first.description : "\(days.first) – \(days.last)"
    }

    /// Seconds as `1h 35m`, `3 days`, `2 weeks`, `21.6 months`, `20 years`, `45 s`.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "∞" }
        let year = 365.2425 * 86_400
        if seconds >= 2 * year { return plain((seconds / year * 10).rounded() / 10) + " years" }
        if seconds >= 60 * 86_400 { return plain((seconds / (year / 12) * 10).rounded() / 10) + " months" }
        let total = Int(seconds.rounded())
        if total >= 14 * 86_400 && total % (7 * 86_400) == 0 { return "\(total / (7 * 86_400)) weeks" }
        if total >= 2 * 86_400 && total % 86_400 == 0 { return "\(total / 86_400) days" }
        if total >= 3600 {
            let minutes = (total % 3600) / 60
            return minutes == 0 ? "\(total / 3600)h" : "\(total / 3600)h \(minutes)m"
        }
        if total >= 60 { return "\(total / 60) min" }
        return "\(total) s"
    }

    /// A number with a scale word: `240bn`, `1.2m`, `64`, `1,200.5`.
    public static func scaled(_ number: Double) -> String {
        guard number.isFinite else { return number > 0 ? "∞" : "-∞" }
        let magnitude = abs(number)
        for (scale, suffix) in [(1e12, "tn"), (1e9, "bn"), (1e6, "m")] where magnitude >= scale {
            return plain(number / scale) + suffix
        }
        return plain(number)
    }

    /// Up to two decimals, without trailing zeros.
    static func plain(_ number: Double) -> String {
        let rounded = (number * 100).rounded() / 100
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
