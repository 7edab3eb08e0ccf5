/// What story clustering knows of one article: its salient words, the people, organizations and places
/// it names, the days its events happened and a MinHash sketch of its text.
///
/// Built from the analysis document alone (`init(_:)`), so clustering never reads the raw text again
/// beyond the sketch; a pure value that the store can keep next to the article.
public struct StoryProfile: Sendable, Hashable, Codable {
    /// The article's id.
    public var article: String
    /// The outlet.
    public var source: String
    /// The headline, when known.
    public var title: String?
    /// The publication day (`CalendarDate.dayNumber`), when known.
    public var day: Int?
    /// Content-word stems with their counts (headline words counted twice).
    public var terms: [String: Double]
    /// People (by surname) and organizations, with their mention counts.
    public var names: [String: Double]
    /// Places (countries, cities, regions, the dateline), with their mention counts.
    public var places: [String: Double]
    /// Days the article's dated expressions name ("Saturday", "March 4"), at most three days wide.
    public var eventDays: [Int]
    /// Years its dated expressions name ("in 2005", "last May"), at most a year wide.
    public var years: [Int]
    /// ISO weekdays (1 = Monday … 7 = Sunday, ascending) its events happened on: of the single days its dated
    /// expressions name, and of the weekdays an undated article names ("on Saturday") — two reports
    /// of one raid say the same weekday even when neither can be put on a calendar. Nil in a profile
    /// saved before weekdays were kept.
    public var weekdays: [Int]?
    /// The exact counts, ages and amounts it gives, as `kind:value` ("age:24", "count:4"), sorted.
    public var figures: [String]
    /// The sketch near-duplicate detection compares.
    public var signature: MinHashSignature
    /// Whether the page is site furniture rather than a report.
    public var boilerplate: Bool

    /// Creates a profile from its parts.
    public init(
        article: String, source: String, title: String? = nil, day: Int? = nil, terms: [String: Double],
        names: [String: Double] = [:], places: [String: Double] = [:], eventDays: [Int] = [], years: [Int] = [],
        weekdays: [Int] = [], figures: [String] = [], signature: MinHashSignature, boilerplate: Bool = false
    ) {
        self.article = article
        self.source = source
        self.title = title
        self.day = day
        self.terms = terms
        self.names = names
        self.places = places
        self.eventDays = eventDays
        self.years = years
        self.weekdays = Array(Set(weekdays)).sorted()
        self.figures = figures
        self.signature = signature
        self.boilerplate = boilerplate
    }

    /// The profile of an analyzed article. A boilerplate page keeps only its headline's words: its
    /// body says nothing about the story it was filed under.
    public init(_ analyzed: AnalyzedArticle, boilerplate detector: BoilerplateDetector = BoilerplateDetector()) {
        let article = analyzed.article
        if detector.isBoilerplate(article.text) {
            var terms: [String: Double] = [:]
            for stem in ContentWords.stems(of: article.title ?? "") { terms[stem, default: 0] += 1 }
            self.init(
                article: article.id, source: article.source, title: article.title, day: article.published?.dayNumber,
                terms: terms, signature: MinHashSignature(text: ""), boilerplate: true)
            return
        }
        var terms: [String: Double] = [:]
        for stem in ContentWords.stems(of: article.text) { terms[stem, default: 0] += 1 }
        if let title = article.title {
            for stem in ContentWords.stems(of: title) { terms[stem, default: 0] += 2 }
        }
        var names: [String: Double] = [:]
        var places: [String: Double] = [:]
        for cluster in analyzed.clusters {
            let weight = Double(max(1, cluster.mentions.count))
            let words = Self.keyWords(of: cluster.name)
            guard let last = words.last else { continue }
            // A place or organization counts under its whole name and under each of its words, so that
            // "South Memphis" meets "Memphis"; inverse document frequency keeps "county" or "city" light.
            let parts = words.count > 1 ? [words.joined(separator: " ")] + words.filter { $0.count > 2 }.map(String.init) : [String(last)]
            switch cluster.type {
            case .person:
                names[String(last), default: 0] += weight
                if words.count > 1 { names[words.joined(separator: " "), default: 0] += weight }
            case .organization: for part in parts { names[part, default: 0] += weight }
            case .geopolitical, .location: for part in parts { places[part, default: 0] += weight }
            case .nationality, .miscellaneous: continue
            }
        }
        if let dateline = article.dateline {
            // The places of the dateline, not its date or agency ("NEW YORK, Jan 5 (Reuters)": "new york").
            let place = dateline.prefix { $0 != "(" }.lowercased()
            for part in place.split(whereSeparator: { $0 == "/" || $0 == "," }) where !part.contains(where: \.isNumber) {
                let words = part.split { !$0.isLetter }
                if !words.isEmpty { places[words.joined(separator: " "), default: 0] += 1 }
            }
        }
        var days = Set<Int>()
        var years = Set<Int>()
        var weekdays = Set<Int>()
        for time in analyzed.times where time.type == .date || time.type == .time {
            guard time.resolved else {
                if let weekday = Self.weekday(ofUnresolved: time.value) { weekdays.insert(weekday) }
                continue
            }
            guard let interval = time.days, interval.dayCount <= 366 else { continue }
            if interval.dayCount == 1 { weekdays.insert(interval.first.weekday) }
            years.insert(interval.first.year)
            years.insert(interval.last.year)
            guard interval.dayCount <= 3 else { continue }
            for day in interval.first.dayNumber...interval.last.dayNumber { days.insert(day) }
        }
        var figures = Set<String>()
        for quantity in analyzed.quantities where quantity.value.isPoint {
            switch quantity.kind {
            case .count, .age, .money: figures.insert("\(quantity.kind):\(quantity.value.low)")
            default: continue
            }
        }
        self.init(
            article: article.id, source: article.source, title: article.title, day: article.published?.dayNumber,
            terms: terms, names: names, places: places, eventDays: days.sorted(), years: years.sorted(),
            weekdays: weekdays.sorted(), figures: figures.sorted(),
            signature: MinHashSignature(text: article.text))
    }

    /// The weekday of an unanchored TIMEX3 weekday value (`XXXX-WXX-6`, `XXXX-WXX-4TMO`), else nil.
    static func weekday(ofUnresolved value: String) -> Int? {
        let prefix = "XXXX-WXX-"
        guard value.hasPrefix(prefix), let digit = value.dropFirst(prefix.count).first,
            let weekday = digit.wholeNumberValue, (1...7).contains(weekday)
        else { return nil }
        return weekday
    }

    /// The words a name is keyed by: lowercased, split at every character that is not a letter or a
    /// digit ("St. Louis" → `st`, `louis`). Headline lookups (`HeadlineNames`) spell keys the same way.
    static func keyWords(of name: some StringProtocol) -> [Substring] {
        let lowered = name.lowercased()
        return lowered.split { !$0.isLetter && !$0.isNumber }
    }
}
