/// "1 story", "2 stories": a count with its noun in the right number.
enum Counted {
    /// `count` followed by `singular`, or by `plural` (default: `singular` + "s") unless it is one.
    static func text(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
