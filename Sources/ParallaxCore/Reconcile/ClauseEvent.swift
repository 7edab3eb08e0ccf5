/// The event a value's own clause states: the predicate and the named actors on each side of it, so a
/// fact can be described in words ("when Austria and Chile signed", "where Pompeo met Kim Jong-un").
struct ClauseEvent: Sendable, Hashable {
    /// The predicate's lemma ("meet", "summit").
    var lemma: String
    /// Names of the subjects.
    var subjects: [String]
    /// Names of the objects.
    var objects: [String]

    /// Subjects and objects, each once, subjects first.
    var participants: [String] {
        var all = subjects
        for object in objects where !all.contains(object) { all.append(object) }
        return all
    }

    /// The question a value of `kind` answers about this event, in plain words: "when Austria and
    /// Chile signed", "when the treaty was signed" style for verbs (subjects, past tense, objects; with
    /// no subject, the objects and the participle), "date of the summit (A, B)" for nouns, and "date of
    /// the signing" when no one is named. Nil for kinds other than dates and places.
    func question(for kind: FactKind) -> String? {
        let wh: String
        let noun: String
        switch kind {
        case .date: (wh, noun) = ("when", "date")
        case .place: (wh, noun) = ("where", "place")
        default: return nil
        }
        let lexicon = PredicateLexicon.standard
        guard let forms = lexicon.verbTenses(of: lemma) else {
            let who = participants.prefix(3)
            return "\(noun) of the \(lemma)" + (who.isEmpty ? "" : " (" + who.joined(separator: ", ") + ")")
        }
        let subject = Self.list(subjects)
        let object = Self.list(objects)
        if !subject.isEmpty {
            return [wh, subject, forms.past, object].filter { !$0.isEmpty }.joined(separator: " ")
        }
        if !object.isEmpty {
            return "\(wh) \(object) \(objects.count > 1 ? "were" : "was") \(forms.participle)"
        }
        return "\(noun) of the \(forms.gerund)"
    }

    /// Up to three names: "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        let names = Array(names.prefix(3))
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}
