/// The kinds of expression one Recognizers-Text DateTime spec file covers.
///
/// Each `*Extractor.json` / `*Parser.json` file specifies one of Recognizers-Text's sub-extractors
/// (dates, date periods, times, durations, sets, …), and lists only what that sub-extractor finds:
/// "this week 8am" in `DatePeriodExtractor.json` lists "this week" alone, the time being another
/// extractor's. Parallax runs its whole recognizer on every case, so an expression it finds whose
/// TIMEX3 type the file's extractor never produces, and which overlaps none of the listed results,
/// is outside the file's scope and not compared. Merged, time-zone and model files cover everything.
public struct DateTimeSpecScope: Sendable, Hashable {
    /// The TIMEX3 types the file's extractor can produce; nil for every type.
    public let types: Set<TimexType>?

    /// The scope of the spec file named `file` (a path or a name such as `DatePeriodParser.json`).
    public init(file: String) {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        var kind = stem
        for suffix in ["Extractor", "Parser"] where kind.hasSuffix(suffix) {
            kind = String(kind.dropLast(suffix.count))
        }
        guard kind != stem else {
            types = nil
            return
        }
        switch kind {
        case "Date", "DatePeriod", "Holiday": types = [.date]
        case "Time", "TimePeriod": types = [.time]
        case "DateTime", "DateTimePeriod": types = [.time]
        case "Duration": types = [.duration]
        case "Set": types = [.set]
        default: types = nil
        }
    }

    /// Every type: no expression is out of scope.
    public static let all = DateTimeSpecScope(types: nil)

    private init(types: Set<TimexType>?) {
        self.types = types
    }

    /// Whether an expression of `type` found at `span` is compared, given the spans the case lists.
    func compares(_ type: TimexType, at span: TextSpan, listed: [TextSpan]) -> Bool {
        guard let types, !types.contains(type) else { return true }
        return listed.contains { $0.start < span.end && span.start < $0.end }
    }
}
