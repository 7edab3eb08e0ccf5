/// First-version in-article entity resolution: groups mentions by name and reads roles and ages.
///
/// Rules, in order:
/// - Multi-word PERSON mentions with the same words form one entity (`Vladimir Putin`).
/// - A one-word PERSON mention joins the multi-word PERSON whose first or last word it is, anywhere
///   in the article (`Putin` ↔ `Vladimir Putin`, `Xi` ↔ `Xi Jinping`), when exactly one such entity
///   exists; when two full names share it (`Joe Biden`, `Hunter Biden`), it stays apart, and so it does
///   when the honorifics before the bare name (`Mr. Trump`) give the other gender than the full name's
///   given name (`Melania Trump`): a relative named once in full is not the person named by surname.
///   Nor does it join a full name introduced as someone's relative (`first lady Melania Trump`, `his
///   wife, Jane Doe`) after the article has already used the bare surname.
/// - Other mentions group by type and case-insensitive name, through the gazetteer's aliases
///   (`U.S.` ↔ `United States`), and an acronym joins the one same-type name whose initials it spells
///   (`SCO` ↔ `Shanghai Cooperation Organisation`).
/// - An entity's name is its fullest form; aliases are its distinct surface forms in order; roles are
///   the title or role words before a PERSON mention and role appositions after it; age comes from
///   `Name, 72,`; affiliations are the names before a role (`Kremlin` aide, `Chinese` President) and
///   after `at` in a role apposition (`professor at Harvard University`). Cluster ids run 0..<n in order
///   of first mention.
/// - A capital or seat of government used as the subject of a speech or action verb (`the Kremlin
///   said`, `Beijing warned`) marks its cluster `metonymFor` its country's government (`MetonymReader`).
/// - A definite role description (`the Chinese leader`, `the Kremlin aide`, `the 72-year-old`) that
///   fits exactly one earlier PERSON cluster's roles, affiliations and age is added to its aliases
///   and, with its span, to its `mentions` as a `description` (`RoleDescriptionLinker`); an ambiguous
///   one is left out. A bare role (`the spokesman`) needs exactly one earlier person with that role.
/// - A third-person singular pronoun (`he`, `his`, `herself`) joins the one person cluster of
///   compatible gender referred to earlier in its sentence, else in the previous sentence (preferring
///   that sentence's subject for a sentence-opening `he`/`she`); two candidates, or an unnamed role
///   noun in between (`a spokesman said he`), leave it out (`PronounResolver`). Gender comes from
///   given names, honorifics and gendered roles (`GenderCues`) and from pronouns already resolved.
///   Pronouns appear only in `EntityCluster.mentions` (kind `pronoun`), never in names or aliases.
/// - Every cluster's `mentions` lists its names, descriptions and pronouns in text order.
public struct NameEntityResolver: EntityResolver {
    /// Creates the resolver.
    public init() {}

