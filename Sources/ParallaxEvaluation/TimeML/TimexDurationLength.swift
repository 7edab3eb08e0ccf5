import ParallaxCore

/// The length a TIMEX3 duration (`P3D`, `PT1H35M`, `PT1.5H`, `P2DE`) denotes, as calendar months
/// plus seconds, so that two spellings of one length compare equal.
///
/// Units: `Y` = 12 months, `DE` (decade) = 120, `CE` (century) = 1200, `Q` = 3, `M` before `T` = 1;
/// `W` = 7 days, `D` = 86 400 s, and after `T` `H` = 3 600 s, `M` = 60 s, `S` = 1 s. Months and
/// seconds are kept apart: `P1M` is not `P30D`. Numbers may be decimal (`PT1.5H`); placeholders
/// (`PXY`, `PTXH`) have no length.
struct TimexDurationLength: Hashable {
    /// Calendar months.
    var months: Double
    /// Seconds.
    var seconds: Double

    /// Reads `timex`, or returns nil when it is not a duration with numeric amounts.
    init?(_ timex: String) {
        guard timex.hasPrefix("P"), timex.count > 1 else { return nil }
        var months = 0.0
        var seconds = 0.0
        var inTime = false
        var number = ""
        var sawUnit = false
        var characters = Array(timex.dropFirst())[...]
        while let character = characters.popFirst() {
            if character == "T" && number.isEmpty && !inTime {
                inTime = true
                continue
            }
            if character.isASCII && (character.isNumber || character == ".") {
                number.append(character)
                continue
            }
            guard let amount = Double(number) else { return nil }
            number = ""
            var unit = String(character)
            if !inTime, character == "D" || character == "C", characters.first == "E" {
                unit.append("E")
                characters.removeFirst()
            }
            switch (inTime, unit) {
            case (false, "Y"): months += 12 * amount
            case (false, "DE"): months += 120 * amount
            case (false, "CE"): months += 1200 * amount
            case (false, "Q"): months += 3 * amount
            case (false, "M"): months += amount
            case (false, "W"): seconds += 7 * 86_400 * amount
            case (false, "D"): seconds += 86_400 * amount
            case (true, "H"): seconds += 3_600 * amount
            case (true, "M"): seconds += 60 * amount
            case (true, "S"): seconds += amount
            default: return nil
            }
            sawUnit = true
        }
        guard number.isEmpty, sawUnit else { return nil }
        self.months = months
        self.seconds = seconds
    }

    /// Whether the two lengths are equal (to a millisecond, absorbing decimal rounding).
    func isSameLength(as other: TimexDurationLength) -> Bool {
        abs(months - other.months) < 1e-6 && abs(seconds - other.seconds) < 1e-3
    }
}
