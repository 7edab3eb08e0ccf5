/// What kind of value an aligned fact compares.
public enum FactKind: String, Sendable, Hashable, Codable {
    /// A figure: money, percentage, duration, age, count, number.
    case quantity
    /// A calendar date.
    case date
    /// The place an event happened ("in Panmunjom"), read from statements.
    case place
    /// An event: who did what to whom ("Canada and Norway held talks"), read from statements.
    case event
}
