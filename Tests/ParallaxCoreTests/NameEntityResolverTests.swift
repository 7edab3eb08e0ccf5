import Testing

@testable import ParallaxCore

@Suite struct NameEntityResolverTests {
    func resolve(_ string: String) -> EntityResolution {
        let text = TokenizedText(string)
        return NameEntityResolver().resolve(GazetteerEntityRecognizer().mentions(in: text), in: text)
    }

    func cluster(_ resolution: EntityResolution, named name: String) -> EntityCluster? {
        resolution.clusters.first { $0.name == name }
    }

    @Test func surnameJoinsTheFullNameBeforeOrAfterIt() {
        let resolution = resolve("Korsakov said no. Later, President Anton Korsakov agreed. Korsakov smiled.")
        let korsakov = cluster(resolution, named: "Anton Korsakov")
        #expect(korsakov?.aliases == ["Korsakov", "Anton Korsakov"])
        #expect(resolution.mentions.filter { $0.type == .person }.allSatisfy { $0.entity == korsakov?.id })
    }

    @Test func familyNameFirstJoinsItsFullName() {
        let resolution = resolve("Premier Zhao Mingyu arrived. Zhao said the talks were useful.")
        #expect(cluster(resolution, named: "Zhao Mingyu")?.aliases == ["Zhao Mingyu", "Zhao"])
        #expect(resolution.clusters.filter { $0.type == .person }.count == 1)
    }

    @Test func twoPeopleSharingASurnameStayApart() {
        let resolution = resolve("Ruth Calder met Simon Calder. Calder spoke first.")
        let people = resolution.clusters.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Ruth Calder", "Simon Calder", "Calder"])
    }

    @Test func aSurnameWithTheOtherGendersHonorificIsNotTheRelativeNamedInFull() {
        let resolution = resolve(
            "Governor Calder and Ruth Calder, his wife, arrived. Mr. Calder spoke first. Calder then left.")
        let people = resolution.clusters.filter { $0.type == .person }
        #expect(people.map(\.name).sorted() == ["Calder", "Ruth Calder"])
        #expect(cluster(resolution, named: "Calder")?.mentions.filter { $0.kind == .name }.count == 3)
        // Without such an honorific, the bare surname still joins the one full name that has it.
        let joined = resolve("Governor Calder and Ruth Calder arrived. Calder spoke first.")
        #expect(joined.clusters.filter { $0.type == .person }.map(\.name) == ["Ruth Calder"])
    }

    @Test func aRelativeNamedInFullAfterTheBareSurnameIsNotThePersonItNames() {
        let resolution = resolve(
            "Calder met reporters. Calder said the budget was sound. Later, Calder and first lady Ruth Calder "
                + "greeted guests. Calder spoke last.")
        #expect(resolution.clusters.filter { $0.type == .person }.map(\.name).sorted() == ["Calder", "Ruth Calder"])
        #expect(cluster(resolution, named: "Calder")?.mentions.filter { $0.kind == .name }.count == 4)
        let apposition = resolve("Calder spoke. His wife, Ruth Calder, listened. Calder left.")
        #expect(apposition.clusters.filter { $0.type == .person }.map(\.name).sorted() == ["Calder", "Ruth Calder"])
        // A kinship word nobody's ("a grieving father") introduces no one's relative.
        let nobodys = resolve("Calder sued the city. A grieving father, Tom Calder, spoke. Calder wept.")
        #expect(nobodys.clusters.filter { $0.type == .person }.map(\.name) == ["Tom Calder"])
        // Named in full first, the relative is who the bare surname then stands for.
        let introduced = resolve("First lady Ruth Calder arrived. Calder waved.")
        #expect(introduced.clusters.filter { $0.type == .person }.map(\.name) == ["Ruth Calder"])
    }

    @Test func aShortGivenNameIsTheOneFullNameItStandsFor() {
        let resolution = resolve("Pat Dunmore founded the firm. Patrick Dunmore said it would grow. Dunmore smiled.")
        let people = resolution.clusters.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Patrick Dunmore"])
        #expect(people.first?.aliases == ["Pat Dunmore", "Patrick Dunmore", "Dunmore"])
        // Two full names the short one may stand for: it stays apart.
        let ambiguous = resolve("Pat Dunmore met Patrick Dunmore and Patricia Dunmore.")
        #expect(ambiguous.clusters.filter { $0.type == .person }.count == 3)
    }

