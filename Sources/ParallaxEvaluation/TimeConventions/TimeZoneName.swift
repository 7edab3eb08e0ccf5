import ParallaxCore

/// Time-zone names and their offsets from UTC, in minutes (standard time unless the name says
/// daylight or summer time). A nil offset marks a name that is a zone but whose offset is
/// ambiguous ("CST" is Central Standard Time and China Standard Time).
enum TimeZoneName {
    /// Abbreviations ("PDT", "aest"). Two-letter ones ("ET", "PT") read as standard time.
    static let abbreviations: [WordKey: Int?] = table([
        ("utc", 0), ("gmt", 0), ("wet", 0), ("bst", 60), ("cet", 60), ("cest", 120), ("eet", 120),
        ("eest", 180), ("msk", 180), ("aft", 270), ("pkt", 300), ("ict", 420), ("hkt", 480), ("sgt", 480),
        ("awst", 480), ("awdt", 540), ("jst", 540), ("kst", 540), ("acst", 570), ("acdt", 630), ("aest", 600),
        ("aedt", 660), ("nzst", 720), ("nzdt", 780), ("tost", 840), ("ast", -240), ("adt", -180), ("est", -300),
        ("edt", -240), ("cst", nil), ("cdt", -300), ("mst", -420), ("mdt", -360), ("pst", -480), ("pdt", -420),
        ("pdst", -420), ("akst", -540), ("akdt", -480), ("hst", -600), ("cot", -300), ("brt", -180), ("aoe", -720),
        ("et", -300), ("ct", -360), ("mt", -420), ("pt", -480),
    ])

    /// Regions named before "standard time", "daylight time" or "time" ("Pacific", "Central Europe").
    static let regions: [[String]: Int] = [
        ["pacific"]: -480, ["mountain"]: -420, ["central"]: -360, ["eastern"]: -300, ["atlantic"]: -240,
        ["alaska"]: -540, ["hawaii"]: -600, ["west", "coast"]: -480, ["east", "coast"]: -300,
        ["australian", "western"]: 480, ["australian", "west"]: 480, ["australian", "central"]: 570,
        ["australian", "eastern"]: 600, ["australian", "east"]: 600, ["central", "europe"]: 60,
        ["central", "european"]: 60, ["western", "europe"]: 0, ["western", "european"]: 0,
        ["eastern", "europe"]: 120, ["eastern", "european"]: 120, ["afghanistan"]: 270, ["india"]: 330,
        ["china"]: 480, ["japan"]: 540, ["korea"]: 540, ["singapore"]: 480, ["hong", "kong"]: 480,
        ["beijing"]: 480, ["shanghai"]: 480, ["tokyo"]: 540, ["seoul"]: 540, ["sydney"]: 600, ["melbourne"]: 600,
        ["moscow"]: 180, ["london"]: 0, ["uk"]: 0, ["britain"]: 0, ["paris"]: 60, ["berlin"]: 60, ["madrid"]: 60,
        ["rome"]: 60, ["new", "york"]: -300, ["washington"]: -300, ["chicago"]: -360, ["denver"]: -420,
        ["los", "angeles"]: -480, ["colombia"]: -300, ["bogota"]: -300, ["dubai"]: 240, ["kabul"]: 270,
        ["delhi"]: 330, ["mumbai"]: 330,
    ]

    /// Words that may open a region name, lowercased.
    static let regionStarts: Set<String> = Set(regions.keys.compactMap(\.first))

    /// `UTC+08:00`, `UTC-03:30`, or `UTC+XX:XX` for an unknown offset, as Recognizers-Text writes zones.
    static func value(offset: Int?) -> String {
        guard let offset else { return "UTC+XX:XX" }
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        let hours = magnitude / 60
        let minutes = magnitude % 60
        return "UTC" + sign + (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    private static func table(_ entries: [(String, Int?)]) -> [WordKey: Int?] {
        var table: [WordKey: Int?] = [:]
        for (word, offset) in entries {
            if let key = WordKey.word(word) { table[key] = .some(offset) }
        }
        return table
    }
}
