/// Finds the dateline that opens many news bodies — `MOSCOW/BEIJING:`, `WASHINGTON —`,
/// `NEW YORK, Jan 5 (Reuters) -` — so it can be kept as metadata rather than analysed as prose.
///
/// A dateline is an all-capitals place phrase (capital letters, spaces, `/`, `,`, `.`, `'`, `-`,
/// `&`; at least two letters; at most ``maxPlaceLength`` characters) at the very start of the text,
/// optionally followed by a date such as `, Jan 5` and a parenthesised agency, then `:` or a dash; or,
/// as some wires write it, a date and the agency alone (`April 29 (UPI) —`).
/// Ordinary sentences ("NATO said on Monday…", "The US: …") are not taken: every word of the place
/// must be in capitals and the phrase must end in the separator.
public struct DatelineParser: Sendable {
    /// The longest place phrase accepted, in characters.
    public var maxPlaceLength: Int

    /// Creates a parser that accepts place phrases of up to `maxPlaceLength` characters.
    public init(maxPlaceLength: Int = 60) {
        self.maxPlaceLength = maxPlaceLength
    }

    /// The dateline at the start of `text` (without its separator) and the body after it
    /// (leading whitespace skipped), or nil when `text` does not open with a dateline.
    public func parse(_ text: Substring) -> (dateline: String, body: Substring)? {
        let start = text.startIndex
        // A wire's dateline without a place: "April 29 (UPI) —" — a date and the agency, then the dash.
        if let dateEnd = leadingDate(in: text), let agencyEnd = agencyPart(in: text, from: dateEnd),
            let afterSeparator = separatorEnd(in: text, from: agencyEnd)
        {
            let body = text[afterSeparator...].drop(while: \.isWhitespace)
            return body.isEmpty ? nil : (String(text[start..<agencyEnd]), body)
        }
        guard let first = capitalWord(in: text, from: start) else { return nil }
        var letters = first.letters
        var placeEnd = first.end
        while placeEnd < text.endIndex {
            if text[placeEnd] == ",", datePart(in: text, from: placeEnd) != nil { break }
            var probe = skipBlanks(in: text, from: placeEnd)
            if probe < text.endIndex, text[probe] == "/" || text[probe] == "," {
                probe = skipBlanks(in: text, from: text.index(after: probe))
            } else if probe == placeEnd {
                break
            }
            guard let word = capitalWord(in: text, from: probe) else { break }
            letters += word.letters
            placeEnd = word.end
        }
        guard letters >= 2, text.distance(from: start, to: placeEnd) <= maxPlaceLength else { return nil }
        var datelineEnd = placeEnd
        if let end = datePart(in: text, from: datelineEnd) { datelineEnd = end }
        if let end = agencyPart(in: text, from: datelineEnd) { datelineEnd = end }
        guard let afterSeparator = separatorEnd(in: text, from: datelineEnd) else { return nil }
        let body = text[afterSeparator...].drop(while: \.isWhitespace)
        guard !body.isEmpty else { return nil }
        return (String(text[start..<datelineEnd]), body)
    }

    /// Skips spaces and tabs (not line breaks).
    private func skipBlanks(in text: Substring, from index: String.Index) -> String.Index {
        var index = index
        while index < text.endIndex, text[index] == " " || text[index] == "\t" { index = text.index(after: index) }
        return index
    }

    /// A word of capital letters (and `.` `'` `’` `-` `&`) at `index` not glued to a lowercase
    /// letter or digit: its end and its letter count.
    private func capitalWord(in text: Substring, from index: String.Index) -> (end: String.Index, letters: Int)? {
        var index = index
        var letters = 0
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter && character.isUppercase {
                letters += 1
            } else if !DatelineParser.wordPunctuation.contains(character) {
                break
            }
            index = text.index(after: index)
        }
        guard letters > 0 else { return nil }
        if index < text.endIndex, text[index].isLetter || text[index].isNumber { return nil }
        return (index, letters)
    }

    /// `, Jan 5`, `, January 5, 2025`, `, JAN. 5` at `index`: where it ends.
    private func datePart(in text: Substring, from index: String.Index) -> String.Index? {
        guard index < text.endIndex, text[index] == "," else { return nil }
        return monthDay(in: text, from: skipBlanks(in: text, from: text.index(after: index)))
    }

    /// A month and day opening the text (`April 29`, `Jan. 5, 2025`): where it ends.
    private func leadingDate(in text: Substring) -> String.Index? {
        monthDay(in: text, from: text.startIndex)
    }

    /// `Jan 5`, `January 5, 2025`, `JAN. 5` at `index`: where it ends.
    private func monthDay(in text: Substring, from index: String.Index) -> String.Index? {
        var index = index
        let monthStart = index
        while index < text.endIndex, text[index].isLetter { index = text.index(after: index) }
        guard DatelineParser.monthNames.contains(text[monthStart..<index].lowercased()) else { return nil }
        if index < text.endIndex, text[index] == "." { index = text.index(after: index) }
        let afterMonth = index
        index = skipBlanks(in: text, from: index)
        guard index > afterMonth else { return nil }
        let dayStart = index
        while index < text.endIndex, text[index].isASCII, text[index].isNumber { index = text.index(after: index) }
        guard (1...2).contains(text.distance(from: dayStart, to: index)) else { return nil }
        if index < text.endIndex, text[index] == "," {
            let yearStart = skipBlanks(in: text, from: text.index(after: index))
            var yearEnd = yearStart
            while yearEnd < text.endIndex, text[yearEnd].isASCII, text[yearEnd].isNumber {
                yearEnd = text.index(after: yearEnd)
            }
            if text.distance(from: yearStart, to: yearEnd) == 4 { index = yearEnd }
        }
        return index
    }

    /// ` (Reuters)`, `(AP)` at `index`: where it ends.
    private func agencyPart(in text: Substring, from index: String.Index) -> String.Index? {
        var index = skipBlanks(in: text, from: index)
        guard index < text.endIndex, text[index] == "(" else { return nil }
        index = text.index(after: index)
        let nameStart = index
        var letters = 0
        while index < text.endIndex, text[index] != ")" {
            let character = text[index]
            if character.isLetter {
                letters += 1
            } else if !" &.'’-/".contains(character) {
                return nil
            }
            index = text.index(after: index)
        }
        guard index < text.endIndex, letters > 0, text.distance(from: nameStart, to: index) <= 40 else { return nil }
        return text.index(after: index)
    }

    /// The separator (`:`, `—`, `–`, `-`, `--`) at `index`, after optional blanks: where it ends.
    private func separatorEnd(in text: Substring, from index: String.Index) -> String.Index? {
        let index = skipBlanks(in: text, from: index)
        guard index < text.endIndex else { return nil }
        let next = text.index(after: index)
        switch text[index] {
        case ":":
            return next == text.endIndex || text[next].isWhitespace ? next : nil
        case "—", "–":
            return next
        case "-":
            if next < text.endIndex, text[next] == "-" { return text.index(after: next) }
            return next == text.endIndex || !text[next].isNumber ? next : nil
        default:
            return nil
        }
    }

    /// Characters allowed inside a capitalised place word besides capital letters.
    private static let wordPunctuation: Set<Character> = [".", "'", "’", "-", "&"]
    /// Month names and abbreviations, lowercase, as they appear in wire datelines (the period after an
    /// abbreviation is read separately), from `MonthName`.
    private static let monthNames = Set(MonthName.fullNames + MonthName.abbreviations)
}
