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
}
