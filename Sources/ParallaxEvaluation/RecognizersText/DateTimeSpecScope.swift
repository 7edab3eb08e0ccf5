import ParallaxCore

/// Which kinds of expression a Recognizers-Text DateTime spec file lists.
///
/// Each extractor and parser spec exercises one Recognizers-Text extractor (`TimeZoneExtractor.json`
/// runs the time-zone extractor alone, `DurationParser.json` the duration extractor and parser), so
/// it lists only expressions of that extractor's kind: "Let's meet at 1pm mountain timezone" lists
/// the zone and not the clock time. Parallax's recognizer finds every kind at once; an expression it
/// finds of a kind the file's extractor never produces, and that overlaps no listed span, is outside
/// the file's scope and is not compared. Merged and model specs run every extractor and are compared
/// whole (`all`).
public struct DateTimeSpecScope: Sendable, Hashable {
    /// The kinds of expression Parallax distinguishes for scoping.
    public enum Kind: Sendable, Hashable, CaseIterable {
        /// A calendar date or period (TIMEX3 DATE).
        case date
        /// A time of day, a date with a time, or a range of them (TIMEX3 TIME other than zones).
        case time
        /// A length of time.
        case duration
        /// A recurrence.
        case set
        /// A time zone (valued as its UTC offset).
        case timeZone

        /// The kind of one found expression.
        public init(_ expression: TimeExpression) {
            switch expression.type {
            case .date: self = .date
            case .duration: self = .duration
            case .set: self = .set
            case .time: self = expression.value.hasPrefix("UTC") ? .timeZone : .time
            }
        }
    }

    /// The kinds the file lists.
    public var kinds: Set<Kind>

    /// Every kind: merged and model specs.
    public static let all = DateTimeSpecScope(kinds: Set(Kind.allCases))

    /// Creates a scope.
    public init(kinds: Set<Kind>) {
        self.kinds = kinds
    }

    /// The scope of a spec file, from its name (`DateTime/TimeZoneExtractor.json`).
    public init(file: String) {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = ["Extractor.json", "Parser.json"].first { name.hasSuffix($0) }.map { String(name.dropLast($0.count)) }
        switch stem {
        case "TimeZone": self.init(kinds: [.timeZone])
        case "Duration": self.init(kinds: [.duration])
        case "Set": self.init(kinds: [.set])
        case "Time", "TimePeriod": self.init(kinds: [.time])
        case "DateTime", "DateTimePeriod": self.init(kinds: [.date, .time])
        case "Date", "DatePeriod", "Holiday": self.init(kinds: [.date])
        default: self = .all
        }
    }

    /// Whether a found expression is compared against the spec's results: its kind is listed, or it
    /// overlaps one of `expected`.
    public func compares(_ expression: TimeExpression, expected: [TextSpan]) -> Bool {
        kinds.contains(Kind(expression))
            || expected.contains { $0.start < expression.span.end && expression.span.start < $0.end }
    }
}
