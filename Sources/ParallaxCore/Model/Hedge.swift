/// A word that qualifies a figure and so changes the interval it stands for.
public enum Hedge: String, Sendable, Hashable, Codable, CaseIterable {
    /// "about", "around", "roughly", "some": widens the value by a tolerance on both sides.
    case approximately = "about"
    /// "nearly", "almost": just below the value.
    case nearly
    /// "more than", "over": above the value, excluded.
    case moreThan = "more than"
    /// "at least": the value or above.
    case atLeast = "at least"
    /// "up to", "at most": the value or below.
    case upTo = "up to"
    /// "less than", "under", "fewer than": below the value, excluded.
    case lessThan = "less than"
    /// "record": a highest-ever value; does not change the interval.
    case record
}
