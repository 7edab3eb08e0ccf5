import ParallaxCore

/// One case of a Recognizers-Text DateTime spec file, read from its JSON object.
///
/// Three shapes are read: extractor specs (`Results[{Text, Type, Start, Length}]`), parser specs
/// (results add `Value{Timex, FutureResolution, PastResolution}`, or `Value{TimeZoneResolution{Value}}`
/// for time zones) and model specs (results give
/// `Start`, an inclusive `End` and `Resolution{values[{timex, value | start, end}]}`; merged-parser
/// specs put the same `values` under `Value`). `Start`/`Length`/`End` count UTF-16 code units of
/// `Input` and are converted to Unicode scalar offsets here.
public struct DateTimeSpecCase: Sendable, Hashable {
    /// The reference date used when a case gives no `Context.ReferenceDateTime`: 2016-11-07, the
    /// reference date of most Recognizers-Text English DateTime cases. (Recognizers-Text's own runner
    /// uses the current time, which is not reproducible; the cases without a context are clock times,
    /// durations and absolute dates, which do not depend on it.)
    public static let defaultReferenceDate = CalendarDate(dayNumber: 17_112)

    /// The input sentence.
    public var input: String
    /// The document date the case resolves against.
    public var referenceDate: CalendarDate
    /// The clock time of the reference, in seconds after midnight of `referenceDate`: the time part of
    /// `Context.ReferenceDateTime` (`2016-11-07T16:12:00` → 58 320), midnight when the case gives none.
    /// Lengths in hours, minutes and seconds counted from now ("in 5 hours") resolve against it.
    public var referenceSeconds: Int
    /// The expected results.
    public var results: [DateTimeSpecResult]

    /// Creates a case.
    public init(
        input: String, referenceDate: CalendarDate = defaultReferenceDate, referenceSeconds: Int = 0,
        results: [DateTimeSpecResult]
    ) {
        self.input = input
        self.referenceDate = referenceDate
        self.referenceSeconds = referenceSeconds
        self.results = results
    }

    /// Whether the case's `NotSupported` or `NotSupportedByDesign` names the .NET implementation,
    /// whose behaviour the spec then does not describe.
    static func isSkipped(_ json: [String: Any]) -> Bool {
        for key in ["NotSupported", "NotSupportedByDesign"] {
            if let platforms = field(json, key) as? String, platforms.lowercased().contains("dotnet") { return true }
        }
        return false
    }

    /// Reads a case object.
    init(json: Any) throws(DateTimeSpecError) {
        guard let object = json as? [String: Any] else { throw .malformedCase("a case is not a JSON object") }
        guard let input = Self.field(object, "Input") as? String else { throw .malformedCase("no string Input") }
        guard let rawResults = Self.field(object, "Results") as? [Any] else { throw .malformedCase("no Results array") }
        var referenceDate = Self.defaultReferenceDate
        var referenceSeconds = 0
        if let context = Self.field(object, "Context") {
            guard let context = context as? [String: Any] else { throw .malformedCase("Context is not an object") }
            if let reference = Self.field(context, "ReferenceDateTime") {
                guard let text = reference as? String, let date = CalendarDate(iso: text) else {
                    throw .malformedCase("ReferenceDateTime is not an ISO date-time")
                }
                referenceDate = date
                referenceSeconds = Self.secondsOfDay(text) ?? 0
            }
        }
        let offsets = Self.scalarOffsets(ofUTF16In: input)
        var results: [DateTimeSpecResult] = []
        for raw in rawResults {
            results.append(try Self.result(raw, offsets: offsets))
        }
        self.init(input: input, referenceDate: referenceDate, referenceSeconds: referenceSeconds, results: results)
    }

