import ParallaxCore

/// Finds number ranges in free text: comparisons ("more than 20", "at most 100", "equal to 5",
/// ">= 30", "500 or more", "less than 5000 or equal"), two-sided ranges ("between 10 and 20",
/// "from 5 to 7", "10-20", "20~100", "20 through 100") and two comparisons joined by "and", "but"
/// or a comma into one interval ("larger than 10 and smaller than 20" is (10, 20)) when the lower
/// bound is below the upper one.
///
/// Two-sided ranges are [low, high) — the Recognizers-Text convention — unless
/// `closesTwoSidedRanges` is set ([low, high]); a dashed range needs low < high and no further dash
/// or slash around it (phone numbers, dates).
public struct NumberRangeExtractor: Sendable {
    /// A range found in text.
    public struct Mention: Sendable, Hashable {
        /// Where it is.
        public var span: TextSpan
        /// The interval (unbounded ends are ±infinity).
        public var interval: ValueInterval
    }

    /// Whether "between A and B" is closed at B.
    public var closesTwoSidedRanges: Bool

    /// Creates the extractor.
    public init(closesTwoSidedRanges: Bool = false) { self.closesTwoSidedRanges = closesTwoSidedRanges }

    private enum Bound { case lowOpen, lowClosed, highOpen, highClosed, equal }

