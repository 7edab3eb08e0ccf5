import Foundation
import Testing

@testable import ParallaxCore

@Suite("Story clustering of a stream")
struct StoryClustererTests {
    /// The profiles of the fixture stream (analysis runs once per test process).
    static let profiles = StreamFixtures.stream.map { StoryProfile(Analyzer().analyze($0)) }

    /// Article id → final story id (nil for a page in no story).
    static func stories(_ profiles: [StoryProfile], clusterer: inout StoryClusterer) -> [String: Int?] {
        let assignments = profiles.map { clusterer.add($0) }
        var result: [String: Int?] = [:]
        for assignment in assignments { result[assignment.article] = assignment.story.map { [clusterer] in clusterer.story(of: $0) } }
        return result
    }

    @Test("a profile keeps headline words twice, surnames, place words, the event day and exact counts")
    func profile() throws {
        let profile = Self.profiles[0]
        #expect(profile.names["brennick"] != nil)
        #expect(profile.places["dunmore"] != nil)
        #expect((profile.terms["larkfi"] ?? 0) >= 3)
        let friday = try #require(CalendarDate(iso: "2031-05-02")).dayNumber
        #expect(profile.eventDays.contains(friday))
        #expect(profile.figures.contains("count:120.0"))
        #expect(!profile.boilerplate)
        let page = try #require(Self.profiles.first { $0.article == "sign-in" })
        #expect(page.boilerplate && page.names.isEmpty && page.signature.shingleCount == 0)
        #expect(page.terms["wareho"] != nil)
    }

    @Test("a dateline gives its places, not its date or agency")
    func datelinePlaces() {
        let article = Article(
            id: "wire", source: "Harbour Wire", dateline: "SALTGRAVE/NORTHPORT, Jan 5 (Harbour Wire)",
            text: "Port officials said the channel was clear again after the storm.")
        let places = StoryProfile(Analyzer().analyze(article)).places
        #expect(places["saltgrave"] != nil && places["northport"] != nil)
        #expect(!places.keys.contains { $0.contains("jan") || $0.contains("wire") || $0.contains("harbour") })
        let dated = Article(id: "dated", source: "Harbour Wire", dateline: "April 29 (Harbour Wire)", text: "The ferries ran late.")
        #expect(StoryProfile(Analyzer().analyze(dated)).places.isEmpty)
    }

    @Test("reports of one event share a story; two fires on one day in two towns and a council vote stay apart")
    func separatesSimilarEvents() throws {
        var clusterer = StoryClusterer()
        let stories = Self.stories(Self.profiles, clusterer: &clusterer)
        let mill = try #require(stories["mill-1"] ?? nil)
        let warehouse = try #require(stories["warehouse-1"] ?? nil)
        let budget = try #require(stories["budget-1"] ?? nil)
        #expect(stories["mill-2"] == mill)
        #expect(stories["mill-3"] == mill)
        #expect(stories["warehouse-2"] == warehouse)
        #expect(Set([mill, warehouse, budget]).count == 3)
    }

    @Test("a copy under another headline joins its original's story as a copy; a sign-in page is boilerplate")
    func copiesAndBoilerplate() throws {
        var clusterer = StoryClusterer()
        let assignments = Self.profiles.map { clusterer.add($0) }
        let copy = try #require(assignments.first { $0.article == "mill-copy" })
        #expect(copy.duplicateOf == "mill-1")
        #expect(copy.story.map { clusterer.story(of: $0) } == assignments[0].story)
        let page = try #require(assignments.first { $0.article == "sign-in" })
        #expect(page.boilerplate)
        #expect(page.duplicateOf == nil)
        let mill = clusterer.stories[clusterer.story(of: assignments[0].story ?? -1)]
        #expect(mill.size == 3)
        #expect(mill.copies == 1)
    }

    @Test("the same stream gives the same stories, and a saved state resumed mid-stream ends where an uninterrupted run does")
    func deterministicAndResumable() throws {
        var first = StoryClusterer()
        let whole = Self.profiles.map { first.add($0) }
        var second = StoryClusterer()
        #expect(Self.profiles.map { second.add($0) } == whole)

        var interrupted = StoryClusterer()
        let head = Self.profiles.prefix(4).map { interrupted.add($0) }
        let saved = try JSONEncoder().encode(interrupted)
        var resumed = try JSONDecoder().decode(StoryClusterer.self, from: saved)
        let tail = Self.profiles.dropFirst(4).map { resumed.add($0) }
        #expect(head + tail == whole)
    }

    @Test("stories quiet for longer than the window close: a later report of the same words opens a new story")
    func windowCloses() throws {
        var settings = StoryClusterSettings()
        settings.windowDays = 30
        var clusterer = StoryClusterer(settings: settings)
        let first = clusterer.add(Self.profiles[0])
        var late = Self.profiles[2]
        late.day = (late.day ?? 0) + 90
        let again = clusterer.add(late)
        #expect(first.story != nil)
        #expect(again.story != first.story)
    }

    @Test("an article with no words, names or places opens a story of its own without crashing")
    func emptyProfile() {
        var clusterer = StoryClusterer()
        _ = clusterer.add(Self.profiles[0])
        let empty = StoryProfile(article: "empty", source: "x", terms: [:], signature: MinHashSignature(text: ""))
        let assignment = clusterer.add(empty)
        #expect(assignment.story != nil)
        #expect(assignment.duplicateOf == nil)
    }

    @Test("the grouper splits a mixed input into its stories, largest first, boilerplate apart")
    func grouper() {
        let analyzed = StreamFixtures.stream.map { Analyzer().analyze($0) }
        let (stories, boilerplate) = StoryGrouper().group(analyzed)
        #expect(stories.count == 3)
        #expect(stories.first?.members.map { StreamFixtures.stream[$0].id } == ["mill-1", "mill-2", "mill-copy", "mill-3"])
        #expect(boilerplate.map { StreamFixtures.stream[$0].id } == ["sign-in"])

        // The pairwise grouping does not depend on the input order.
        let reversed = Array(analyzed.reversed())
        let again = StoryGrouper().group(reversed).stories.map { Set($0.members.map { reversed[$0].article.id }) }
        #expect(Set(again) == Set(stories.map { Set($0.members.map { analyzed[$0].article.id }) }))
    }
}
