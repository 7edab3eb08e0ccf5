import ParallaxCore

/// One acceptable reading of a Recognizers-Text DateTime result: its TIMEX and how it resolves.
///
/// A parser-spec result has one reading whose resolutions are its `FutureResolution` and
/// `PastResolution`; a model-spec result lists one reading per alternative (`715ampm` reads as
/// `T07:15` or `T19:15`), each with its own resolution.
public struct DateTimeSpecValue: Sendable, Hashable {
    /// The Recognizers-Text TIMEX (`XXXX-WXX-1`, `(2016-11-01,2016-12-01,P1M)`, `PT1H35M`).
    public var timex: String
    /// The dates or times the TIMEX resolves to against the reference date.
    public var resolutions: [DateTimeSpecResolution]

    /// Creates a reading.
    public init(timex: String, resolutions: [DateTimeSpecResolution] = []) {
        self.timex = timex
        self.resolutions = resolutions
    }
}
