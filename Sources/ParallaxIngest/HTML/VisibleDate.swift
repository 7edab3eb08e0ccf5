import ParallaxCore

/// Finds a calendar date written out in visible text, as datelines and bylines show it:
/// `January 21, 2025`, `Jan. 21, 2025`, `Tue January 21, 2025`, `21 Jan 2025`, `21st January 2025`,
/// `2025-01-21`. Ambiguous numeric forms (`01/02/2025`) are not read.
enum VisibleDate {
    /// A run of letters or digits in the text.
    private struct Word {
        var text: Substring
        var isNumber: Bool
        /// What lies between the previous word and this one.
        var gap: Substring
    }

    /// The first date in `text`, if any.
    static func first(in text: String) -> CalendarDate? {
        let words = Self.words(text)
        for index in words.indices {
            if let date = date(at: index, in: words) { return date }
        }
        return nil
    }

    /// A date starting at `words[index]`.
    private static func date(at index: Int, in words: [Word]) -> CalendarDate? {
        func word(_ i: Int) -> Word? { i < words.count ? words[i] : nil }
        /// Only spaces, commas and a period may stand between the parts of a written date.
        func joined(_ w: Word) -> Bool { w.gap.count <= 3 && w.gap.allSatisfy { $0 == " " || $0 == "," || $0 == "." || $0 == "\u{A0}" } }
        func day(_ w: Word?) -> Int? {
            guard let w, w.isNumber, w.text.count <= 2, let day = Int(w.text), (1...31).contains(day) else { return nil }
            return day
        }
        func year(_ w: Word?) -> Int? {
            guard let w, w.isNumber, w.text.count == 4, let year = Int(w.text), (1900...2100).contains(year) else { return nil }
            return year
        }
        /// The index after a day number and its optional ordinal suffix (`21st`).
        func afterDay(_ i: Int) -> Int {
            if let next = word(i + 1), next.gap.isEmpty, ["st", "nd", "rd", "th"].contains(next.text.lowercased()) { return i + 2 }
            return i + 1
        }
        let first = words[index]
        if !first.isNumber, let month = FeedDate.month(String(first.text)), let dayWord = word(index + 1), joined(dayWord),
            let day = day(dayWord)
        {
            let yearIndex = afterDay(index + 1)
            if let yearWord = word(yearIndex), joined(yearWord), let year = year(yearWord) {
                return CalendarDate(year: year, month: month, day: day)
            }
        }
        if let day = day(first) {
            let monthIndex = afterDay(index)
            if let monthWord = word(monthIndex), !monthWord.isNumber, joined(monthWord), let month = FeedDate.month(String(monthWord.text)),
                let yearWord = word(monthIndex + 1), joined(yearWord), let year = year(yearWord)
            {
                return CalendarDate(year: year, month: month, day: day)
            }
        }
        if let year = year(first), let monthWord = word(index + 1), monthWord.isNumber, monthWord.text.count == 2, monthWord.gap == "-",
            let dayWord = word(index + 2), dayWord.isNumber, dayWord.text.count == 2, dayWord.gap == "-",
            let month = Int(monthWord.text), let day = Int(dayWord.text),
            word(index + 3).map({ !($0.gap.isEmpty || $0.gap == "-") }) ?? true
        {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// The runs of letters and of digits in `text`, each with the text before it.
    private static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var index = text.startIndex
        var gapStart = index
        while index < text.endIndex {
            let character = text[index]
            let isDigit = character.isASCIIDigitCharacter
            guard isDigit || character.isLetter else {
                index = text.index(after: index)
                continue
            }
            let start = index
            while index < text.endIndex, isDigit ? text[index].isASCIIDigitCharacter : text[index].isLetter {
                index = text.index(after: index)
            }
            words.append(Word(text: text[start..<index], isNumber: isDigit, gap: text[gapStart..<start]))
            gapStart = index
        }
        return words
    }
}
