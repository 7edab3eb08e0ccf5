/// Countries with their demonyms, capitals and the institutions that stand for their governments,
/// written from public facts. Role descriptions ("the Russian president") and metonyms ("the
/// Kremlin said", "Beijing warned") are read through it.
enum Nations {
    /// One line per country: `country | demonyms and other names | capitals | seats of government`,
    /// entries comma-separated. The first entry of the first field is the country's canonical name.
    private static let table = """
        China | Chinese, PRC | Beijing, Peking | Zhongnanhai
        Russia | Russian, Russian Federation | Moscow | Kremlin
        United States | American, US, U.S., USA, U.S.A., America | Washington, Washington DC, Washington D.C. | White House
        United Kingdom | British, UK, U.K., Britain, Great Britain | London | Downing Street, Whitehall
        France | French | Paris | Elysee, Élysée, Elysee Palace, Élysée Palace
        Germany | German | Berlin | Chancellery
        Ukraine | Ukrainian | Kyiv, Kiev | Bankova
        Japan | Japanese | Tokyo | Kantei
        India | Indian | New Delhi | —
        Iran | Iranian | Tehran | —
        Israel | Israeli | Jerusalem | —
        Turkey | Turkish, Türkiye, Turkiye | Ankara | —
        Italy | Italian | Rome | Palazzo Chigi
        Spain | Spanish | Madrid | Moncloa
        Canada | Canadian | Ottawa | —
        Australia | Australian | Canberra | —
        Brazil | Brazilian | Brasilia, Brasília | Planalto
        Mexico | Mexican | Mexico City | —
        South Korea | South Korean | Seoul | Blue House
        North Korea | North Korean | Pyongyang | —
        Poland | Polish | Warsaw | —
        Saudi Arabia | Saudi | Riyadh | —
        Egypt | Egyptian | Cairo | —
        Pakistan | Pakistani | Islamabad | —
        Belarus | Belarusian | Minsk | —
        Taiwan | Taiwanese | Taipei | —
        Chile | Chilean | Santiago | La Moneda
        Peru | Peruvian | Lima | —
        Norway | Norwegian | Oslo | —
        Sweden | Swedish | Stockholm | —
        Austria | Austrian | Vienna | —
        Switzerland | Swiss | Bern | —
        Netherlands | Dutch, Holland | Amsterdam, The Hague | —
        Belgium | Belgian | Brussels | —
        Denmark | Danish | Copenhagen | —
        Finland | Finnish | Helsinki | —
        Ireland | Irish | Dublin | —
        Portugal | Portuguese | Lisbon | —
        Greece | Greek | Athens | —
        Hungary | Hungarian | Budapest | —
        Czech Republic | Czech, Czechia | Prague | —
        Romania | Romanian | Bucharest | —
        Serbia | Serbian | Belgrade | —
        Georgia | Georgian | Tbilisi | —
        Armenia | Armenian | Yerevan | —
        Azerbaijan | Azerbaijani, Azeri | Baku | —
        Kazakhstan | Kazakh | Astana | —
        Afghanistan | Afghan | Kabul | —
        Iraq | Iraqi | Baghdad | —
        Syria | Syrian | Damascus | —
        Lebanon | Lebanese | Beirut | —
        Jordan | Jordanian | Amman | —
        Qatar | Qatari | Doha | —
        United Arab Emirates | Emirati, UAE | Abu Dhabi | —
        Yemen | Yemeni | Sanaa | —
        Vietnam | Vietnamese | Hanoi | —
        Thailand | Thai | Bangkok | —
        Indonesia | Indonesian | Jakarta | —
        Philippines | Filipino, Philippine | Manila | Malacanang
        Malaysia | Malaysian | Kuala Lumpur | —
        Argentina | Argentine, Argentinian | Buenos Aires | Casa Rosada
        Colombia | Colombian | Bogota, Bogotá | —
        Venezuela | Venezuelan | Caracas | Miraflores
        Cuba | Cuban | Havana | —
        South Africa | South African | Pretoria | —
        Nigeria | Nigerian | Abuja | —
        Kenya | Kenyan | Nairobi | —
        Ethiopia | Ethiopian | Addis Ababa | —
        """

    /// Canonical country for each lowercase country name or demonym.
    private static let byName: [String: String] = index(fields: [0, 1])
    /// Canonical country for each lowercase capital.
    private static let byCapital: [String: String] = index(fields: [2])
    /// Canonical country for each lowercase seat of government.
    private static let bySeat: [String: String] = index(fields: [3])

    /// The country that `word` names or describes (`Chinese`, `Russia`, `U.S.`, `the Kremlin`), if any.
    static func country(of word: String) -> String? {
        let key = strip(word)
        return byName[key] ?? bySeat[key]
    }

    /// The country whose capital or seat of government `name` is, for reading metonyms.
    static func metonymCountry(of name: String) -> (country: String, isSeat: Bool)? {
        let key = strip(name)
        if let country = bySeat[key] { return (country, true) }
        if let country = byCapital[key] { return (country, false) }
        return nil
    }

    /// What a metonym stands for: `government of Russia`.
    static func government(of country: String) -> String { "government of " + country }

    /// `name` lowercased, without a leading `the`.
    private static func strip(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
    }

    /// `text` without leading and trailing spaces.
    private static func trim(_ text: Substring) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// Canonical country for each lowercase entry of the given table fields.
    private static func index(fields: [Int]) -> [String: String] {
        var result: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let columns = line.split(separator: "|").map { trim($0) }
            guard columns.count == 4, let country = columns[0].split(separator: ",").first else { continue }
            for field in fields {
                for entry in columns[field].split(separator: ",") {
                    let name = trim(entry)
                    guard !name.isEmpty, name != "—" else { continue }
                    result[name.lowercased()] = String(country)
                }
            }
        }
        return result
    }
}
