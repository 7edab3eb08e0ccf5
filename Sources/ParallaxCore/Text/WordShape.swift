/// Spelling tests on single tokens that the rule-based stages share.
enum WordShape {
    /// Whether `word` starts with an uppercase letter, or is a lowercase name particle joined to a
    /// capitalized name (`al-Assad`, `d'Estaing`, `bin-Salman`).
    static func isCapitalized(_ word: String) -> Bool {
        var scalars = word.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return false }
        if first.properties.isUppercase { return true }
        guard first.properties.isLowercase else { return false }
        var prefix = 1
        while let scalar = scalars.next() {
            if scalar == "-" || scalar == "'" || scalar == "\u{2019}" {
                return scalars.next()?.properties.isUppercase ?? false
            }
            prefix += 1
            if prefix > 3 || !scalar.properties.isLowercase { return false }
        }
        return false
    }

    /// Whether `word` starts with a lowercase letter.
    static func isLowercaseInitial(_ word: String) -> Bool {
        word.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// Whether every letter of `word` is uppercase and it has at least two letters (`NATO`, `U.S.`).
    static func isAcronym(_ word: String) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether `word` is a single-letter initial with its period (`J.`).
    static func isInitial(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard scalars.count == 2, let first = scalars.first, first.properties.isUppercase else { return false }
        return scalars.last == "."
    }

    /// Whether `word` is a whole number between 1 and 130 written in digits (an age).
    static func isAge(_ word: String) -> Bool {
        guard let value = Int(word) else { return false }
        return value >= 1 && value <= 130
    }
}
