/// Infers an undated article's creation date from the rest of its story and its own relative dates.
///
/// Candidates are the days within `window` of each dated article's date. For each, the article's time
/// expressions are resolved as if it were published that day; the candidate scores one point per
/// single-day date that lands on a day the dated articles also name ("Monday" resolving to the
/// inauguration day another outlet dates). The best score wins; ties go to the candidate nearest the
/// story's latest date (and then the earlier), so with no evidence the latest date is taken.
///
/// Only the time recognizer is rerun per candidate, over the token layer of the article's analysis
/// document: nothing is tokenized or recognized again.
public struct DateInference: Sendable {
    /// Days before and after each dated article's date that are tried.
    public var window = 3

    /// Creates an inference with the default window.
    public init() {}

    /// The inferred date of the undated `analyzed` article, or nil when no other article is dated.
    public func infer(_ analyzed: AnalyzedArticle, dated: [AnalyzedArticle], recognizer: any TimeRecognizer)
        -> CalendarDate?
    {
        let dates = dated.compactMap(\.article.published)
        guard let latest = dates.max() else { return nil }
        var known = Set<Int>()
        for other in dated {
            for time in other.times where time.type == .date && time.resolved {
                if let days = time.days, days.dayCount == 1 { known.insert(days.first.dayNumber) }
            }
        }
        var candidates = Set<Int>()
        for date in dates { for shift in -window...window { candidates.insert(date.dayNumber + shift) } }
        let text = TokenizedText(analyzed)
        var best: (day: Int, score: Int)?
        for day in candidates.sorted() {
            let times = recognizer.times(in: text, documentDate: CalendarDate(dayNumber: day))
            let score = times.reduce(0) { total, time in
                guard time.type == .date, time.resolved, let days = time.days, days.dayCount == 1 else { return total }
                return total + (known.contains(days.first.dayNumber) ? 1 : 0)
            }
            if let current = best {
                let nearer = abs(day - latest.dayNumber) < abs(current.day - latest.dayNumber)
                if score > current.score || score == current.score && nearer { best = (day, score) }
            } else {
                best = (day, score)
            }
        }
        return best.map { CalendarDate(dayNumber: $0.day) }
    }
}
