/// Lowercase nouns that name a kind of organization. Written right before a name they make it the
/// organization's name, as a title makes a person's: "public broadcaster Kan", "carrier Lufthansa",
/// "the news agency Interfax", "retailer Walmart" — where a statistical tagger, seeing an unknown
/// single capitalized word that then "reported" or "said", takes it for a person.
enum OrganizationKinds {
    /// The nouns, lowercase, singular and plural where both precede names.
    static let nouns: Set<String> = Lexicon.exactSet(
        """
        broadcaster, broadcasters, network, channel, station, newspaper, newspapers, daily, weekly, tabloid, magazine,
        agency, wire, outlet, publisher, website, portal, carrier, airline, airlines, automaker, carmaker, chipmaker,
        drugmaker, retailer, retailers, insurer, lender, bank, banks, brokerage, conglomerate, manufacturer, company,
        companies, firm, firms, startup, group, operator, regulator, watchdog, miner, producer, supplier, distributor,
        developer, platform, exchange, utility, label, studio, club, franchise, charity, foundation, nonprofit,
        ngo, think-tank, thinktank, union, party, militia, consortium, shipper, railway, railroad, telecom,
        broadcasting, newswire, streamer, giant
        """)
}
