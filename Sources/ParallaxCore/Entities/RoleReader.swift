/// Reads the roles and age an article attaches to a person's mention: the title or role words right
/// before the name (`Chinese` **`President`** Xi Jinping, Kremlin **`foreign policy aide`** Yuri
/// Ushakov) and the appositions right after it (Graham Allison, **`Douglas Dillon Professor of
/// Government`** at Harvard; Putin, **`72`**,).
struct RoleReader {
    let text: TokenizedText
    /// Each token's text.
    let words: [String]
    /// For each token, whether an entity mention covers it.
    let inMention: [Bool]
    /// For each token, whether a PERSON mention covers it.
    let inPerson: [Bool]
    /// The token range of each non-PERSON mention, by its first token.
    let otherByStart: [Int: Range<Int>]
    /// The token range of each non-PERSON mention, by the token after its last.
    let otherByEnd: [Int: Range<Int>]

    /// Words (lowercase) that end an apposition.
    private static let appositionStops: Set<String> = Lexicon.exactSet(
        "at, who, whom, which, that, whose, where, when, and, but"
    )
    /// Articles and possessives dropped from the front of an apposition (`a professor` → `professor`).
    private static let articles: Set<String> = Lexicon.exactSet("a, an, the, his, her, their, its")

    /// Prepares the reader for `text` and its mention token ranges.
    init(text: TokenizedText, words: [String], mentions: [(range: Range<Int>, type: EntityType)]) {
        self.text = text
        self.words = words
        var inMention = [Bool](repeating: false, count: words.count)
        var inPerson = inMention
        var otherByStart: [Int: Range<Int>] = [:]
        var otherByEnd: [Int: Range<Int>] = [:]
        for mention in mentions {
            if mention.type != .person, !mention.range.isEmpty, mention.range.upperBound <= words.count {
                otherByStart[mention.range.lowerBound] = mention.range
                otherByEnd[mention.range.upperBound] = mention.range
            }
            for index in mention.range where index < words.count {
                inMention[index] = true
                if mention.type == .person { inPerson[index] = true }
            }
        }
        self.inMention = inMention
        self.inPerson = inPerson
        self.otherByStart = otherByStart
        self.otherByEnd = otherByEnd
    }

    /// The institutions, places and nationalities written around the mention at `range`: the name
    /// right before its role (**`Kremlin`** foreign policy aide Yuri Ushakov, **`Chinese`** President Xi
    /// Jinping) and the name after `at` in a role apposition (Graham Allison, professor at **`Harvard
    /// University`**,).
    func affiliations(of range: Range<Int>) -> [String] {
        guard !range.isEmpty, range.upperBound <= words.count else { return [] }
        var found: [String] = []
        if let role = roleRange(before: range), let other = otherByEnd[role.lowerBound],
            text.tokens[role.lowerBound].gap != .paragraph
        {
            found.append(clean(text.text(ofTokens: other)))
        }
        var cursor = range.upperBound
        for _ in 0..<2 {
            guard let apposition = apposition(after: cursor) else { break }
            cursor = apposition.end
            guard apposition.role != nil, cursor + 1 < words.count, words[cursor] == "at",
                let other = otherByStart[cursor + 1]
            else { continue }
            let name = clean(text.text(ofTokens: other))
            if !found.contains(name) { found.append(name) }
        }
        return found
    }

    /// The roles written around the mention at `range`, nearest first.
    func roles(of range: Range<Int>) -> [String] {
        guard !range.isEmpty, range.upperBound <= words.count else { return [] }
        var roles: [String] = []
        if let before = roleBefore(range) { roles.append(before) }
        var cursor = range.upperBound
        for _ in 0..<2 {
            guard let apposition = apposition(after: cursor) else { break }
            if let role = apposition.role { roles.append(role) }
            cursor = apposition.end
        }
        return roles
    }

