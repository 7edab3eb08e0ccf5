/// Known names and name-forming head words, from public knowledge, built once per process.
///
/// Lookups are case-insensitive for ordinary names (`Moscow`, `MOSCOW`) and exact for acronyms
/// (`WHO`, `US`), so that the function words `who` and `us` never match. Multi-word names are keyed
/// by their tokens joined with single spaces (`st. petersburg`, `bank of england`).
enum Gazetteer {
    /// Ordinary names, lowercased, with their type.
    static let names: [String: EntityType] = tables.names
    /// Acronyms, exactly as written, with their type.
    static let acronyms: [String: EntityType] = tables.acronyms
    /// Lowercased alias → lowercased canonical name (`u.s.` → `united states`), for resolution.
    static let canonicalForms: [String: String] = tables.canonical
    /// The most tokens any entry spans.
    static let longestEntry = 6

    /// The type of the name `key` (tokens joined with single spaces), if it is listed.
    static func type(of key: String) -> EntityType? {
        if let type = acronyms[key] { return type }
        return names[key.lowercased()]
    }

    /// The lowercased canonical form of a listed name, or the lowercased name itself.
    static func canonical(_ name: String) -> String {
        let lower = name.lowercased()
        return canonicalForms[lower] ?? lower
    }

    // MARK: - Head words

    /// The type a multi-word name has when `head` is its last word (or the word before `of`):
    /// `Harvard University`, `Yellow River`, `Mexico City`, `Winter Olympics`.
    static func headType(_ head: String) -> EntityType? {
        if organizationHeads.contains(head) { return .organization }
        if geopoliticalHeads.contains(head) { return .geopolitical }
        if locationHeads.contains(head) { return .location }
        if eventHeads.contains(head) { return .miscellaneous }
        return nil
    }

    /// The type a name has when it starts with `word` (`Lake Baikal`, `Mount Everest`).
    static func prefixType(_ word: String) -> EntityType? { locationPrefixes.contains(word) ? .location : nil }

    /// Words after which `of` continues a name (`Bank of England`, `Great Hall of the People`).
    static let ofHeads: Set<String> = organizationHeads.union(geopoliticalHeads).union(locationHeads)
        .union(eventHeads).union(
            Lexicon.exactSet(
                """
                Hall, Palace, Statue, Tomb, Dome, Isle, Cape, Mount, Duke, Duchess, Prince, Princess, King, Queen,
                Emperor, Archbishop, Bishop, Sultan, Emir, Order, Knights, Sons, Daughters, Friends, House, Chamber,
                Battle, Siege, Treaty, Peace, Day, Night, Year, Hall, Republic, Kingdom, Emirate, Sultanate,
                Principality, Commonwealth, Federation, Union, League, People
                """))

    /// Last words that make a name an organization.
    static let organizationHeads: Set<String> = Lexicon.exactSet(
        """
        University, College, Institute, Institution, School, Academy, Ministry, Department, Council, Party,
        Bank, Inc., Inc, Corp., Corp, Corporation, Company, Co., Ltd, Ltd., LLC, PLC, plc, AG, SA, GmbH, Group,
        Holdings, Agency, Commission, Committee, Court, Army, Navy, Force, Forces, Guard, Corps, Times, News,
        Post, Journal, Herald, Tribune, Gazette, Telegraph, Mail, Express, Press, Media, Television, TV, Radio,
        Network, Association, Federation, Union, League, Alliance, Coalition, Front, Movement, Organization,
        Organisation, Foundation, Fund, Trust, Society, Club, Board, Office, Bureau, Service, Services, Authority,
        Administration, Parliament, Assembly, Congress, Senate, Cabinet, Government, Police, Brigade, Battalion,
        Regiment, Division, Command, Airlines, Airways, Motors, Technologies, Technology, Systems, Industries,
        Pharmaceuticals, Partners, Capital, Investments, Securities, Exchange, Reserve, Center, Centre, Museum,
        Hospital, Clinic, Church, Mission, Embassy, Consulate, Secretariat, Tribunal, Caucus, FC, Studios,
        Entertainment, Records, Labs, Laboratory, Laboratories, Brands, Foods, Bancorp, Ventures, Institutes,
        Observatory, Library, Orchestra, Ballet, Theatre, Theater, Council, Commission, Directorate, Inspectorate,
        Guardian, Economist, Review, Magazine, Weekly, Daily, Broadcasting, Communications, Telecom, Energy,
        Petroleum, Oil, Gas, Mining, Steel, Motor, Automotive, Aerospace, Dynamics, Electric, Electronics,
        Insurance, Bankers, Lines, Railways, Railway, Shipping, Logistics, Pharma, Bio, Therapeutics, Solutions,
        Software, Robotics, Semiconductor, Chemicals, Holding, Conglomerate, Cooperative, Syndicate, Consortium,
        Team, Squad, Unit, Cartel, Brotherhood, Taliban
        """)