    /// Resolves `mentions` found in `text`: every mention gets its cluster id.
    public func resolve(_ mentions: [EntityMention], in text: TokenizedText) -> EntityResolution {
        guard !mentions.isEmpty else { return EntityResolution(mentions: [], clusters: []) }
        let forms = mentions.map { Self.form(of: $0.text) }
        let parts = forms.map { $0.split(separator: " ").map(String.init) }
        var groupOf = [Int](repeating: -1, count: mentions.count)
        var groupKeys: [String] = []
        var groupByKey: [String: Int] = [:]
        func group(_ key: String) -> Int {
            if let existing = groupByKey[key] { return existing }
            groupKeys.append(key)
            groupByKey[key] = groupKeys.count - 1
            return groupKeys.count - 1
        }

        // Full names first, so that surnames can find them wherever they appear. A short given name
        // ("Pat Simmons") is the full name it stands for when exactly one such full name ("Patrick
        // Simmons") is in the article; a generational suffix ("Jr.") keeps father and son apart, and a
        // bare surname both share stays apart from both.
        let ranges = mentions.map { text.tokenRange(covering: $0.span) }
        let cores = parts.map { GivenNameVariants.core(of: $0) }
        func isFullName(_ index: Int) -> Bool { mentions[index].type == .person && cores[index].core.count >= 2 }
        var fullNames = Set<String>()
        for index in mentions.indices where isFullName(index) { fullNames.insert(forms[index]) }
        var namesByPart: [String: Set<Int>] = [:]
        for index in mentions.indices where isFullName(index) {
            let id = group("PERSON|" + Self.fullForm(of: parts[index], among: fullNames))
            groupOf[index] = id
            let (core, suffix) = cores[index]
            if let first = core.first { namesByPart[first, default: []].insert(id) }
            if let last = core.last {
                namesByPart[last, default: []].insert(id)
                if let suffix { namesByPart[last + " " + suffix, default: []].insert(id) }
            }
        }
        let surnameGender = Self.surnameGenders(mentions: mentions, parts: parts, text: text)
        var fullNameGender: [Int: PersonGender] = [:]
        for index in mentions.indices where isFullName(index) {
            if let first = parts[index].first, let gender = GenderCues.gender(ofGivenName: first) {
                fullNameGender[groupOf[index]] = gender
            }
        }
        // A full name introduced as someone's relative ("first lady Melania Trump", "his wife, Jane
        // Doe") after the article has already used the bare surname names a relative of that person,
        // not the person: the surname stays apart.
        var firstFullToken: [Int: Int] = [:]
        var introducedAsRelative = Set<Int>()
        for index in mentions.indices where isFullName(index) && firstFullToken[groupOf[index]] == nil {
            let start = ranges[index].lowerBound
            firstFullToken[groupOf[index]] = start
            if Self.followsKinshipWord(start, in: text) { introducedAsRelative.insert(groupOf[index]) }
        }
        // A suffix found without its surname ("Simmons [Jr.] said") is looked up with the word before it.
        let keys = mentions.indices.map { index -> String in
            guard mentions[index].type == .person, GivenNameVariants.suffixes.contains(forms[index]),
                ranges[index].lowerBound > 0
            else { return forms[index] }
            return text.text(ofToken: ranges[index].lowerBound - 1) + " " + forms[index]
        }
        var firstBareToken: [String: Int] = [:]
        for index in mentions.indices where groupOf[index] < 0 && mentions[index].type == .person {
            let start = ranges[index].lowerBound
            firstBareToken[keys[index]] = min(firstBareToken[keys[index]] ?? start, start)
        }
        for index in mentions.indices where groupOf[index] < 0 {
            let mention = mentions[index]
            let key = keys[index]
            if mention.type == .person, let full = namesByPart[key], full.count == 1, let id = full.first,
                !Self.conflicts(surnameGender[forms[index]], fullNameGender[id]),
                !introducedAsRelative.contains(id)
                    || firstBareToken[key, default: .max] > firstFullToken[id, default: .max]
            {
                groupOf[index] = id
            } else if mention.type == .person {
                groupOf[index] = group("PERSON|" + forms[index])
            } else {
                groupOf[index] = group(mention.type.rawValue + "|" + Gazetteer.canonical(forms[index]))
            }
        }
        Self.mergeAcronyms(mentions: mentions, parts: parts, groupOf: &groupOf)

        // Number clusters by first mention.
        var clusterOfGroup: [Int: Int] = [:]
        var members: [[Int]] = []
        for index in mentions.indices {
            let groupID = groupOf[index]
            if let cluster = clusterOfGroup[groupID] {
                members[cluster].append(index)
            } else {
                clusterOfGroup[groupID] = members.count
                members.append([index])
            }
        }

        let words = text.tokens.indices.map { text.text(ofToken: $0) }
        let reader = RoleReader(
            text: text, words: words, mentions: zip(ranges, mentions).map { ($0, $1.type) })
        var resolved = mentions
        var clusters: [EntityCluster] = []
        clusters.reserveCapacity(members.count)
        for (id, indices) in members.enumerated() {
            var aliases: [String] = []
            var name = ""
            var nameParts = 0
            var roles: [String] = []
            var age: Int?
            var affiliations: [String] = []
            var references: [ClusterMention] = []
            references.reserveCapacity(indices.count)
            for index in indices {
                resolved[index].entity = id
                references.append(ClusterMention(span: mentions[index].span, text: mentions[index].text, kind: .name))
                let form = forms[index]
                if !aliases.contains(form) { aliases.append(form) }
                if parts[index].count > nameParts || (parts[index].count == nameParts && form.count > name.count) {
                    name = form
                    nameParts = parts[index].count
                }
                guard mentions[index].type == .person else { continue }
                for role in reader.roles(of: ranges[index]) where !roles.contains(role) { roles.append(role) }
                if age == nil { age = reader.age(of: ranges[index]) }
                for place in reader.affiliations(of: ranges[index]) where !affiliations.contains(place) {
                    affiliations.append(place)
                }
            }
            let type = mentions[indices[0]].type
            clusters.append(
                EntityCluster(
                    id: id, name: name, type: type, aliases: aliases, roles: roles, age: age,
                    affiliations: affiliations, mentions: references))
        }
        Self.readMetonyms(clusters: &clusters, mentions: resolved, ranges: ranges, words: words)
        let descriptions = Self.linkDescriptions(
            clusters: &clusters, mentions: resolved, ranges: ranges, text: text, words: words)
        Self.resolvePronouns(
            clusters: &clusters, mentions: resolved, ranges: ranges, descriptions: descriptions, text: text,
            words: words, reader: reader)
        return EntityResolution(mentions: resolved, clusters: clusters)
    }

