/// Links definite role descriptions to the person they denote: `the Chinese leader`, `the Russian
/// president`, `the Kremlin aide`, `the 72-year-old`.
///
/// A description is `the`, then optionally a modifier — a non-PERSON mention or a country word
/// (`Chinese`, `Kremlin`, `US`) — and/or an age (`72-year-old`), then role words ending in a role noun
/// (`leader`, `prime minister`, `aide`, `spokesman`); an age alone may stand without a role. It must
/// not be a title: no PERSON mention may follow it; a bare role (`the spokesman`) must not be followed
/// by `of` or `for` (`the spokesman for the ministry` is not the spokesman named earlier). It denotes the one PERSON cluster, first mentioned before
/// it, that matches every part it gives:
/// - role: a cluster role ends in the same noun, or the noun is `leader` and a role ends in a
///   head-of-state or head-of-government noun (`President`, `prime minister`, `chancellor`) without
///   `vice`, `deputy` or `former`;
/// - modifier: a cluster affiliation names the same country (`Chinese` ~ `China` ~ `Kremlin` for
///   Russia, through `Nations`) or the same institution; when no cluster has a matching
///   affiliation, a cluster with no affiliation at all may match on role alone;
/// - age: the cluster's stated age.
/// When two clusters match, the description stays unresolved. A bare role is not linked past someone
/// unnamed of the same role introduced after the person's last mention (`One adviser said …, the
/// adviser said`).
struct RoleDescriptionLinker {
    let text: TokenizedText
    let words: [String]
    /// Token ranges, types and clusters of the article's mentions.
    let mentions: [(range: Range<Int>, type: EntityType, entity: Int?)]

    /// Role nouns a description's `leader` stands for.
    private static let leaderNouns: Set<String> = Lexicon.exactSet(
        "president, premier, chancellor, king, queen, emir, sultan, leader, chairman, taoiseach"
    )

    /// Words that make a role a deputy's or a past holder's, not the leader's.
    private static let deputies: Set<String> = Lexicon.exactSet("vice, deputy, former, acting, assistant, vice-president")

    /// One description found: its token range, and cluster id it denotes.
    struct Link: Sendable, Hashable {
        let tokens: Range<Int>
        let cluster: Int
    }

    /// The descriptions in the text that denote exactly one of `clusters`; `firstToken` gives each
    /// cluster's first mention token.
    func links(clusters: [EntityCluster], firstToken: [Int: Int]) -> [Link] {
        var otherByStart: [Int: Range<Int>] = [:]
        var inPerson = Set<Int>()
        var inMention = Set<Int>()
        for mention in mentions where !mention.range.isEmpty && mention.range.upperBound <= words.count {
            if mention.type == .person {
                inPerson.formUnion(mention.range)
            } else {
                otherByStart[mention.range.lowerBound] = mention.range
            }
            inMention.formUnion(mention.range)
        }
        var links: [Link] = []
        var index = 0
        while index + 2 <= words.count {
            defer { index += 1 }
            guard words[index] == "the" || words[index] == "The", !inMention.contains(index) else { continue }
            var cursor = index + 1
            var modifier: String?
            var age: Int?
            if let other = otherByStart[cursor] {
                modifier = text.text(ofTokens: other)
                cursor = other.upperBound
            } else if cursor < words.count, !inPerson.contains(cursor), Nations.country(of: words[cursor]) != nil {
                modifier = words[cursor]
                cursor += 1
            }
            if cursor < words.count, let years = Self.age(words[cursor]) {
                age = years
                cursor += 1
            }
            let roleStart = cursor
            var head: String?
            while cursor < words.count, !inMention.contains(cursor), cursor - roleStart < 5,
                text.tokens[cursor].gap != .paragraph, PersonTitles.isRoleWord(words[cursor])
            {
                if PersonTitles.isRoleNoun(words[cursor]) { head = words[cursor].lowercased() }
                cursor += 1
            }
            if let last = (roleStart..<cursor).last, !PersonTitles.isRoleNoun(words[last]) { continue }
            guard head != nil || (age != nil && cursor == roleStart) else { continue }
            // A bare role (`the spokesman`) must stand alone: `the president of the club` is someone else.
            if modifier == nil, age == nil, cursor < words.count, words[cursor] == "of" || words[cursor] == "for" {
                continue
            }
            if cursor < words.count, inPerson.contains(cursor) { continue }
            if cursor < words.count, let first = words[cursor].unicodeScalars.first,
                first.properties.isUppercase, text.tokens[cursor].kind != .terminal
            {
                continue
            }
            let candidates = match(
                clusters: clusters, firstToken: firstToken, before: index, head: head, modifier: modifier, age: age)
            guard candidates.count == 1, let cluster = candidates.first else { continue }
            if let head {
                // Since the person was last named: someone unnamed of the same role takes the description.
                let named = mentions.filter { $0.entity == cluster && $0.range.lowerBound < index }.map(\.range.upperBound)
                if introducesUnnamed(head, in: min(named.max() ?? 0, index)..<index, inMention: inMention) { continue }
            }
            links.append(Link(tokens: index..<cursor, cluster: cluster))
            index = cursor - 1
        }
        return links
    }