    private static func result(_ raw: Any, offsets: [Int?]) throws(DateTimeSpecError) -> DateTimeSpecResult {
        guard let object = raw as? [String: Any] else { throw .malformedCase("a result is not a JSON object") }
        let text = field(object, "Text") as? String ?? ""
        guard let start = integer(field(object, "Start")) else { throw .malformedCase("a result has no integer Start") }
        let utf16End: Int
        if let length = integer(field(object, "Length")) {
            utf16End = start + length
        } else if let end = integer(field(object, "End")) {
            utf16End = end + 1  // Model specs give the offset of the last character.
        } else {
            throw .malformedCase("a result has neither Length nor End")
        }
        guard start >= 0, utf16End >= start, utf16End < offsets.count,
            let first = offsets[start], let after = offsets[utf16End]
        else { throw .malformedCase("result \"\(text)\" lies outside its input") }
        let span = TextSpan(start: first, end: after)
        guard let value = field(object, "Value") ?? field(object, "Resolution") else {
            return DateTimeSpecResult(span: span, text: text)
        }
        guard let value = value as? [String: Any] else {
            throw .malformedCase("result \"\(text)\" has a non-object Value")
        }
        return DateTimeSpecResult(span: span, text: text, values: try readings(value, text: text))
    }

    /// The readings of a `Value` or `Resolution` object.
    private static func readings(_ value: [String: Any], text: String) throws(DateTimeSpecError) -> [DateTimeSpecValue]
    {
        if let alternatives = field(value, "values") {
            guard let alternatives = alternatives as? [Any] else {
                throw .malformedCase("result \"\(text)\" has a non-array values")
            }
            return alternatives.compactMap { alternative -> DateTimeSpecValue? in
                guard let alternative = alternative as? [String: Any],
                    let timex = field(alternative, "timex") as? String
                else { return nil }
                return DateTimeSpecValue(timex: timex, resolutions: [DateTimeSpecResolution(json: alternative)])
            }
        }
        if let zone = field(value, "TimeZoneResolution") as? [String: Any], let offset = field(zone, "Value") as? String {
            return [DateTimeSpecValue(timex: offset)]  // Time zones: their UTC offset, `UTC+08:00`.
        }
        guard let timex = field(value, "Timex") else { return [] }
        guard let timex = timex as? String else { throw .malformedCase("result \"\(text)\" has a non-string Timex") }
        let resolutions = ["FutureResolution", "PastResolution"].compactMap { key in
            (field(value, key) as? [String: Any]).map(DateTimeSpecResolution.init(json:))
        }
        return [DateTimeSpecValue(timex: timex, resolutions: resolutions)]
    }

    /// The clock time of an ISO date-time (`2016-11-07T16:12:00` → 58 320); nil when it has none.
    static func secondsOfDay(_ iso: String) -> Int? {
        guard let t = iso.firstIndex(of: "T") else { return nil }
        let fields = iso[iso.index(after: t)...].split(separator: ":")
        guard (2...3).contains(fields.count) else { return nil }
        var seconds = 0
        for (field, scale) in zip(fields, [3_600, 60, 1]) {
            guard let number = Int(field.prefix(2)), (0..<60).contains(number) else { return nil }
            seconds += number * scale
        }
        return seconds < 86_400 ? seconds : nil
    }

    /// The value of `key`, matched without regard to case (`Timex`/`timex`, `TypeName`/`Typename`).
    private static func field(_ object: [String: Any], _ key: String) -> Any? {
        if let exact = object[key] { return exact }
        let lowered = key.lowercased()
        return object.first { $0.key.lowercased() == lowered }?.value
    }

    private static func integer(_ raw: Any?) -> Int? {
        if raw is String { return nil }
        if let integer = raw as? Int { return integer }
        guard let number = raw as? Double, number.rounded() == number, abs(number) < 1e9 else { return nil }
        return Int(number)
    }

    /// For each UTF-16 offset of `string` (and its end), the scalar offset there; nil inside a surrogate pair.
    private static func scalarOffsets(ofUTF16In string: String) -> [Int?] {
        var offsets: [Int?] = []
        offsets.reserveCapacity(string.utf16.count + 1)
        for (index, scalar) in string.unicodeScalars.enumerated() {
            offsets.append(index)
            if scalar.utf16.count == 2 { offsets.append(nil) }
        }
        offsets.append(string.unicodeScalars.count)
        return offsets
    }
}
