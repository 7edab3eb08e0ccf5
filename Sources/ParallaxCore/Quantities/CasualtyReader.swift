/// Reads the toll an article gives: how many people were killed and how many injured, whether it writes
/// the figure ("two women died", "left 2 dead, 5 injured", "wounding four", "the murders of three hikers")
/// or implies it ("a man was killed", "the victim died", "the fatal shooting of Dana Roe": one; "no one was
/// hurt": none).
///
/// Each outcome's count is the first the article's body states, in text order (the headline's when the
/// body states none): news gives the toll in its lead, and a later "one of the victims died" counts a part
/// of it. An outcome word counts only as a plain report: not after a modal ("could have been killed"), a
/// negation ("was not hurt") or "to" ("threatened to kill"), not as a bare noun ("the killing shocked the
/// town") or a modifier ("the wounded man"). The rules name grammar, the outcome vocabulary of news and a
/// general list of person nouns, no event, place or person.
struct CasualtyReader: Sendable {
    /// Words of a death ("killed", "died", "dead").
    static let killedWords: Set<String> = ["killed", "kills", "killing", "dead", "died", "dies", "slain", "murdered"]
    /// Words of an injury ("injured", "wounded", "hurt").
    static let injuredWords: Set<String> = ["injured", "injuring", "injures", "wounded", "wounding", "hurt", "hospitalized", "hospitalised"]
    /// Outcome words that take their count as an object ("killed three people", "wounding four").
    static let activeWords: Set<String> = ["killed", "kills", "killing", "injured", "injuring", "injures", "wounded", "wounding", "hurt"]
    /// Words between a count and its outcome word that leave the clause whole ("were shot and killed").
    static let passThrough: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "'s", "later", "also", "reportedly",
        "shot", "stabbed", "struck", "and", "critically", "seriously", "severely", "fatally", "pronounced", "found",
    ]
    /// Words that end the clause a count must share with its outcome word.
    static let clauseEnds: Set<String> = [
        ";", ":", "that", "who", "which", "after", "before", "when", "while", "because", "since", "said", "says",
    ]
    /// Words before an outcome word that make it no report of one ("could have been killed").
    static let irrealis: Set<String> = [
        "could", "would", "might", "may", "will", "can", "should", "must", "not", "n't", "never", "to", "if", "feared",
    ]
    /// Determiners and possessives.
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "this", "that", "our", "my"]
    /// Words that make "no one was hurt" about people besides those already counted.
    static let besides: Set<String> = ["else", "other", "others", "further", "additional", "more"]
    /// Counted nouns of a shooting or crash that are not people ("shot three times", "fired 10 rounds").
    static let thingUnits: Set<String> = [
        "time", "times", "shot", "shots", "round", "rounds", "bullet", "bullets", "casing", "casings", "car", "cars",
        "vehicle", "vehicles", "block", "blocks", "mile", "miles", "foot", "feet", "gun", "guns", "weapon", "weapons",
    ]
    /// Singular nouns of several people.
    static let groups: Set<String> = ["family", "couple", "group", "crowd", "pair", "people", "trio", "children"]
    /// Ordinal words from "second": "a third victim died" brings the toll to three.
    static let ordinals = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    /// How many tokens before its outcome word a count may stand.
    static let reach = 8

    /// A count read at an outcome word: how many, where it is written, and its quantity when it is a figure.
    typealias Reading = (value: ValueInterval, span: TextSpan, quantity: Int?)

    /// The toll among an article's `counts` (as `counts(in:)` gives them): the first count of each
    /// outcome its body gives (its headline's when the body gives none).
    static func toll(of counts: [CasualtyCount]) -> [CasualtyCount] {
        var first: [CasualtyCount.Outcome: CasualtyCount] = [:]
        for count in counts where first[count.outcome] == nil { first[count.outcome] = count }
        return CasualtyCount.Outcome.allCases.compactMap { first[$0] }
    }

    /// Every count of people killed or injured the article gives: the body's in text order, then the
    /// headline's.
    func counts(in analyzed: AnalyzedArticle) -> [CasualtyCount] {
        let tokens = analyzed.tokens
        guard !tokens.isEmpty else { return [] }
        let words = analyzed.texts(of: tokens.map(\.span)).map { $0.lowercased() }
        var quantityAt: [Int: Int] = [:]
        var next = 0
        for (index, quantity) in analyzed.quantities.enumerated()
        where quantity.kind == .count || quantity.kind == .number {
            while next < tokens.count, tokens[next].span.end <= quantity.span.start { next += 1 }
            var t = next
            while t < tokens.count, tokens[t].span.start < quantity.span.end {
                quantityAt[t] = index
                t += 1
            }
        }
        var body: [CasualtyCount] = []
        var headline: [CasualtyCount] = []
        let headlineSpan = analyzed.headlineSpan
        for sentence in analyzed.sentences {
            let range = tokenRange(of: sentence, in: tokens)
            for t in range {
                guard let outcome = outcome(at: t, words: words, range: range),
                    let (value, span, quantity) = count(at: t, words: words, tokens: tokens, range: range,
                        quantityAt: quantityAt, analyzed: analyzed)
                else { continue }
                let count = CasualtyCount(outcome: outcome, span: span, value: value, quantity: quantity)
                if let headlineSpan, headlineSpan.contains(sentence) { headline.append(count) } else { body.append(count) }
            }
        }
        return body + headline
    }

    /// The tokens inside `span`.
    private func tokenRange(of span: TextSpan, in tokens: [ArticleToken]) -> Range<Int> {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < span.start { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < tokens.count, tokens[end].span.start < span.end { end += 1 }
        return low..<end
    }

    /// The outcome token `t` reports, when it reports one as having happened.
    private func outcome(at t: Int, words: [String], range: Range<Int>) -> CasualtyCount.Outcome? {
        let word = words[t]
        let previous = t > range.lowerBound ? words[t - 1] : ""
        let following = t + 1 < range.upperBound ? words[t + 1] : ""
        var outcome: CasualtyCount.Outcome?
        if Self.killedWords.contains(word) || (word == "death" && previous == "to") {
            outcome = .killed
        } else if Self.injuredWords.contains(word) {
            // "fatally wounded" is a death.
            outcome = previous == "fatally" || previous == "mortally" ? .killed : .injured
        } else if ["shot", "stabbed", "struck"].contains(word) && previous == "fatally" {
            outcome = .killed
        } else if (word == "injuries" || word == "deaths" || word == "fatalities") && previous == "no" {
            outcome = word == "injuries" ? .injured : .killed
        } else if following == "of", Self.deathNouns.contains(word) || (Self.fatalWords.contains(previous) && Self.attackNouns.contains(word)) {
            // "the death of a teenager", "the fatal shooting of Dana Roe": the victim follows "of".
            outcome = .killed
        }
        guard let outcome else { return nil }
        // A noun ("the killing", "killing of" is read above), a modifier ("the wounded man") or a report of
        // what did not or might happen.
        if word == "killing", Self.determiners.contains(previous), following != "of" { return nil }
        if Self.determiners.contains(previous), !following.isEmpty, following.first?.isLetter == true,
            !Self.passThrough.contains(following), word == "dead" || word == "wounded" || word == "injured"
        {
            return nil
        }
        for back in 1...3 where t - back >= range.lowerBound {
            // "shot to death" is no infinitive.
            if word == "death", back == 1 { continue }
            if Self.irrealis.contains(words[t - back]) { return nil }
        }
        return outcome
    }

    /// How many the outcome at token `t` concerns, where the count is, and its quantity: a figure right
    /// after an active outcome word, else the nearest figure before it in its clause, else one person
    /// (a singular passive or subject) or none ("no one").
    private func count(
        at t: Int, words: [String], tokens: [ArticleToken], range: Range<Int>, quantityAt: [Int: Int],
        analyzed: AnalyzedArticle
    ) -> Reading? {
        func figure(_ index: Int) -> Reading? {
            let quantity = analyzed.quantities[index]
            if let unit = quantity.unit, Self.thingUnits.contains(unit.lowercased()) { return nil }
            let value = quantity.value
            guard value.low >= 1, value.low < 100_000, value.low.rounded() == value.low else { return nil }
            return (value, quantity.span, index)
        }
        let none: Reading = (ValueInterval(exactly: 0), tokens[t].span, nil)
        let one: Reading = (ValueInterval(exactly: 1), tokens[t].span, nil)
        if words[t] == "injuries" || words[t] == "deaths" || words[t] == "fatalities" { return none }
        if t + 1 < range.upperBound, words[t + 1] == "of", !Self.killedWords.contains(words[t]) || words[t] == "killing" {
            return victim(after: t + 2, words: words, tokens: tokens, range: range, quantityAt: quantityAt, figure: figure)
        }
        // "killed three people", "wounding the four victims".
        if Self.activeWords.contains(words[t]) {
            var a = t + 1
            if a < range.upperBound, Self.determiners.contains(words[a]) || words[a] == "at" { a += 1 }
            if a < range.upperBound, words[a] == "least" { a += 1 }
            if a < range.upperBound, let index = quantityAt[a] { return figure(index) }
        }
        // "two people were killed", "left 2 dead", "three of the victims died", "another injured".
        var j = t - 1
        while j >= range.lowerBound, j >= t - Self.reach {
            let word = words[j]
            if word == "no" || word == "nobody" || word == "none" {
                let between = words[(j + 1)..<t]
                return between.contains(where: Self.besides.contains) ? nil : none
            }
            if let index = quantityAt[j] {
                var first = j
                while first > range.lowerBound, quantityAt[first - 1] == index { first -= 1 }
                let after = j + 1 < range.upperBound ? words[j + 1] : ""
                // "no one": the "no" before it decides.
                if first > range.lowerBound, words[first - 1] == "no" {
                    j = first - 1
                    continue
                }
                // "shot three times": a count of something else.
                if Self.thingUnits.contains(after) {
                    j = first - 1
                    continue
                }
                // "killed 5 people and hurt …": the figure is the earlier outcome's object.
                if first > range.lowerBound, outcome(ofWord: words[first - 1]) != nil { break }
                return figure(index)
            }
            if word == "another" { return (ValueInterval(exactly: 1), tokens[j].span, nil) }
            // "Image 1 of 16 A man died": a singular subject comes between; "left a boy dead": one.
            if word == "a" || word == "an" {
                if ["dead", "died", "dies"].contains(words[t]) {
                    if j + 1 < t, let reached = reached(at: j + 1, words: words, tokens: tokens) { return reached }
                    return (ValueInterval(exactly: 1), tokens[j].span, nil)
                }
                break
            }
            if Self.clauseEnds.contains(word) || outcome(ofWord: word) != nil { break }
            if let tag = tokens[j].partOfSpeech, ["VBD", "VBZ", "VBP"].contains(tag), !Self.passThrough.contains(word) { break }
            j -= 1
        }
        // One person: a singular passive ("a man was killed"), or a singular subject of "died" / "is dead".
        var k = t - 1
        while k >= range.lowerBound,
            (Self.passThrough.contains(words[k]) || Self.thingUnits.contains(words[k]) || quantityAt[k] != nil
                || tokens[k].partOfSpeech == "RB" || tokens[k].partOfSpeech == "VBN")
                && !["was", "is", "'s", "has", "were", "are", "have"].contains(words[k])
        {
            k -= 1
        }
        guard k >= range.lowerBound else { return nil }
        // "the family was found dead": a group, however many.
        var subject = k - 1
        while subject >= range.lowerBound, subject >= k - 3, tokens[subject].partOfSpeech?.hasPrefix("NN") != true { subject -= 1 }
        if subject >= range.lowerBound, subject >= k - 3, Self.groups.contains(words[subject]) { return nil }
        // "the family died": the group is the word before the outcome itself.
        if Self.groups.contains(words[k]) { return nil }
        var person: Bool
        if ["was", "is", "'s", "has"].contains(words[k]) {
            person = true
        } else if words[t] == "died" || words[t] == "dies", let tag = tokens[k].partOfSpeech {
            person = tag == "NN" || tag == "NNP" || ["he", "she"].contains(words[k])
        } else {
            person = false
        }
        if person {
            for back in 1...4 where k - back >= range.lowerBound {
                if Self.clauseEnds.contains(words[k - back]) { break }
                if k - back > range.lowerBound, ["a", "the"].contains(words[k - back - 1]),
                    let reached = reached(at: k - back, words: words, tokens: tokens)
                {
                    return reached
                }
            }
            return one
        }
        // "shot and killed a man", "killing him": a singular object.
        if Self.activeWords.contains(words[t]), !["were", "are", "have", "been", "be"].contains(words[k]) {
            // "her" before a noun is a possessive ("killed her husband and son").
            if t + 1 < range.upperBound, ["him", "her"].contains(words[t + 1]),
                t + 2 >= range.upperBound || tokens[t + 2].partOfSpeech?.hasPrefix("NN") != true
            {
                return one
            }
            var a = t + 1
            guard a < range.upperBound, Self.determiners.contains(words[a]) else { return nil }
            a += 1
            while a < range.upperBound, a <= t + 4 {
                guard let tag = tokens[a].partOfSpeech else { return nil }
                // "killed her father and daughter" counts two, and how many is not written.
                if Self.groups.contains(words[a]) { return nil }
                if tag == "NN" || tag == "NNP" { return a + 1 < range.upperBound && words[a + 1] == "and" ? nil : one }
                if tag.hasPrefix("NN") || tag == "CD" { return nil }
                a += 1
            }
        }
        return nil
    }

    /// The toll an ordinal at token `i` says has been reached: "a second teen has died" counts two.
    private func reached(at i: Int, words: [String], tokens: [ArticleToken]) -> Reading? {
        guard let position = Self.ordinals.firstIndex(of: words[i]) else { return nil }
        return (ValueInterval(exactly: Double(position + 2)), tokens[i].span, nil)
    }

    /// The victims named after "the death of", "the fatal shooting of": a figure ("of two men"), else one
    /// person — a name, someone of an age ("a 15-year-old"), or a person noun ("a teenager", "his wife").
    private func victim(
        after start: Int, words: [String], tokens: [ArticleToken], range: Range<Int>, quantityAt: [Int: Int],
        figure: (Int) -> Reading?
    ) -> Reading? {
        guard start < range.upperBound else { return nil }
        if let index = quantityAt[start], countsPeople(at: start, words: words) { return figure(index) }
        var a = start
        while a < range.upperBound, a < start + 4 {
            let word = words[a]
            let tag = tokens[a].partOfSpeech ?? ""
            if tag == "NNP" || Self.personNouns.contains(word) || word.hasSuffix("-year-old") {
                if Self.groups.contains(word) { return nil }
                return (ValueInterval(exactly: 1), tokens[a].span, nil)
            }
            guard Self.determiners.contains(word) || tag == "JJ" || tag == "CD" || quantityAt[a] != nil || tag == "POS" else { return nil }
            a += 1
        }
        return nil
    }

    /// Whether the figure at token `t` counts people rather than stating an age ("of 16-year-old …").
    private func countsPeople(at t: Int, words: [String]) -> Bool { !words[t].contains("-") }

    /// Nouns of a death whose victim follows "of".
    static let deathNouns: Set<String> = ["death", "deaths", "killing", "killings", "murder", "murders", "slaying", "slayings"]
    /// Attacks a "fatal" or "deadly" before them makes deaths.
    static let attackNouns: Set<String> = ["shooting", "shootings", "stabbing", "stabbings", "beating", "attack"]
    /// Words that make an attack a death.
    static let fatalWords: Set<String> = ["fatal", "deadly"]
    /// Nouns of one person, as a victim is named in news.
    static let personNouns: Set<String> = [
        "man", "woman", "boy", "girl", "teen", "teenager", "child", "baby", "toddler", "infant", "person", "victim", "student",
        "officer", "deputy", "trooper", "father", "mother", "son", "daughter", "husband", "wife", "brother", "sister",
        "friend", "girlfriend", "boyfriend", "neighbor", "neighbour", "resident", "driver", "passenger", "clerk", "guard",
        "male", "female", "youth", "juvenile",
    ]

    /// Whether a lowercased word is an outcome word of either kind.
    private func outcome(ofWord word: String) -> CasualtyCount.Outcome? {
        if Self.killedWords.contains(word) { return .killed }
        if Self.injuredWords.contains(word) { return .injured }
        return nil
    }
}
