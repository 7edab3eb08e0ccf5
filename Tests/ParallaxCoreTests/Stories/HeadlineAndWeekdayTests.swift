import Foundation
import Testing

@testable import ParallaxCore

@Suite("Story clustering: boilerplate placed by headline names, event weekdays")
struct HeadlineAndWeekdayTests {
    @Test("a headline's capitalized runs and their parts are its name keys; lowercase words and a colon end a run")
    func headlineKeys() {
        let keys = HeadlineNames.keys(of: "Kestrel Bay paint warehouse burns near St. Aldric: Vell says two hurt")
        #expect(keys.contains("kestrel bay"))
        #expect(keys.contains("kestrel"))
        #expect(keys.contains("st aldric"))
        #expect(keys.contains("vell"))
        #expect(!keys.contains("paint") && !keys.contains("warehouse"))
        // The colon after "Aldric" ends the run: no "aldric vell".
        #expect(!keys.contains("aldric vell"))
        // Runs longer than three words give parts of at most three.
        #expect(!HeadlineNames.keys(of: "Alpha Beta Gamma Delta").contains("alpha beta gamma delta"))
        #expect(HeadlineNames.keys(of: "").isEmpty)
        #expect(HeadlineNames.keys(of: "all lowercase words here").isEmpty)
    }

    @Test("a boilerplate page's headline meets the stream's known places, raising its match; unknown names add nothing")
    func boilerplateHeadlineNames() throws {
        var clusterer = StoryClusterer()
        let profiles = StreamFixtures.stream.map { StoryProfile(Analyzer().analyze($0)) }
        for profile in profiles where !profile.boilerplate { _ = clusterer.add(profile) }
        let warehouse = try #require(profiles.first { $0.article == "warehouse-1" })
        func page(_ title: String) -> StoryProfile {
            var terms: [String: Double] = [:]
            for stem in ContentWords.stems(of: title) { terms[stem, default: 0] += 1 }
            return StoryProfile(
                article: "wall", source: "Coastline News", title: title, day: warehouse.day, terms: terms,
                signature: MinHashSignature(text: ""), boilerplate: true)
        }
        let named = page("Kestrel Bay warehouse fire: Zorvath crews at work")
        let vectors = clusterer.vectors(for: named)
        #expect(!vectors.places.isEmpty)
        #expect(vectors.names.isEmpty)
        let plain = page("kestrel bay warehouse fire: zorvath crews at work")
        let plainVectors = clusterer.vectors(for: plain)
        #expect(plainVectors.places.isEmpty)
        let withNames = try #require(clusterer.candidates(for: named, vectors: vectors).first)
        let without = try #require(clusterer.candidates(for: plain, vectors: plainVectors).first)
        #expect(withNames.story == without.story)
        #expect(withNames.probability > without.probability)
        let story = withNames.story
        let placed = clusterer.add(named)
        #expect(placed.boilerplate)
        #expect(placed.story == story)
        #expect(clusterer.stories[story].boilerplate == 1)
    }

    @Test("weekdays come from resolved single days and from unanchored weekday values")
    func weekdays() throws {
        #expect(StoryProfile.weekday(ofUnresolved: "XXXX-WXX-6") == 6)
        #expect(StoryProfile.weekday(ofUnresolved: "XXXX-WXX-4TMO") == 4)
        #expect(StoryProfile.weekday(ofUnresolved: "XXXX-WXX-9") == nil)
        #expect(StoryProfile.weekday(ofUnresolved: "2031-05-02") == nil)
        #expect(StoryProfile.weekday(ofUnresolved: "XXXX-WXX-") == nil)
        // 2031-05-02, the Friday of the mill fire, is ISO weekday 5.
        let mill = StoryProfile(Analyzer().analyze(StreamFixtures.millFire1))
        #expect(mill.weekdays?.contains(5) == true)
        let undated = Article(
            id: "raid", source: "x", text: "Coast guards stopped a smuggling boat off Pellmore on Saturday, the agency said.")
        #expect(StoryProfile(Analyzer().analyze(undated)).weekdays == [6])
    }

    @Test("an article naming other weekdays than the story's is 'weekdays disjoint'; a shared one is 'weekday shared'")
    func weekdayFeatures() throws {
        let shared = try #require(StoryMatchFeatures.names.firstIndex(of: "weekday shared"))
        let disjoint = try #require(StoryMatchFeatures.names.firstIndex(of: "weekdays disjoint"))
        func features(_ article: [Int], _ story: [Int]) -> [Double] {
            var clusterer = StoryClusterer()
            let first = StoryProfile(
                article: "a", source: "x", terms: ["raid": 2, "boat": 1], weekdays: story, signature: MinHashSignature(text: "a"))
            let second = StoryProfile(
                article: "b", source: "y", terms: ["raid": 1, "boat": 2], weekdays: article, signature: MinHashSignature(text: "b"))
            _ = clusterer.add(first)
            let vectors = clusterer.vectors(for: second)
            return clusterer.score(second, vectors, against: clusterer.stories[0], story: 0).features
        }
        let apart = features([6], [4])
        #expect(apart[shared] == 0 && apart[disjoint] == 1)
        let together = features([4, 6], [4])
        #expect(together[shared] == 1 && together[disjoint] == 0)
        let unknown = features([], [4])
        #expect(unknown[shared] == 0 && unknown[disjoint] == 0)
    }

    @Test("a profile and a clustering state saved before weekdays and the boilerplate threshold still decode and go on")
    func olderStateDecodes() throws {
        let profiles = StreamFixtures.stream.map { StoryProfile(Analyzer().analyze($0)) }
        var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(profiles[0])) as? [String: Any])
        object.removeValue(forKey: "weekdays")
        let old = try JSONDecoder().decode(StoryProfile.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.weekdays == nil)

        // A state saved after the first four articles, stripped of what older versions did not write.
        var clusterer = StoryClusterer()
        for profile in profiles.prefix(4) { _ = clusterer.add(profile) }
        var state = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(clusterer)) as? [String: Any])
        var stories = try #require(state["stories"] as? [[String: Any]])
        for index in stories.indices { stories[index].removeValue(forKey: "weekdays") }
        state["stories"] = stories
        var settings = try #require(state["settings"] as? [String: Any])
        settings.removeValue(forKey: "boilerplateThreshold")
        state["settings"] = settings
        var resumed = try JSONDecoder().decode(StoryClusterer.self, from: JSONSerialization.data(withJSONObject: state))
        #expect(resumed.stories.allSatisfy { $0.weekdays == nil })
        #expect(resumed.settings.boilerplateThreshold == nil)
        let assignments = profiles.dropFirst(4).map { resumed.add($0) }
        let mill = resumed.story(of: 0)
        let millThree = try #require(assignments.first { $0.article == "mill-3" }?.story)
        #expect(resumed.story(of: millThree) == mill)
        #expect(assignments.first { $0.article == "sign-in" }?.boilerplate == true)
    }
}
