/// Puts a clock time that names no day of its own on the day its sentence names: "The blast
/// occurred at about 10:35 a.m. (0735 GMT) Friday" is Friday's 10:35, "He will leave at 4 in the
/// morning (4 a.m. EDT Thursday)" Thursday's 4:00. Without such a day the time stays on the
/// document date.
///
/// The day is the nearest expression in the same sentence that resolves to exactly one day
/// (a date, a weekday or a time on one, not a week or a month).
enum ClockDayLinker {
    /// `matches` with each clock time on the document date moved to its sentence's nearest day.
    static func link(_ matches: [TimeMatch], in tokens: KeyedTokens) -> [TimeMatch] {
        var linked = matches
        for (index, match) in matches.enumerated() where match.onDocumentDay {
            let start = tokens.sentenceStart(of: match.tokens.lowerBound)
            let end = tokens.sentenceEnd(of: match.tokens.lowerBound)
            var best: (distance: Int, day: TimeMatch)?
            for other in matches where other.tokens.lowerBound >= start && other.tokens.upperBound <= end {
                guard !other.onDocumentDay, other.type == .date || other.type == .time, other.value.utf8.count >= 10,
                    let days = other.days, days.first == days.last
                else { continue }
                let distance =
                    other.tokens.lowerBound >= match.tokens.upperBound
                    ? other.tokens.lowerBound - match.tokens.upperBound : match.tokens.lowerBound - other.tokens.upperBound
                if distance < (best?.distance ?? Int.max) { best = (distance, other) }
            }
            guard let day = best?.day, let separator = match.value.firstIndex(of: "T") else { continue }
            linked[index].value = String(day.value.prefix(10)) + match.value[separator...]
            linked[index].days = day.days
            linked[index].resolved = day.resolved
            linked[index].onDocumentDay = false
        }
        return linked
    }
}
