import ParallaxCore

/// Which span and value conventions a time recognizer follows.
///
/// News analysis and TimeBank scoring use TimeML's: every date, time, duration and set is its own
/// expression ("8pm" and "today" are two TIMEX3s, "after" and "from … to" stay outside). The
/// Recognizers-Text conformance suite instead expects composites: a date and a time on it, a range
/// between two ends, and a modifier such as "after" or "within" are one expression with one value.
public enum TimeConvention: String, Sendable, Hashable, CaseIterable {
    /// TimeML/TimeBank spans: atomic expressions, modifiers outside.
    case timeML
    /// Recognizers-Text spans: dates with their times, ranges and modifiers merged into one
    /// expression; ranges valued as `(start,end,duration)`.
    case recognizersText
    /// Recognizers-Text spans with its `SkipFromToMerge` option: as `recognizersText`, except that the
    /// two ends of a range ("from 9am to 11am") stay two expressions.
    case recognizersTextSkipFromTo

    /// Whether the convention is one of Recognizers-Text's.
    public var isRecognizersText: Bool { self != .timeML }
}
