/// TimeML TIMEX3 types.
public enum TimexType: String, Sendable, Hashable, Codable {
    /// A calendar date or period ("21 January 2025", "last week").
    case date = "DATE"
    /// A time of day ("3 p.m.", "tonight").
    case time = "TIME"
    /// A length of time ("an hour and 35 minutes").
    case duration = "DURATION"
    /// A recurrence ("every week").
    case set = "SET"
}
