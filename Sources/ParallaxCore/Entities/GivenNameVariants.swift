/// Common English short forms of given names (`Pat` for Patrick or Patricia, `Bob` for Robert) and
/// generational suffixes (`Jr.`, `III`), so that one article's "Pat Simmons" and "Patrick Simmons"
/// are one person while "Pat Simmons" and "Pat Simmons Jr." stay two.
///
/// A general list of English hypocorisms, not names taken from any corpus.
enum GivenNameVariants {
    /// Short form → the full given names it may stand for.
    static let fullForms: [String: [String]] = {
        let table: [(String, [String])] = [
            ("Abby", ["Abigail"]), ("Al", ["Albert", "Alan", "Alfred", "Alexander"]), ("Alex", ["Alexander", "Alexandra"]),
            ("Andy", ["Andrew"]), ("Drew", ["Andrew"]), ("Barb", ["Barbara"]), ("Ben", ["Benjamin"]),
            ("Beth", ["Elizabeth"]), ("Betsy", ["Elizabeth"]), ("Betty", ["Elizabeth"]), ("Bill", ["William"]),
            ("Billy", ["William"]), ("Bob", ["Robert"]), ("Bobby", ["Robert"]), ("Brad", ["Bradley"]),
            ("Cathy", ["Catherine"]), ("Charlie", ["Charles"]), ("Chuck", ["Charles"]),
            ("Chris", ["Christopher", "Christine", "Christina"]), ("Cindy", ["Cynthia"]), ("Dan", ["Daniel"]),
            ("Danny", ["Daniel"]), ("Dave", ["David"]), ("Deb", ["Deborah"]), ("Debbie", ["Deborah"]),
            ("Dick", ["Richard"]), ("Don", ["Donald"]), ("Doug", ["Douglas"]), ("Ed", ["Edward", "Edwin"]),
            ("Eddie", ["Edward"]), ("Fred", ["Frederick"]), ("Gabe", ["Gabriel"]), ("Gene", ["Eugene"]),
            ("Greg", ["Gregory"]), ("Hank", ["Henry"]), ("Harry", ["Henry", "Harold"]), ("Herb", ["Herbert"]),
            ("Jack", ["John"]), ("Jake", ["Jacob"]), ("Jamie", ["James"]), ("Jeff", ["Jeffrey"]), ("Jen", ["Jennifer"]),
            ("Jenny", ["Jennifer"]), ("Jerry", ["Gerald", "Jerome"]), ("Jess", ["Jessica"]), ("Jim", ["James"]),
            ("Jimmy", ["James"]), ("Joe", ["Joseph"]), ("Joey", ["Joseph"]), ("Jon", ["Jonathan"]), ("Josh", ["Joshua"]),
            ("Kate", ["Katherine", "Kathleen", "Catherine"]), ("Kathy", ["Katherine", "Kathleen"]),
            ("Katie", ["Katherine", "Kathleen"]), ("Ken", ["Kenneth"]), ("Kenny", ["Kenneth"]), ("Kim", ["Kimberly"]),
            ("Larry", ["Lawrence"]), ("Len", ["Leonard"]), ("Liz", ["Elizabeth"]), ("Maggie", ["Margaret"]),
            ("Mandy", ["Amanda"]), ("Matt", ["Matthew"]), ("Meg", ["Margaret"]), ("Mike", ["Michael"]),
            ("Mikey", ["Michael"]), ("Mitch", ["Mitchell"]), ("Nate", ["Nathan", "Nathaniel"]), ("Nick", ["Nicholas"]),
            ("Pam", ["Pamela"]), ("Pat", ["Patrick", "Patricia"]), ("Patty", ["Patricia"]), ("Peggy", ["Margaret"]),
            ("Pete", ["Peter"]), ("Phil", ["Philip", "Phillip"]), ("Randy", ["Randall", "Randolph"]),
            ("Ray", ["Raymond"]), ("Rich", ["Richard"]), ("Rick", ["Richard", "Frederick"]), ("Rob", ["Robert"]),
            ("Ron", ["Ronald"]), ("Ronnie", ["Ronald"]), ("Russ", ["Russell"]), ("Sam", ["Samuel", "Samantha"]),
            ("Sandy", ["Sandra"]), ("Steve", ["Stephen", "Steven"]), ("Stu", ["Stuart"]), ("Sue", ["Susan"]),
            ("Susie", ["Susan"]), ("Ted", ["Edward", "Theodore"]), ("Teddy", ["Edward", "Theodore"]),
            ("Terry", ["Terence", "Theresa"]), ("Tim", ["Timothy"]), ("Tom", ["Thomas"]), ("Tommy", ["Thomas"]),
            ("Tony", ["Anthony"]), ("Trish", ["Patricia"]), ("Val", ["Valerie"]), ("Vicky", ["Victoria"]),
            ("Vince", ["Vincent"]), ("Walt", ["Walter"]), ("Wes", ["Wesley"]), ("Will", ["William"]),
            ("Zach", ["Zachary"]),
        ]
        return Dictionary(table, uniquingKeysWith: { first, _ in first })
    }()

    /// Generational suffixes written after a name.
    static let suffixes: Set<String> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]
    /// The suffixes that are also regnal numbers ("Charles III"): a suffix only after two names.
    static let numerals: Set<String> = ["II", "III", "IV"]

    /// `parts` without a trailing generational suffix, and the suffix (nil when none). A numeral after
    /// one name is part of it (`Charles III` is a full name), after two a suffix (`John Smith III`).
    static func core(of parts: [String]) -> (core: ArraySlice<String>, suffix: String?) {
        if let last = parts.last, suffixes.contains(last), parts.count >= (numerals.contains(last) ? 3 : 2) {
            return (parts.dropLast(), last)
        }
        return (parts[...], nil)
    }
}
