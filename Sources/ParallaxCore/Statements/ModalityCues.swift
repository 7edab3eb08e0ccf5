/// Reads a statement's modality from the words before its predicate and the sentence around it.
///
/// Rules: a negation ("not", "n't", "never", "no", "neither", "nor", "denied") among the four words
/// before the predicate negates it; a hedge ("may", "might", "could", "reportedly", "allegedly",
/// "possibly", "apparently", "likely", "unconfirmed") among the six words before, or "reportedly" /
/// "allegedly" anywhere before it in the sentence, hedges it; "if" or "unless" anywhere in the sentence
/// makes it conditional; "will", "would", "shall", "'ll", or an infinitive "to" right before it
/// ("agreed to visit", "plans to impose") marks it future or intended.
public enum ModalityCues {
    static let negations: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "denied", "without"]
    static let hedges: Set<String> = [
        "may", "might", "could", "reportedly", "allegedly", "possibly", "apparently", "likely", "unconfirmed",
        "purportedly", "supposedly",
    ]
    static let futures: Set<String> = ["will", "would", "shall", "'ll", "’ll", "wo", "going"]

    /// The modality of the predicate `predicate` given the sentence's lowercased words before it and all of them.
    public static func modality(before: ArraySlice<String>, predicate: String, sentence: ArraySlice<String>) -> Modality {
        var modality = Modality()
        let near = before.suffix(4)
        if near.contains(where: negations.contains) { modality.negated = true }
        if before.suffix(6).contains(where: hedges.contains) || before.contains("reportedly") || before.contains("allegedly") {
            modality.hedged = true
        }
        if sentence.contains("if") || sentence.contains("unless") { modality.conditional = true }
        if near.contains(where: futures.contains) || before.last == "to" { modality.future = true }
        return modality
    }
}
