/// What kind of value an aligned fact compares.
public enum FactKind: String, Sendable, Hashable, Codable {
    /// A figure: money, percentage, duration, age, count, number.
    case quantity
    /// A calendar date.
    case date
}
