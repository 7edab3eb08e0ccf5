import ParallaxCore

/// An invented stream for the story tests: two fires on one day in two towns, a council vote the next
/// day, a syndicated copy and a sign-in page filed under one fire's headline.
enum StreamFixtures {
    static func article(_ id: String, _ source: String, _ day: String, _ title: String, _ text: String) -> Article {
        Article(id: id, source: source, title: title, published: CalendarDate(iso: day), text: text)
    }

    static let millFire1 = article(
        "mill-1", "Dunmore Courier", "2031-05-02", "Fire guts Larkfield textile mill in Dunmore",
        """
        A fire tore through the Larkfield textile mill in Dunmore on Friday night, fire chief Orla Brennick said. \
        Forty firefighters fought the blaze at the mill on Quarry Lane for six hours. Nobody was hurt, Brennick said, \
        but the roof of the weaving hall collapsed. The Larkfield mill employs 120 people in Dunmore.
        """)
    static let millFire2 = article(
        "mill-2", "Valley Herald", "2031-05-03", "Larkfield mill destroyed by overnight blaze",
        """
        The Larkfield mill on Quarry Lane in Dunmore was destroyed by a blaze overnight. Chief Orla Brennick said \
        forty firefighters spent six hours at the textile mill and that the weaving hall roof fell in. No one was \
        injured. The mill's 120 workers do not know when they will return.
        """)
    static let millFire3 = article(
        "mill-3", "Northfold Wire", "2031-05-03", "Dunmore mill fire: cause unknown",
        """
        Investigators in Dunmore are looking for the cause of the fire that gutted the Larkfield textile mill on \
        Friday. Brennick, the fire chief, said the blaze started in the weaving hall on Quarry Lane.
        """)
    static let warehouseFire1 = article(
        "warehouse-1", "Kestrel Bay Times", "2031-05-02", "Two hurt in Kestrel Bay warehouse fire",
        """
        Two workers were hurt when fire swept through a paint warehouse on Harbour Road in Kestrel Bay on Friday, \
        fire chief Tomas Vell said. Both were taken to St Aldric hospital with burns. Vell said thirty firefighters \
        kept the blaze from reaching the Pellmore boatyard next door.
        """)
    static let warehouseFire2 = article(
        "warehouse-2", "Coastline News", "2031-05-03", "Kestrel Bay paint warehouse burns, two injured",
        """
        A paint warehouse on Harbour Road in Kestrel Bay burned on Friday and two workers were treated for burns at \
        St Aldric hospital. Chief Tomas Vell said crews saved the Pellmore boatyard beside it.
        """)
    static let budgetVote = article(
        "budget-1", "Dunmore Courier", "2031-05-03", "Dunmore council approves school budget",
        """
        Dunmore's council approved the school budget on Saturday by seven votes to two. Mayor Idris Calloway said \
        the money pays for two new classrooms at Fenwick primary school and a bus route to the Marsh estate.
        """)
    /// `millFire1`'s text under another outlet and headline.
    static let millCopy = article(
        "mill-copy", "Regional Syndicate", "2031-05-03", "Textile mill burns", millFire1.text)
    /// A sign-in page filed under the warehouse fire's headline.
    static let signIn = article(
        "sign-in", "Coastline News", "2031-05-03", "Kestrel Bay paint warehouse burns, two injured",
        """
        Thank you for registering! Please check your email and click the link to activate your account. \
        Sign in to update your profile and newsletter settings.
        """)

    /// The stream in date order.
    static let stream = [millFire1, warehouseFire1, millFire2, warehouseFire2, budgetVote, millCopy, signIn, millFire3]
}
