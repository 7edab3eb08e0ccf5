/// The shape of a reporting verb that is not listed, for the slot right after a quotation and its speaker.
extension ReportingVerbs {
    /// Whether `word` has the shape of a finite reporting verb in the tight slot after a quotation and its
    /// speaker (`barked`, `concludes`, `went`): lowercase letters ending in `-ed` or `-s`, or a listed
    /// irregular past.
    static func looksLikeFiniteVerb(_ word: String) -> Bool {
        guard word.count >= 3, word.unicodeScalars.allSatisfy({ $0.properties.isLowercase }) else { return false }
        if irregularPast.contains(word) { return true }
        if notVerbs.contains(word) || word.hasSuffix("ss") || word.hasSuffix("ous") { return false }
        return word.hasSuffix("ed") || word.hasSuffix("s")
    }
}
