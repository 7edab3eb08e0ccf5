import Testing

@testable import ParallaxCore

/// Role descriptions, affiliations and metonyms, on project-written fictional text.
@Suite struct EntityResolutionRulesTests {
    func resolve(_ string: String) -> EntityResolution {
        let text = TokenizedText(string)
        return NameEntityResolver().resolve(GazetteerEntityRecognizer().mentions(in: text), in: text)
    }

    func cluster(_ resolution: EntityResolution, named name: String) -> EntityCluster? {
        resolution.clusters.first { $0.name == name }
    }

    @Test func titleAndSurnameJoinTheFullName() {
        let resolution = resolve("Anna Kovac arrived in Oslo. President Kovac then spoke.")
        let kovac = cluster(resolution, named: "Anna Kovac")
        #expect(resolution.clusters.filter { $0.type == .person }.count == 1)
        #expect(kovac?.roles == ["President"])
    }

    @Test func differentFirstNamesSharingASurnameStayApart() {
        let resolution = resolve("Hunter Weber met Joe Weber in Lima. Joe Weber left first.")
        let people = resolution.clusters.filter { $0.type == .person }.map(\.name)
        #expect(people == ["Hunter Weber", "Joe Weber"])
    }

    @Test func affiliationsFromPreModifiersAndAppositions() {
        let resolution = resolve(
            "Kremlin foreign policy aide Pavel Drozdov spoke. Chinese President Liu Wenbo listened. "
                + "Henry Osei, Professor of Economics at Harvard University, disagreed.")
        #expect(cluster(resolution, named: "Pavel Drozdov")?.affiliations == ["Kremlin"])
        #expect(cluster(resolution, named: "Pavel Drozdov")?.roles == ["foreign policy aide"])
        #expect(cluster(resolution, named: "Liu Wenbo")?.affiliations == ["Chinese"])
        #expect(cluster(resolution, named: "Henry Osei")?.roles == ["Professor of Economics"])
        #expect(cluster(resolution, named: "Henry Osei")?.affiliations == ["Harvard University"])
    }

    @Test func roleDescriptionsJoinThePersonTheyDenote() {
        let resolution = resolve(
            "Chinese President Liu Wenbo called Russian President Anton Korsakov, 71, on Monday. "
                + "Kremlin aide Pavel Drozdov briefed reporters. The Chinese leader praised the call. "
                + "The Russian president agreed, and the Kremlin aide said more talks would follow. "
                + "The 71-year-old smiled.")
        #expect(cluster(resolution, named: "Liu Wenbo")?.aliases.contains("The Chinese leader") == true)
        #expect(cluster(resolution, named: "Anton Korsakov")?.aliases.contains("The Russian president") == true)
        #expect(cluster(resolution, named: "Anton Korsakov")?.aliases.contains("The 71-year-old") == true)
        #expect(cluster(resolution, named: "Pavel Drozdov")?.aliases.contains("the Kremlin aide") == true)
        #expect(cluster(resolution, named: "Liu Wenbo")?.aliases.contains("The Russian president") == false)
    }

    @Test func anAmbiguousRoleDescriptionStaysUnresolved() {
        let resolution = resolve(
            "Russian minister Oleg Petrov met Russian minister Ivan Sorokin. The Russian minister said no.")
        let people = resolution.clusters.filter { $0.type == .person }
        #expect(people.count == 2)
        #expect(people.allSatisfy { !$0.aliases.contains("The Russian minister") })
    }

    @Test func capitalsAndSeatsOfGovernmentAsActorsAreMetonyms() {
        let resolution = resolve(
            "The Kremlin said the talks went well. Beijing warned against delay. "
                + "Downing Street has also announced a visit. Tourists visited Moscow.")
        #expect(cluster(resolution, named: "Kremlin")?.metonymFor == "government of Russia")
        #expect(cluster(resolution, named: "Beijing")?.metonymFor == "government of China")
        #expect(cluster(resolution, named: "Downing Street")?.metonymFor == "government of United Kingdom")
        #expect(cluster(resolution, named: "Moscow")?.metonymFor == nil)
    }

    @Test func resolvedRoleDescriptionsAreMentionsWithSpans() {
        let source = "Russian President Anton Korsakov spoke on Monday. The Russian president later left."
        let resolution = resolve(source)
        let korsakov = cluster(resolution, named: "Anton Korsakov")
        let descriptions = korsakov?.mentions.filter { $0.kind == .description } ?? []
        #expect(descriptions.map(\.text) == ["The Russian president"])
        let scalars = Array(source.unicodeScalars)
        for mention in descriptions {
            #expect(String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end])) == mention.text)
        }
        #expect(korsakov?.mentions.map(\.kind) == [.name, .description])
    }

    @Test func aBareRoleJoinsTheOnePersonWithThatRole() {
        let resolution = resolve(
            "Kremlin spokesman Pavel Drozdov met Anna Kovac. The spokesman said talks would go on.")
        let drozdov = cluster(resolution, named: "Pavel Drozdov")
        #expect(drozdov?.mentions.filter { $0.kind == .description }.map(\.text) == ["The spokesman"])
        #expect(cluster(resolution, named: "Anna Kovac")?.mentions.count == 1)
    }

    @Test func aBareRoleWithTwoHoldersOrAnOfPhraseStaysUnresolved() {
        let two = resolve("Spokesman Pavel Drozdov met spokesman Ivan Sorokin. The spokesman said no.")
        #expect(two.clusters.allSatisfy { $0.mentions.allSatisfy { $0.kind == .name } })
        let other = resolve("Spokesman Pavel Drozdov left. The spokesman for the ministry said no.")
        #expect(other.clusters.allSatisfy { $0.mentions.allSatisfy { $0.kind == .name } })
    }

    @Test func aBareRoleAfterAnUnnamedHolderOfThatRoleIsTheUnnamedOne() {
        // "One senior spokesman" introduces someone the article does not name: "the spokesman" after
        // it is that person, unless the named spokesman is mentioned again in between.
        let unnamed = resolve(
            "Kremlin spokesman Pavel Drozdov met Anna Kovac. One senior spokesman close to the talks said "
                + "they had failed. The spokesman said nothing more.")
        #expect(cluster(unnamed, named: "Pavel Drozdov")?.mentions.allSatisfy { $0.kind == .name } == true)
        let again = resolve(
            "Kremlin spokesman Pavel Drozdov met Anna Kovac. One senior spokesman close to the talks said "
                + "they had failed. Drozdov disagreed. The spokesman said nothing more.")
        #expect(cluster(again, named: "Pavel Drozdov")?.mentions.filter { $0.kind == .description }.map(\.text) == ["The spokesman"])
        // A role noun right before a name is a title, not someone new.
        let titled = resolve(
            "Kremlin spokesman Pavel Drozdov met Anna Kovac. A spokesman Pavel Drozdov trusts was there. "
                + "The spokesman said nothing more.")
        #expect(cluster(titled, named: "Pavel Drozdov")?.mentions.filter { $0.kind == .description }.map(\.text) == ["The spokesman"])
    }

    @Test func nameMentionsAreListedInTheClusterInTextOrder() {
        let resolution = resolve("Korsakov said no. Later, President Anton Korsakov agreed.")
        let korsakov = cluster(resolution, named: "Anton Korsakov")
        #expect(korsakov?.mentions.map(\.text) == ["Korsakov", "Anton Korsakov"])
        #expect(korsakov?.mentions.allSatisfy { $0.kind == .name } == true)
    }
}