    private static let prefixes: [([String], Bound)] = {
        let raw: [(String, Bound)] = [
            ("greater than or equal to", .lowClosed), ("more than or equal to", .lowClosed),
            ("larger than or equal to", .lowClosed), ("bigger than or equal to", .lowClosed),
            ("higher than or equal to", .lowClosed), ("greater or equal than", .lowClosed),
            ("bigger or equal than", .lowClosed), ("higher or equal than", .lowClosed), ("larger or equal than", .lowClosed),
            ("more or equal than", .lowClosed), ("equal to or more than", .lowClosed), ("equal to or greater than", .lowClosed),
            ("at least or equal to", .lowClosed), ("at least", .lowClosed), ("no less than", .lowClosed),
            ("not less than", .lowClosed), ("no fewer than", .lowClosed), (">=", .lowClosed), ("> =", .lowClosed),
            ("less than or equal to", .highClosed), ("smaller than or equal to", .highClosed),
            ("fewer than or equal to", .highClosed), ("lower than or equal to", .highClosed),
            ("less or equal than", .highClosed), ("smaller or equal than", .highClosed), ("lower or equal than", .highClosed),
            ("equal to or less than", .highClosed), ("equal to or smaller than", .highClosed), ("at most", .highClosed),
            ("up to", .highClosed), ("no more than", .highClosed), ("not more than", .highClosed), ("<=", .highClosed),
            ("< =", .highClosed), ("more than", .lowOpen), ("greater than", .lowOpen), ("larger than", .lowOpen),
            ("bigger than", .lowOpen), ("higher than", .lowOpen), ("over", .lowOpen), ("above", .lowOpen),
            ("exceed", .lowOpen), ("exceeds", .lowOpen), ("exceeded", .lowOpen), ("exceeding", .lowOpen),
            ("surpass", .lowOpen), ("surpasses", .lowOpen), (">", .lowOpen), ("less than", .highOpen),
            ("fewer than", .highOpen), ("smaller than", .highOpen), ("lower than", .highOpen), ("below", .highOpen),
            ("under", .highOpen), ("<", .highOpen), ("equal to", .equal), ("equals to", .equal), ("equals", .equal),
            ("equaling to", .equal), ("equalling to", .equal),
        ]
        return raw.map { (NumberLexer().lexemes($0.0).map(\.text), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    private static let suffixes: [([String], Bound)] = {
        let raw: [(String, Bound)] = [
            ("or more than", .lowClosed), ("or greater than", .lowClosed), ("or more", .lowClosed),
            ("and more", .lowClosed), ("or greater", .lowClosed), ("or above", .lowClosed), ("or higher", .lowClosed),
            ("or less than", .highClosed), ("or fewer than", .highClosed), ("or less", .highClosed),
            ("and less", .highClosed), ("or fewer", .highClosed), ("or below", .highClosed), ("or lower", .highClosed),
        ]
        return raw.map { ($0.0.split(separator: " ").map(String.init), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    /// The ranges in `text`, in order.
    public func ranges(in text: String) -> [Mention] {
        let lx = NumberLexer().lexemes(text)
        let grammar = NumberGrammar(lexemes: lx, readsOutOf: false)
        func word(_ i: Int) -> String { i >= 0 && i < lx.count ? lx[i].text : "" }
        func matches(_ words: [String], at i: Int) -> Bool {
            i + words.count <= lx.count && words.indices.allSatisfy { lx[i + $0].text == words[$0] }
        }
        func value(at i: Int) -> (value: Double, end: Int)? {
            var start = i
            if word(start) == "the" { start += 1 }
            if let number = grammar.number(at: start), !number.hasGluedWord || number.kind == .ordinal {
                if number.kind.isOrdinal, start == i, number.kind != .ordinal { return nil }
                return (number.value, number.lexemes.upperBound)
            }
            if let ordinal = grammar.ordinal(at: start) { return (ordinal.value, ordinal.lexemes.upperBound) }
            if word(start) == "half", start == i { return (0.5, start + 1) }
            return nil
        }
        func interval(_ bound: Bound, _ v: Double) -> ValueInterval {
            switch bound {
            case .lowOpen: ValueInterval(low: v, high: .infinity, lowOpen: true)
            case .lowClosed: ValueInterval(low: v, high: .infinity)
            case .highOpen: ValueInterval(low: -.infinity, high: v, highOpen: true)
            case .highClosed: ValueInterval(low: -.infinity, high: v)
            case .equal: ValueInterval(exactly: v)
            }
        }
        /// One comparison at i: (interval, end).
        func comparison(at i: Int) -> (ValueInterval, Int)? {
            for (words, bound) in Self.prefixes where matches(words, at: i) {
                if words == [">"] || words == ["<"] {
                    if word(i + 1) == ">" || (i > 0 && lx[i].isAdjacent && word(i - 1) == "=") { return nil }
                }
                guard let number = value(at: i + words.count) else { continue }
                var end = number.end
                var result = interval(bound, number.value)
                if bound == .lowOpen || bound == .highOpen || bound == .equal, word(end) == "or", word(end + 1) == "equal" {
                    let hasTo = word(end + 2) == "to"
                    let after = end + (hasTo ? 3 : 2)
                    if value(at: after) == nil {
                        switch bound {
                        case .lowOpen: result = interval(.lowClosed, number.value)
                        case .highOpen: result = interval(.highClosed, number.value)
                        default: break
                        }
                        end = after
                    }
                }
                if bound == .equal {
                    for (suffix, kind) in Self.suffixes where matches(suffix, at: end) {
                        if value(at: end + suffix.count) != nil { break }
                        return (interval(kind, number.value), end + suffix.count)
                    }
                }
                return (result, end)
            }
            return nil
        }
        var result: [Mention] = []
        var index = 0
        func span(_ start: Int, _ end: Int) -> TextSpan { TextSpan(start: lx[start].start, end: lx[end - 1].end) }
        while index < lx.count {
            // Two-sided: "between A and B", "from A to B".
            if word(index) == "between" || word(index) == "from", let first = value(at: index + 1),
                word(first.end) == (word(index) == "between" ? "and" : "to"), let second = value(at: first.end + 1),
                first.value < second.value
            {
                result.append(Mention(span: span(index, second.end), interval: ValueInterval(
                    low: first.value, high: second.value, highOpen: !closesTwoSidedRanges)))
                index = second.end
                continue
            }
            if var first = comparison(at: index) {
                // Join a lower and an upper bound.
                let joiner = word(first.1) == "and" || word(first.1) == "but" || word(first.1) == ","
                if joiner, let second = comparison(at: first.1 + 1) {
                    let a = first.0
                    let b = second.0
                    let lower = a.low.isFinite && !a.high.isFinite ? a : (b.low.isFinite && !b.high.isFinite ? b : nil)
                    let upper = !a.low.isFinite && a.high.isFinite ? a : (!b.low.isFinite && b.high.isFinite ? b : nil)
                    if let lower, let upper, lower.low < upper.high {
                        first = (ValueInterval(low: lower.low, high: upper.high, lowOpen: lower.lowOpen, highOpen: upper.highOpen), second.1)
                    }
                }
                result.append(Mention(span: span(index, first.1), interval: first.0))
                index = first.1
                continue
            }
            if let number = value(at: index), lx[index].kind == .digits || word(index) != "the" {
                let end = number.end
                // "A or more", "A or greater than" (with no number after).
                var handled = false
                for (suffix, kind) in Self.suffixes where matches(suffix, at: end) {
                    if value(at: end + suffix.count) != nil { break }
                    result.append(Mention(span: span(index, end + suffix.count), interval: interval(kind, number.value)))
                    index = end + suffix.count
                    handled = true
                    break
                }
                if handled { continue }
                // "A-B", "A – B", "A~B", "A through B", "A to B".
                let connector = word(end)
                if ["-", "–", "~", "through", "to"].contains(connector), let second = value(at: end + 1),
                    number.value < second.value, !(index > 0 && lx[index].isAdjacent && ["+", "-", "/"].contains(word(index - 1))),
                    !(second.end < lx.count && lx[second.end].isAdjacent && ["-", "/"].contains(word(second.end))),
                    connector != "to" || lx[index].kind == .digits
                {
                    result.append(Mention(span: span(index, second.end), interval: ValueInterval(
                        low: number.value, high: second.value, highOpen: !closesTwoSidedRanges)))
                    index = second.end
                    continue
                }
                index = max(end, index + 1)
                continue
            }
            index += 1
        }
        return result
    }
}