    /// The ids of the PERSON clusters first mentioned before token `before` that the description fits.
    private func match(
        clusters: [EntityCluster], firstToken: [Int: Int], before: Int, head: String?, modifier: String?, age: Int?
    ) -> [Int] {
        let earlier = clusters.filter { cluster in
            guard cluster.type == .person, let first = firstToken[cluster.id], first < before else { return false }
            if let age, cluster.age != age { return false }
            if let head, !cluster.roles.contains(where: { Self.fits(role: $0, head: head) }) { return false }
            return true
        }
        guard let modifier else { return earlier.map(\.id) }
        let country = Nations.country(of: modifier)
        let affiliated = earlier.filter { cluster in
            cluster.affiliations.contains { place in
                place.lowercased() == modifier.lowercased()
                    || (country != nil && Nations.country(of: place) == country)
            }
        }
        if !affiliated.isEmpty { return affiliated.map(\.id) }
        return earlier.filter { $0.affiliations.isEmpty && head != nil }.map(\.id)
    }

    /// Determiners that introduce someone new (`One Republican adviser`, `a spokesman`).
    private static let indefinite: Set<String> = ["a", "an", "one", "another"]

    /// Whether a role noun `head` in `range` introduces an unnamed person: outside every name, not a
    /// title before one, with an indefinite determiner at most four words before it in the same clause
    /// (`One Republican adviser close to the White House said …`).
    private func introducesUnnamed(_ head: String, in range: Range<Int>, inMention: Set<Int>) -> Bool {
        range.contains { token in
            guard words[token].lowercased() == head, !inMention.contains(token),
                token + 1 >= words.count || !inMention.contains(token + 1)
            else { return false }
            var back = token - 1
            while back >= 0, token - back <= 4, words[back] != ",", text.tokens[back].kind == .word {
                if Self.indefinite.contains(words[back].lowercased()) { return true }
                back -= 1
            }
            return false
        }
    }

    /// Whether a cluster `role` fits a description's role noun `head`.
    private static func fits(role: String, head: String) -> Bool {
        let parts = role.lowercased().split(separator: " ").map(String.init)
        guard let last = parts.last else { return false }
        if last == head { return true }
        guard head == "leader", !parts.contains(where: { deputies.contains($0) }) else { return false }
        return leaderNouns.contains(last) || role.lowercased().hasSuffix("prime minister")
    }

    /// The age an `N-year-old` word gives.
    private static func age(_ word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.hasSuffix("-year-old") else { return nil }
        return Int(lower.dropLast("-year-old".count))
    }
}
