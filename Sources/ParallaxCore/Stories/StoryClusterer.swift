import Foundation

/// Groups a stream of articles into stories, one article at a time, in arrival (date) order.
///
/// Each article is first checked against the near-duplicate index (a copy joins its original's story
/// and counts once) and the boilerplate detector (site furniture joins no story). Otherwise candidate
/// stories come from an inverted index over the article's heaviest words, its names and places — so
/// the cost per article stays flat as the stream grows — and the story-match model scores each; the
/// article joins the most probable story above the join threshold or opens a new one, and when a
/// second story is also very probable the article bridges them and they merge. Stories with no new
/// article for a window close and leave the index.
///
/// The whole state is a `Codable` value: save it, resume it, and the same input in the same order
/// gives the same stories.
public struct StoryClusterer: Sendable, Codable {
    /// Thresholds, window and index sizes.
    public var settings: StoryClusterSettings
    /// The story-match model.
    public var model: LogisticModel
    /// Key ids and document frequencies.
    public private(set) var vocabulary = StoryVocabulary()
    /// Near-duplicate index of the articles seen.
    public private(set) var duplicates = NearDuplicateIndex()
    /// Every story so far, by id (merged and closed ones included).
    public private(set) var stories: [StoryRecord] = []
    /// Open story ids under each key id.
    var postings: [Int: [Int]] = [:]
    /// Key ids each open story is indexed under.
    var indexed: [Int: Set<Int>] = [:]
    /// The story of each article that joined one (copies resolve their original through it).
    var storyOfArticle: [String: Int] = [:]
    /// Articles seen.
    public private(set) var arrivals = 0
    /// The latest publication day seen.
    public private(set) var streamDay: Int?

    /// Creates an empty clusterer with the bundled story-match model.
    public init(settings: StoryClusterSettings? = nil, model: LogisticModel? = nil) {
        let model = model ?? LogisticModel.storyMatch ?? Self.termCosineModel
        self.model = model
        self.settings = settings ?? StoryClusterSettings(joinThreshold: model.threshold)
    }

    /// A fallback when no fitted model is bundled: joins on term cosine alone (0.5 at cosine 0.3).
    static let termCosineModel = LogisticModel(
        weights: [-3, 10] + Array(repeating: 0, count: StoryMatchFeatures.names.count - 2), threshold: 0.5,
        features: StoryMatchFeatures.names)

    /// The story `id` ended up in, following merges.
    public func story(of id: Int) -> Int {
        var current = id
        var steps = 0
        while current < stories.count, let next = stories[current].mergedInto, steps < stories.count {
            current = next
            steps += 1
        }
        return current
    }

    /// Places the next article of the stream and says where it went.
    public mutating func add(_ profile: StoryProfile) -> StoryAssignment { add(profile, observing: { _ in }) }

    /// Places the next article as `add(_:)` does, showing `observe` the scored candidates (most probable
    /// first) when the article reaches the story model — what `eval cluster --trace` prints.
    public mutating func add(_ profile: StoryProfile, observing observe: ([StoryCandidate]) -> Void) -> StoryAssignment {
        let threshold = settings.joinThreshold
        return add(profile) { candidates in
            observe(candidates)
            guard let best = candidates.first, best.probability >= threshold else { return nil }
            return best.story
        }
    }