    @Test func aGenerationalSuffixKeepsFatherAndSonApart() {
        let resolution = resolve("Ray Ellery founded the band. His son Ray Ellery Jr. joined it. Ellery Jr. sings. Ellery left.")
        let people = resolution.clusters.filter { $0.type == .person }
        #expect(people.map(\.name).prefix(2) == ["Ray Ellery", "Ray Ellery Jr."])
        #expect(cluster(resolution, named: "Ray Ellery Jr.")?.aliases.contains("Ellery Jr.") == true)
        // The bare surname both share names neither of them.
        #expect(cluster(resolution, named: "Ray Ellery")?.aliases == ["Ray Ellery"])
        // A numeral after one name is a regnal name, not a suffix: the bare name joins it.
        let king = resolve("King Harald III opened the session. Harald said little.")
        #expect(king.clusters.filter { $0.type == .person }.map(\.name) == ["Harald III"])
    }

    @Test func rolesFromTitlesRoleWordsAndAppositions() {
        let resolution = resolve(
            "Kremlin foreign policy aide Pavel Drozdov spoke. Chilean President Rosa Valdivia listened. "
                + "Henry Osei, Senior Fellow in Economics at Lagos University, disagreed.")
        #expect(cluster(resolution, named: "Pavel Drozdov")?.roles == ["foreign policy aide"])
        #expect(cluster(resolution, named: "Rosa Valdivia")?.roles == ["President"])
        #expect(cluster(resolution, named: "Henry Osei")?.roles == ["Senior Fellow in Economics"])
    }

    @Test func ageFromApposition() {
        let resolution = resolve("Anton Korsakov, 71, and Rosa Valdivia, a former minister, met.")
        #expect(cluster(resolution, named: "Anton Korsakov")?.age == 71)
        #expect(cluster(resolution, named: "Rosa Valdivia")?.roles == ["former minister"])
    }

    @Test func placesGroupByNameAndKnownAliases() {
        let resolution = resolve("The U.S. and Peru talked. The United States agreed; Peru did not.")
        let us = cluster(resolution, named: "United States")
        #expect(us?.aliases == ["U.S.", "United States"])
        #expect(cluster(resolution, named: "Peru")?.aliases == ["Peru"])
        #expect(resolution.clusters.count == 2)
    }

    @Test func acronymJoinsItsExpansion() {
        let resolution = resolve("The Coastal Fisheries Authority met. Later the CFA said no.")
        #expect(
            cluster(resolution, named: "Coastal Fisheries Authority")?.aliases == [
                "Coastal Fisheries Authority", "CFA",
            ])
    }

    @Test func clusterIdsFollowFirstMentionAndEveryMentionIsResolved() {
        let resolution = resolve("Oslo hosted Anton Korsakov. Korsakov praised Oslo and Norway.")
        #expect(resolution.clusters.map(\.id) == Array(0..<resolution.clusters.count))
        #expect(resolution.clusters.map(\.name) == ["Oslo", "Anton Korsakov", "Norway"])
        #expect(resolution.mentions.map(\.entity) == [0, 1, 1, 0, 2])
    }

    @Test func mentionsFromAnotherRecognizerWithStraySpansDoNotCrash() {
        let text = TokenizedText("“Fine,” Drozdov said.")
        let mentions = [
            EntityMention(span: TextSpan(start: 8, end: 15), text: "Drozdov", type: .person),
            EntityMention(span: TextSpan(start: 90, end: 99), text: "Ghost Name", type: .person),
            EntityMention(span: TextSpan(start: 3, end: 3), text: "", type: .organization),
        ]
        let resolution = NameEntityResolver().resolve(mentions, in: text)
        #expect(resolution.mentions.map(\.entity) == [0, 1, 2])
        let quotes = QuotationMarkExtractor().quotes(in: text, entities: resolution)
        #expect(quotes.first?.speaker?.entity == 0)
    }

    @Test func emptyInputGivesAnEmptyResolution() {
        let resolution = NameEntityResolver().resolve([], in: TokenizedText(""))
        #expect(resolution.mentions.isEmpty && resolution.clusters.isEmpty)
    }
}