    /// The gender the honorifics before each one-word PERSON name give (`Mr. Trump`), when they all
    /// agree: the person a bare surname stands for, which may not be the one full name in the article
    /// that shares it (`Mr. Trump` is not `Melania Trump`).
    static func surnameGenders(mentions: [EntityMention], parts: [[String]], text: TokenizedText) -> [String: PersonGender] {
        var evidence: [String: Set<PersonGender>] = [:]
        for index in mentions.indices where mentions[index].type == .person && parts[index].count == 1 {
            let range = text.tokenRange(covering: mentions[index].span)
            guard range.lowerBound > 0, range.lowerBound <= text.tokens.count else { continue }
            var before = text.text(ofToken: range.lowerBound - 1)
            if before == ".", range.lowerBound > 1 { before = text.text(ofToken: range.lowerBound - 2) + "." }
            guard PersonTitles.honorifics.contains(before) || PersonTitles.honorifics.contains(before + "."),
                let gender = GenderCues.gender(ofTitle: before)
            else { continue }
            evidence[parts[index][0], default: []].insert(gender)
        }
        return evidence.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// Whether the name starting at token `start` is introduced as someone's relative: right after
    /// "first lady", or after a kinship word someone's (`his wife, Jane Doe`, `Trump's son Eric Trump`),
    /// a comma between them allowed. `A grieving father, John Doe,` introduces no one's relative.
    static func followsKinshipWord(_ start: Int, in text: TokenizedText) -> Bool {
        func word(_ index: Int) -> String { index >= 0 ? text.text(ofToken: index).lowercased() : "" }
        var cursor = start - 1
        if word(cursor) == "," { cursor -= 1 }
        if word(cursor) == "lady" { return word(cursor - 1) == "first" }
        guard kinshipWords.contains(word(cursor)) else { return false }
        let owner = word(cursor - 1)
        return ["his", "her", "their"].contains(owner) || owner.hasSuffix("'s") || owner.hasSuffix("\u{2019}s")
    }

    /// Nouns (lowercase) that introduce a person as someone's relative.
    static let kinshipWords: Set<String> = [
        "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow", "widower",
        "stepson", "stepdaughter", "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt",
        "son-in-law", "daughter-in-law", "fiancee", "fiancée", "fiance", "fiancé", "spouse",
    ]

    /// Whether two genders, when both are known, differ.
    static func conflicts(_ a: PersonGender?, _ b: PersonGender?) -> Bool {
        guard let a, let b else { return false }
        return a != b
    }

    /// Adds the pronouns that refer to a PERSON cluster to its mentions (`PronounResolver`), keeping
    /// every cluster's mentions in text order.
    private static func resolvePronouns(
        clusters: inout [EntityCluster], mentions: [EntityMention], ranges: [Range<Int>],
        descriptions: [PersonReference], text: TokenizedText, words: [String], reader: RoleReader
    ) {
        let count = min(words.count, text.tokens.count)
        var covered = [Bool](repeating: false, count: count)
        var names: [PersonReference] = []
        for (index, mention) in mentions.enumerated() {
            let range = ranges[index]
            guard !range.isEmpty, range.upperBound <= count else { continue }
            for token in range { covered[token] = true }
            guard mention.type == .person, let id = mention.entity, clusters.indices.contains(id) else { continue }
            names.append(PersonReference(tokens: range, cluster: id))
            for attached in reader.attachedRoleTokens(of: range) {
                for token in attached where token < count { covered[token] = true }
            }
        }
        for description in descriptions {
            for token in description.tokens where token < count { covered[token] = true }
        }
        guard !names.isEmpty else { return }
        let resolver = PronounResolver(text: text, words: words, covered: covered)
        var genders = resolver.genders(of: clusters, names: names)
        let references = (names + descriptions).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        let pronouns = resolver.resolve(references: references, genders: &genders)
        guard !pronouns.isEmpty else { return }
        for pronoun in pronouns where clusters.indices.contains(pronoun.cluster) {
            let span = text.span(ofTokens: pronoun.tokens)
            clusters[pronoun.cluster].mentions.append(
                ClusterMention(span: span, text: text.text(ofTokens: pronoun.tokens), kind: .pronoun))
        }
        for id in Set(pronouns.map(\.cluster)) where clusters.indices.contains(id) {
            clusters[id].mentions.sort { $0.span < $1.span }
        }
    }

    /// Marks each non-PERSON cluster that some mention uses as an actor with the government it stands for.
    private static func readMetonyms(
        clusters: inout [EntityCluster], mentions: [EntityMention], ranges: [Range<Int>], words: [String]
    ) {
        let reader = MetonymReader(words: words)
        for (index, mention) in mentions.enumerated() where mention.type != .person {
            guard let id = mention.entity, clusters.indices.contains(id), clusters[id].metonymFor == nil,
                let government = reader.government(of: form(of: mention.text), at: ranges[index])
            else { continue }
            clusters[id].metonymFor = government
        }
    }

    /// Adds each role description that denotes exactly one PERSON cluster to that cluster's aliases
    /// and mentions; returns the descriptions linked.
    private static func linkDescriptions(
        clusters: inout [EntityCluster], mentions: [EntityMention], ranges: [Range<Int>], text: TokenizedText,
        words: [String]
    ) -> [PersonReference] {
        var firstToken: [Int: Int] = [:]
        for (index, mention) in mentions.enumerated() {
            guard let id = mention.entity, !ranges[index].isEmpty else { continue }
            firstToken[id] = min(firstToken[id] ?? Int.max, ranges[index].lowerBound)
        }
        let linker = RoleDescriptionLinker(
            text: text, words: words, mentions: zip(ranges, mentions).map { ($0, $1.type, $1.entity) })
        var linked: [PersonReference] = []
        for link in linker.links(clusters: clusters, firstToken: firstToken) where clusters.indices.contains(link.cluster) {
            let written = text.text(ofTokens: link.tokens)
            let description = form(of: written)
            if !clusters[link.cluster].aliases.contains(description) { clusters[link.cluster].aliases.append(description) }
            clusters[link.cluster].mentions.append(
                ClusterMention(span: text.span(ofTokens: link.tokens), text: written, kind: .description))
            linked.append(PersonReference(tokens: link.tokens, cluster: link.cluster))
        }
        for id in Set(linked.map(\.cluster)) { clusters[id].mentions.sort { $0.span < $1.span } }
        return linked
    }

    /// The name a full name is grouped under: with a short given name replaced by the one full given
    /// name that, with the same remaining words, is also in `fullNames` (`Pat Simmons` → `Patrick
    /// Simmons`); the name itself otherwise (none, or two: `Patrick` and `Patricia`).
    static func fullForm(of parts: [String], among fullNames: Set<String>) -> String {
        let written = parts.joined(separator: " ")
        guard let first = parts.first, let candidates = GivenNameVariants.fullForms[first] else { return written }
        let rest = parts.dropFirst().joined(separator: " ")
        let present = candidates.filter { fullNames.contains($0 + " " + rest) }
        return present.count == 1 ? present[0] + " " + rest : written
    }

    /// A mention's text with runs of white space (a wrapped line) folded into single spaces.
    static func form(of text: String) -> String {
        var folds = false
        var previousSpace = false
        for scalar in text.unicodeScalars {
            let space = scalar.properties.isWhitespace
            if space, scalar != " " || previousSpace {
                folds = true
                break
            }
            previousSpace = space
        }
        guard folds else { return text }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Moves each one-word acronym mention (`SCO`) into the group of the one multi-word mention of the
    /// same type whose capitalized initials spell it.
    private static func mergeAcronyms(mentions: [EntityMention], parts: [[String]], groupOf: inout [Int]) {
        var expansions: [String: Set<Int>] = [:]
        for index in mentions.indices where parts[index].count >= 2 && mentions[index].type != .person {
            var initials = ""
            for part in parts[index] {
                guard let first = part.unicodeScalars.first, first.properties.isUppercase else { continue }
                initials.unicodeScalars.append(first)
            }
            guard initials.unicodeScalars.count >= 2 else { continue }
            expansions[mentions[index].type.rawValue + "|" + initials, default: []].insert(groupOf[index])
        }
        guard !expansions.isEmpty else { return }
        for index in mentions.indices where parts[index].count == 1 && mentions[index].type != .person {
            let word = parts[index][0]
            guard WordShape.isAcronym(word) else { continue }
            let letters = String(word.unicodeScalars.filter { $0 != "." })
            let key = mentions[index].type.rawValue + "|" + letters
            guard let groups = expansions[key], groups.count == 1, let target = groups.first else { continue }
            let source = groupOf[index]
            for other in groupOf.indices where groupOf[other] == source { groupOf[other] = target }
        }
    }
}