    /// Places the next article, letting `choose` pick among the scored candidates (most probable
    /// first) the story it joins, or nil to open a new one; any story id may be returned (a trainer
    /// replaying gold stories does) — a closed one opens a new story. Copies and boilerplate never
    /// reach `choose`.
    public mutating func add(_ profile: StoryProfile, choose: ([StoryCandidate]) -> Int?) -> StoryAssignment {
        arrivals += 1
        if let day = profile.day { streamDay = max(streamDay ?? day, day) }
        if arrivals % 1_000 == 0 { closeQuietStories() }
        if profile.boilerplate { return placeBoilerplate(profile) }
        if let original = duplicates.add(article: profile.article, signature: profile.signature) {
            if let story = storyOfArticle[original].map({ self.story(of: $0) }) {
                stories[story].addCopy(profile, arrival: arrivals)
                storyOfArticle[profile.article] = story
                return StoryAssignment(article: profile.article, story: story, duplicateOf: original)
            }
            return StoryAssignment(article: profile.article, story: nil, duplicateOf: original, boilerplate: true)
        }
        let vectors = vectors(for: profile)
        let candidates = candidates(for: profile, vectors: vectors)
        let chosen = choose(candidates).map { self.story(of: $0) }
        let story: Int
        var probability: Double?
        var merged: [Int] = []
        if let chosen, chosen < stories.count, !stories[chosen].closed {
            story = chosen
            probability = candidates.first { $0.story == chosen }?.probability
            stories[story].add(profile, vectors: vectors, arrival: arrivals, centroidTerms: settings.centroidTerms)
            for other in candidates where other.story != chosen && other.probability >= settings.mergeThreshold {
                if let absorbed = merge(other.story, into: story) { merged.append(absorbed) }
            }
        } else {
            story = stories.count
            stories.append(StoryRecord(id: story, article: profile, vectors: vectors, arrival: arrivals))
        }
        index(story: story, vectors: vectors)
        storyOfArticle[profile.article] = story
        countDocument(vectors)
        return StoryAssignment(article: profile.article, story: story, probability: probability, merged: merged)
    }

    /// A boilerplate page goes to the story its headline matches, without adding to it; with no
    /// headline or no match it is in no story.
    mutating func placeBoilerplate(_ profile: StoryProfile) -> StoryAssignment {
        let vectors = vectors(for: profile)
        guard let best = candidates(for: profile, vectors: vectors).first,
            best.probability >= settings.boilerplateThreshold ?? settings.joinThreshold
        else { return StoryAssignment(article: profile.article, story: nil, boilerplate: true) }
        stories[best.story].addBoilerplate(profile, arrival: arrivals)
        return StoryAssignment(article: profile.article, story: best.story, boilerplate: true, probability: best.probability)
    }

    /// The article's idf-weighted unit vectors (new keys get ids).
    mutating func vectors(for profile: StoryProfile) -> StoryArticleVectors {
        func vector(_ counts: [String: Double], _ space: StoryVocabulary.Space) -> StoryVector {
            var weights: [Int: Double] = [:]
            // Keys in sorted order: new ids (and so every tie broken by id) must not depend on a
            // dictionary's per-process order.
            for (key, count) in counts.sorted(by: { $0.key < $1.key }) where count > 0 {
                let id = vocabulary.id(key, in: space)
                weights[id] = (1 + log(count)) * vocabulary.idf(id)
            }
            return StoryVector(weights).normalized()
        }
        var titleCounts: [String: Double] = [:]
        for stem in ContentWords.stems(of: profile.title ?? "") { titleCounts[stem, default: 0] += 1 }
        var (names, places) = (profile.names, profile.places)
        if profile.boilerplate, let title = profile.title {
            // Only the headline is left: the names and places in it that the stream already knows.
            for key in HeadlineNames.keys(of: title) {
                if vocabulary.knownID(key, in: .name) != nil { names[key, default: 0] += 1 }
                if vocabulary.knownID(key, in: .place) != nil { places[key, default: 0] += 1 }
            }
        }
        return StoryArticleVectors(
            terms: vector(profile.terms, .term), title: vector(titleCounts, .term), names: vector(names, .name),
            places: vector(places, .place))
    }

    /// Counts one more document holding the article's keys, for the inverse document frequencies.
    mutating func countDocument(_ vectors: StoryArticleVectors) {
        vocabulary.count(Set(vectors.terms.ids + vectors.names.ids + vectors.places.ids))
    }

