/// The year a list heading gives the month-and-day items under it: a tour or schedule list
/// ("2020 dates:" over "June 9 – Dallas") in an article written the year before is next year's,
/// not the nearest June 9.
enum ListHeadingYear {
    /// The year a list heading gives the month-and-day items under it ("2020 dates:", "Tour dates
    /// 2021:"), nil when the day is not in such a list: the heading is a short line (at most six
    /// tokens) ending in a colon with one year in it, and the day's line and every line between it and
    /// the heading are items: short (at most fifteen tokens), with no year of their own, and no
    /// sentences (not ending in . ! or ?). The heading may also open the day's own line ("2020 dates:
    /// June 9, June 11").
    static func year(before start: Int, in tokens: KeyedTokens) -> Int? {
        let colonByte = UInt8(ascii: ":")
        func breaksLine(_ index: Int) -> Bool { tokens.gap(index) == .newline || tokens.gap(index) == .paragraph }
        // A list item is a short line that is no sentence: it does not end in . ! or ?, names no year.
        func isItem(_ line: Range<Int>) -> Bool {
            guard !line.isEmpty, line.count <= 15, let last = line.last else { return false }
            let sentenceEnd = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains { tokens.isPunctuation(last, $0) }
            return !sentenceEnd && !line.contains { year(at: $0, in: tokens) != nil }
        }
        // A heading: at most six tokens before its colon, one of them a year.
        func headingYear(_ heading: Range<Int>) -> Int? {
            let years = heading.compactMap { year(at: $0, in: tokens) }
            return years.count == 1 && heading.count <= 6 ? years[0] : nil
        }
        guard start >= 0, start < tokens.count else { return nil }
        // Lines longer than an item are never scanned to their ends: the cost per day stays bounded.
        let longest = 16
        var lineStart = start
        while lineStart > 0, !breaksLine(lineStart), start - lineStart <= longest { lineStart -= 1 }
        var lineEnd = start + 1
        while lineEnd < tokens.count, !breaksLine(lineEnd), lineEnd - start <= longest { lineEnd += 1 }
        guard breaksLine(lineStart) || lineStart == 0, lineEnd == tokens.count || breaksLine(lineEnd) else { return nil }
        if let colon = (lineStart..<start).last(where: { tokens.isPunctuation($0, colonByte) }) {
            return isItem((colon + 1)..<lineEnd) ? headingYear(lineStart..<colon) : nil
        }
        guard isItem(lineStart..<lineEnd) else { return nil }
        var looked = 0
        while lineStart > 0, looked < 120 {
            let previousEnd = lineStart
            lineStart -= 1
            while lineStart > 0, !breaksLine(lineStart), previousEnd - lineStart <= longest { lineStart -= 1 }
            guard breaksLine(lineStart) || lineStart == 0 else { return nil }
            let line = lineStart..<previousEnd
            if let last = line.last, tokens.isPunctuation(last, colonByte) { return headingYear(lineStart..<last) }
            guard isItem(line) else { return nil }
            looked += line.count
        }
        return nil
    }

    private static let calendar = CalendarNumberRules()

    /// The year token `index` writes (four digits, 1800–2199), nil otherwise.
    private static func year(at index: Int, in tokens: KeyedTokens) -> Int? {
        guard let value = calendar.fourDigitValue(at: index, in: tokens), (1800...2199).contains(value) else { return nil }
        return value
    }
}
