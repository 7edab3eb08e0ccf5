/// Resolves a weekday name ("Friday", "last Friday") to a day, relative to the document date.
///
/// Rules, following news usage, where a weekday nearly always means a day of the week around
/// the article's date:
/// - "last Friday": the latest Friday strictly before the document date;
/// - "next Friday": the first Friday strictly after it;
/// - "this Friday": the Friday of the document date's ISO week (Monday to Sunday);
/// - a bare weekday ("Friday", "on Friday"): the nearest such day on or before the document date
///   (the same day counts: wires name today by its weekday), or on or after it when the clause is
///   future-marked according to `TenseCues` ("will meet on Friday"). No cue at all means past.
struct WeekdayResolver: Sendable {
    /// How the weekday is qualified.
    enum Reference: Sendable {
        /// "last Friday".
        case last
        /// "next Friday".
        case next
        /// "this Friday".
        case this
        /// "Friday", "on Friday".
        case bare
    }

    /// Creates the resolver.
    init() {}

    /// The day that `weekday` (ISO, 1 = Monday) names.
    func resolve(weekday: Int, reference: Reference, isFuture: Bool, anchor: CalendarDate) -> CalendarDate {
        let back = (anchor.weekday - weekday + 7) % 7
        let ahead = (weekday - anchor.weekday + 7) % 7
        switch reference {
        case .last: return anchor.adding(days: -(back == 0 ? 7 : back))
        case .next: return anchor.adding(days: ahead == 0 ? 7 : ahead)
        case .this: return anchor.adding(days: weekday - anchor.weekday)
        case .bare: return isFuture ? anchor.adding(days: ahead) : anchor.adding(days: -back)
        }
    }

    /// Whether the clause around the expression covering `span` is future-marked (see `TenseCues`).
    func isFutureMarked(_ span: Range<Int>, in tokens: KeyedTokens) -> Bool {
        TenseCues().tense(around: span, in: tokens) == .future
    }

    /// The match for a weekday spanning `tokens`, extended by a part of the day right after it ("Tuesday
    /// morning" is a TIME); unresolved (`XXXX-WXX-n`) without an anchor.
    func match(weekday: Int, reference: Reference, tokens range: Range<Int>, in tokens: KeyedTokens, anchor: CalendarDate?)
        -> TimeMatch
    {
        let part = DayPart.named(at: range.upperBound, in: tokens)
        let range = range.lowerBound..<(range.upperBound + (part == nil ? 0 : 1))
        let suffix = part.map { "T" + $0.rawValue } ?? ""
        let type: TimexType = part == nil ? .date : .time
        guard let anchor else {
            return TimeMatch(tokens: range, type: type, value: "XXXX-WXX-\(weekday)" + suffix, resolved: false)
        }
        let isFuture = reference == .bare && isFutureMarked(range, in: tokens)
        let day = resolve(weekday: weekday, reference: reference, isFuture: isFuture, anchor: anchor)
        let value = TimexFormat.day(day)
        return TimeMatch(tokens: range, type: type, value: value.value + suffix, days: value.days)
    }
}