    /// The age given right after the mention (`Putin, 72,`), if any.
    func age(of range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.upperBound <= words.count else { return nil }
        var cursor = range.upperBound
        for _ in 0..<2 {
            guard let apposition = apposition(after: cursor) else { return nil }
            if let age = apposition.age { return age }
            cursor = apposition.end
        }
        return nil
    }

    /// The token ranges of the role words attached to the mention at `range`: its title or role
    /// words before it and its role appositions after it. A role noun outside every such range (`a
    /// spokesman said`) names someone else.
    func attachedRoleTokens(of range: Range<Int>) -> [Range<Int>] {
        guard !range.isEmpty, range.upperBound <= words.count else { return [] }
        var found: [Range<Int>] = []
        if let before = roleRange(before: range) { found.append(before) }
        var cursor = range.upperBound
        for _ in 0..<2 {
            guard let apposition = apposition(after: cursor) else { break }
            if apposition.role != nil { found.append((cursor + 1)..<apposition.end) }
            cursor = apposition.end
        }
        return found
    }

    /// The title or role words right before `range`, without honorifics (`Mr.`) or a leading `of`.
    private func roleBefore(_ range: Range<Int>) -> String? {
        roleRange(before: range).map { clean(text.text(ofTokens: $0)) }
    }

    /// The token range of the title or role words right before `range` (see `roleBefore`).
    private func roleRange(before range: Range<Int>) -> Range<Int>? {
        var end = range.lowerBound
        while end > 0, PersonTitles.honorifics.contains(words[end - 1]), !inMention[end - 1] { end -= 1 }
        guard end > 0, text.tokens[end].gap != .paragraph else { return nil }
        let nearest = end - 1
        guard !inMention[nearest], PersonTitles.isRoleNoun(words[nearest]) else { return nil }
        var start = nearest
        while start > 0, range.lowerBound - start < 7 {
            let candidate = start - 1
            guard !inMention[candidate], text.tokens[candidate + 1].gap != .paragraph else { break }
            let word = words[candidate]
            if word == "of", candidate > 0, PersonTitles.isRoleNoun(words[candidate - 1]) {
                start = candidate
                continue
            }
            guard PersonTitles.isRoleWord(word), !PersonTitles.honorifics.contains(word) else { break }
            start = candidate
        }
        while start < nearest, words[start] == "of" { start += 1 }
        return start..<end
    }

    /// What one apposition after `start` holds: `, 72,` (age) or `, a professor at Harvard,` (role).
    private func apposition(after start: Int) -> (role: String?, age: Int?, end: Int)? {
        let count = words.count
        guard start + 1 < count, words[start] == ",", text.tokens[start + 1].gap != .paragraph else { return nil }
        let first = start + 1
        if WordShape.isAge(words[first]), text.tokens[first].kind == .number {
            let after = first + 1
            guard after == count || words[after] == "," || text.tokens[after].kind == .terminal else { return nil }
            return (nil, Int(words[first]), after)
        }
        var end = first
        var hasRole = false
        var closed = false
        while end < count, end - first < 12 {
            let token = text.tokens[end]
            let word = words[end]
            if token.gap == .paragraph || token.kind == .terminal || token.kind == .openQuote
                || token.kind == .closeQuote || word == "," || word == ";" || word == ":" || word == "("
                || Self.appositionStops.contains(word) || ReportingVerbs.cues.contains(word)
            {
                closed = true
                break
            }
            if !inPerson[end], PersonTitles.isRoleNoun(word) { hasRole = true }
            end += 1
        }
        guard hasRole, closed, end > first else { return nil }
        var roleStart = first
        while roleStart < end, Self.articles.contains(words[roleStart].lowercased()) { roleStart += 1 }
        guard roleStart < end else { return nil }
        return (clean(text.text(ofTokens: roleStart..<end)), nil, end)
    }

    /// The role text with line breaks folded into spaces.
    private func clean(_ role: String) -> String {
        NameEntityResolver.form(of: role)
    }
}
