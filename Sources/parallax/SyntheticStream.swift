import ParallaxCore

/// A long synthetic stream made from a real corpus's profiles, for measuring how clustering cost
/// grows with the stream: replica k of the corpus is shifted k × (its date span + 30) days later, and
/// its names, places, rare words (in at most five articles) and MinHash sketches are renamed for k —
/// so each replica is a new set of stories at the corpus's density, with the corpus's common words.
enum SyntheticStream {
    /// Calls `body` with each of the first `count` profiles of the stream built from `profiles` (in
    /// date order), one at a time, so the stream is never held in memory whole.
    static func forEach(from profiles: [StoryProfile], count: Int, _ body: (StoryProfile) -> Void) {
        guard !profiles.isEmpty else { return }
        var documentFrequency: [String: Int] = [:]
        for profile in profiles { for term in profile.terms.keys { documentFrequency[term, default: 0] += 1 } }
        let days = profiles.compactMap(\.day)
        let span = (days.max() ?? 0) - (days.min() ?? 0) + 30
        var produced = 0
        var replica = 0
        while produced < count {
            for var profile in profiles {
                guard produced < count else { break }
                if replica > 0 {
                    let tag = "~\(replica)"
                    profile.article += tag
                    profile.day = profile.day.map { $0 + replica * span }
                    profile.eventDays = profile.eventDays.map { $0 + replica * span }
                    profile.years = profile.years.map { $0 + replica * (span / 365 + 1) }
                    profile.names = Dictionary(uniqueKeysWithValues: profile.names.map { ($0.key + tag, $0.value) })
                    profile.places = Dictionary(uniqueKeysWithValues: profile.places.map { ($0.key + tag, $0.value) })
                    profile.terms = Dictionary(
                        uniqueKeysWithValues: profile.terms.map { (documentFrequency[$0.key, default: 0] <= 5 ? $0.key + tag : $0.key, $0.value) })
                    let salt = StableHash.hash(tag)
                    profile.signature.values = profile.signature.values.map { $0 == .max ? $0 : StableHash.hash($0, seed: salt) }
                }
                body(profile)
                produced += 1
            }
            replica += 1
        }
    }
}