    /// The model's judgement of the article against the story `record` (id `story`).
    func score(_ profile: StoryProfile, _ vectors: StoryArticleVectors, against record: StoryRecord, story: Int) -> StoryCandidate {
        let largest = vocabulary.idf(-1)
        let features = StoryMatchFeatures.features(
            profile, vectors, record, rarity: { vocabulary.idf($0) / largest }, spread: { postings[$0]?.count ?? 1 })
        return StoryCandidate(story: story, features: features, probability: model.probability(features))
    }

    /// The open stories sharing index keys with the article, scored, most probable first.
    func candidates(for profile: StoryProfile, vectors: StoryArticleVectors) -> [StoryCandidate] {
        var hits: [Int: Double] = [:]
        for id in lookupKeys(vectors) {
            // A key under which too many open stories sit ("county", "police") finds nothing specific
            // and would make the lookup grow with the stream.
            guard let list = postings[id], list.count <= settings.commonKeyStories else { continue }
            for story in list { hits[story, default: 0] += 1 }
        }
        let shortlisted = hits.filter { isOpen(stories[$0.key], for: profile) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(settings.maximumCandidates)
        return shortlisted.map { score(profile, vectors, against: stories[$0.key], story: $0.key) }
        .sorted { $0.probability != $1.probability ? $0.probability > $1.probability : $0.story < $1.story }
    }

    /// Indices of `days` (publication days, nil when undated) in stream order: by day, undated first,
    /// ties in input order.
    public static func streamOrder(_ days: [Int?]) -> [Int] {
        days.indices.sorted { a, b in
            let (x, y) = (days[a] ?? Int.min, days[b] ?? Int.min)
            return x != y ? x < y : a < b
        }
    }

    /// Whether `record` can still take the article: not merged, not closed, and (when both are dated)
    /// not quiet for longer than the window before the article's day.
    func isOpen(_ record: StoryRecord, for profile: StoryProfile) -> Bool {
        guard !record.closed, record.mergedInto == nil else { return false }
        guard let day = profile.day, let last = record.lastDay else { return true }
        return day - last <= settings.windowDays
    }

    /// The keys an article is looked up and indexed under: its heaviest words, every name and place.
    func lookupKeys(_ vectors: StoryArticleVectors) -> [Int] {
        vectors.terms.top(settings.indexTerms) + vectors.names.ids + vectors.places.ids
    }

    /// Indexes `story` under the article's keys.
    mutating func index(story: Int, vectors: StoryArticleVectors) {
        for id in lookupKeys(vectors) where indexed[story, default: []].insert(id).inserted {
            postings[id, default: []].append(story)
        }
    }

    /// Merges story `other` into `story` (the older id survives, so ids stay stable); returns the
    /// absorbed id, nil when the two were already one.
    @discardableResult
    mutating func merge(_ other: Int, into story: Int) -> Int? {
        let (survivor, absorbed) = (min(story, other), max(story, other))
        guard survivor != absorbed, stories[absorbed].mergedInto == nil else { return nil }
        stories[survivor].absorb(stories[absorbed], centroidTerms: settings.centroidTerms)
        stories[absorbed].mergedInto = survivor
        stories[absorbed].close()
        for id in (indexed.removeValue(forKey: absorbed) ?? []).sorted()
        where indexed[survivor, default: []].insert(id).inserted {
            postings[id, default: []].append(survivor)
        }
        return absorbed
    }

    /// Closes the stories quiet for longer than the window and drops them from the index.
    mutating func closeQuietStories() {
        var closedAny = false
        for story in indexed.keys.sorted() {
            let record = stories[story]
            let quietDays = streamDay.flatMap { day in record.lastDay.map { day - $0 } }
            let quiet = quietDays.map { $0 > settings.windowDays } ?? (arrivals - record.lastArrival > settings.windowArrivals)
            guard quiet || record.closed else { continue }
            stories[story].close()
            indexed.removeValue(forKey: story)
            closedAny = true
        }
        guard closedAny else { return }
        for (id, list) in postings {
            let open = list.filter { indexed[$0] != nil }
            postings[id] = open.isEmpty ? nil : open
        }
    }
}