    /// Last words that make a name a geopolitical entity.
    static let geopoliticalHeads: Set<String> = Lexicon.exactSet(
        """
        City, County, Province, Prefecture, Oblast, Krai, Governorate, District, Municipality, Republic, Kingdom,
        Emirate, Emirates, Sultanate, Principality, Township, Borough, Parish, Canton, Territory, Territories
        """)

    /// Last words that make a name a location (geography, or a building or place that is not a GPE).
    static let locationHeads: Set<String> = Lexicon.exactSet(
        """
        River, Sea, Ocean, Mountains, Mountain, Mountain Range, Desert, Valley, Peninsula, Island, Islands, Isles,
        Strait, Straits, Bay, Gulf, Canal, Coast, Basin, Plateau, Delta, Forest, Glacier, Range, Hills, Heights,
        Highlands, Lowlands, Channel, Falls, Lake, Lakes, Steppe, Plain, Plains, Archipelago, Reef, Lagoon,
        Hall, Palace, Square, Airport, Bridge, Tower, Stadium, Arena, Cathedral, Mosque, Temple, Dam, Park,
        Street, Avenue, Road, Highway, Boulevard, Plaza, Station, Harbor, Harbour, Port, Base, Airbase, Mall,
        Residence, Castle, Fortress, Wall, Gate, Monument, Memorial, Cemetery, Crossing, Corridor, Pass, Region,
        Zone, Sector, Frontier, Border, Quarter
        """)

    /// Last words that make a name an event, treaty, prize or other miscellaneous name.
    static let eventHeads: Set<String> = Lexicon.exactSet(
        """
        War, Wars, Games, Olympics, Paralympics, Cup, Prize, Award, Awards, Act, Treaty, Accord, Accords,
        Agreement, Summit, Conference, Forum, Festival, Championship, Championships, Declaration, Doctrine,
        Initiative, Protocol, Convention, Charter, Revolution, Crisis, Expo, Olympiad, Prix, Open, Bowl, Series,
        Biennale, Marathon, Tournament, Uprising, Massacre, Offensive, Operation, Pact, Plan, Deal, Talks,
        Dialogue, Strategy, Program, Programme, Project, Index, Report, Election, Elections, Referendum, Vote,
        Amendment, Resolution, Statute, Constitution, Gospel, Bible, Koran, Quran, Torah, Order
        """)

    /// Head words that are also common surnames (`Stuart Hall`, `Grace Park`): after a given name they
    /// make a person, not a place or organization.
    static let surnameLikeHeads: Set<String> = Lexicon.exactSet(
        """
        Hall, Park, Church, Wall, Gates, Banks, Rivers, Field, Post, Press, Temple, Castle, Lake, Hills, Bridge,
        Tower, Station, Cross, Marsh, Forest, Bay, Mills, Holmes, Power, Ford, Brown, Day, Young, Rose, Street,
        Moss, Bush, Cape, Reid, Mountain, Guard, Fund, Grant, Bishop, King, Major, Games, Law, Express, Union,
        Mission, Trust, Plain, Coast, Base, Gate, Cup, Open, Deal, Plan, Strategy, Program, Vote, Talks
        """)

    /// First words that make a name a location.
    static let locationPrefixes: Set<String> = Lexicon.exactSet(
        "Lake, Mount, Mt., Cape, Gulf, Sea, Bay, Strait, Isle, River")

    private struct Tables {
        var names: [String: EntityType] = [:]
        var acronyms: [String: EntityType] = [:]
        var canonical: [String: String] = [:]
    }

    private static let tables: Tables = {
        var tables = Tables()
        func add(_ list: String, _ type: EntityType) {
            for entry in Lexicon.entries(list) {
                if WordShape.isAcronym(entry) {
                    tables.acronyms[entry] = type
                } else {
                    tables.names[entry.lowercased()] = type
                }
            }
        }
        add(GazetteerLists.countries, .geopolitical)
        add(GazetteerLists.cities, .geopolitical)
        add(GazetteerLists.regionsAndStates, .geopolitical)
        add(GazetteerLists.locations, .location)
        add(GazetteerLists.groups, .nationality)
        add(GazetteerLists.organizations, .organization)
        add(GazetteerLists.media, .organization)
        add(GazetteerLists.companies, .organization)
        add(GazetteerLists.miscellaneous, .miscellaneous)
        for line in Lexicon.entries(GazetteerLists.aliases) {
            let parts = line.split(separator: "=")
            guard parts.count == 2 else { continue }
            let canonical = parts[1].trimmingSpaces().lowercased()
            for alias in parts[0].split(separator: "|") {
                tables.canonical[alias.trimmingSpaces().lowercased()] = canonical
            }
        }
        return tables
    }()
}
