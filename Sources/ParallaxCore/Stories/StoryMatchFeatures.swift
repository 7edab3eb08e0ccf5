import Foundation

/// The features of "does this article report this story?", which the story-match model weighs.
///
/// Words, names and places are cosines between the article's idf-weighted vectors and the story's
/// sums; "disjoint" features fire when both sides name people (places, event days) and share none —
/// the signal that keeps two shootings in two cities on one day apart.
public enum StoryMatchFeatures {
    /// Feature names, in vector order; the first is the bias.
    public static let names = [
        "bias", "term cosine", "headline cosine", "name cosine", "names disjoint", "place cosine",
        "places disjoint", "event day shared", "event days disjoint", "publication gap", "story size",
        "term cosine squared", "best member cosine", "top terms shared", "year shared", "years disjoint",
        "rarest shared name", "rarest shared term", "figures shared", "figures disjoint",
        "shared name spread", "shared term spread", "article places breadth", "story places breadth",
        "weekday shared", "weekdays disjoint",
    ]

    /// The feature vector of `article` (with its `vectors`) against `story`; `rarity` is a key id's
    /// inverse document frequency over the largest possible one (1: seen in no other article); `spread`
    /// is the number of open stories a key id is indexed under (at least 1) — a name in many stories, a
    /// police spokesman's or a reporter's, says little about which one an article belongs to however
    /// rare it is in the stream as a whole.
    public static func features(
        _ article: StoryProfile, _ vectors: StoryArticleVectors, _ story: StoryRecord, rarity: (Int) -> Double,
        spread: (Int) -> Int = { _ in 1 }
    ) -> [Double] {
        let terms = vectors.terms.cosine(story.terms)
        let title = vectors.title.cosine(story.terms)
        let names = vectors.names.cosine(story.names)
        let places = vectors.places.cosine(story.places)
        let namesDisjoint = !vectors.names.isEmpty && !story.names.isEmpty && names == 0
        let placesDisjoint = !vectors.places.isEmpty && !story.places.isEmpty && places == 0
        var dayShared = false
        var daysDisjoint = false
        if !article.eventDays.isEmpty, !story.eventDays.isEmpty {
            var nearest = Int.max
            for day in article.eventDays {
                for other in story.eventDays { nearest = min(nearest, abs(day - other)) }
            }
            dayShared = nearest <= 1
            daysDisjoint = nearest > 3
        }
        var gap = 0.0
        if let day = article.day, let first = story.firstDay, let last = story.lastDay {
            let days = day < first ? first - day : (day > last ? day - last : 0)
            gap = min(2, log(1 + Double(days)) / log(31))
        }
        var member = 0.0
        for vector in story.recent { member = max(member, vectors.terms.cosine(vector)) }
        let top = vectors.topTerms
        let shared = top.isEmpty ? 0 : Double(top.filter { story.terms.weight(of: $0) > 0 }.count) / Double(top.count)
        var yearShared = false
        var yearsDisjoint = false
        if !article.years.isEmpty, !story.years.isEmpty {
            yearShared = sharedCount(article.years, story.years) > 0
            yearsDisjoint = !yearShared
        }
        var rarestName = 0.0
        // The spread of the most specific shared key: 0 when one story holds it (or none is shared),
        // 1 when a hundred open stories do.
        var nameSpread: Int?
        for id in vectors.names.ids + vectors.places.ids
        where story.names.weight(of: id) > 0 || story.places.weight(of: id) > 0 {
            rarestName = max(rarestName, rarity(id))
            nameSpread = min(nameSpread ?? Int.max, max(1, spread(id)))
        }
        var rarestTerm = 0.0
        var termSpread: Int?
        for id in top where story.terms.weight(of: id) > 0 {
            rarestTerm = max(rarestTerm, rarity(id))
            termSpread = min(termSpread ?? Int.max, max(1, spread(id)))
        }
        func scaled(_ spread: Int?) -> Double { spread.map { min(1, log(Double($0)) / log(100)) } ?? 0 }
        let (articleWeekdays, storyWeekdays) = (article.weekdays ?? [], story.weekdays ?? [])
        let weekdayShared = sharedCount(articleWeekdays, storyWeekdays) > 0
        let weekdaysKnown = !articleWeekdays.isEmpty && !storyWeekdays.isEmpty
        let sharedFigures = sharedCount(article.figures, story.figures)
        let figuresDisjoint = !article.figures.isEmpty && !story.figures.isEmpty && sharedFigures == 0
        return [
            1, terms, title, names, namesDisjoint ? 1 : 0, places, placesDisjoint ? 1 : 0, dayShared ? 1 : 0,
            daysDisjoint ? 1 : 0, gap, log(1 + Double(story.size)) / log(100), terms * terms, member, shared,
            yearShared ? 1 : 0, yearsDisjoint ? 1 : 0, rarestName, rarestTerm, Double(min(sharedFigures, 3)) / 3,
            figuresDisjoint ? 1 : 0, scaled(nameSpread), scaled(termSpread),
            breadth(vectors.places.ids.count), breadth(story.places.ids.count),
            weekdayShared ? 1 : 0, weekdaysKnown && !weekdayShared ? 1 : 0,
        ]
    }
}

/// How many places a text names, 0 for none to 1 for thirty or more: a roundup of a city's weekend names
/// many streets and neighbourhoods, one incident's report a few.
func breadth(_ places: Int) -> Double { min(1, log(1 + Double(places)) / log(31)) }

/// Elements two sorted arrays have in common, by one merge pass (no set is built per candidate).
func sharedCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
    var (i, j, count) = (0, 0, 0)
    while i < a.count, j < b.count {
        if a[i] == b[j] {
            count += 1
            i += 1
            j += 1
        } else if a[i] < b[j] {
            i += 1
        } else {
            j += 1
        }
    }
    return count
}

extension LogisticModel {
    /// The story-match model bundled with Parallax (`story-match.json`): whether an arriving article
    /// reports an open story; nil when the file is missing or fitted for other features.
    public static let storyMatch: LogisticModel? = resource("story-match", features: StoryMatchFeatures.names)
}
