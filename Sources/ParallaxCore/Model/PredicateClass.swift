/// The class of event or act a statement's predicate names, so outlets' different verbs for one act
/// ("held talks", "met", "discussed") can be compared.
public enum PredicateClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// Meetings, calls, talks and summits.
    case meet
    /// Saying, telling, stating, announcing.
    case say
    /// Accusing, blaming, criticizing.
    case accuse
    /// Threatening and warning.
    case threaten
    /// Imposing tariffs, sanctions, bans and restrictions.
    case impose
    /// Agreeing, signing, pledging, approving.
    case agree
    /// Supporting, backing, welcoming.
    case support
    /// Opposing, rejecting, condemning, denying.
    case oppose
    /// Visiting and travelling.
    case visit
    /// Attacking, striking, bombing, invading.
    case attack
    /// Killing and injuring.
    case harm
    /// Arresting, detaining, charging.
    case arrest
    /// Electing, appointing, inaugurating, resigning.
    case office
    /// Raising, cutting and other changes of an amount.
    case change
    /// Evacuating, rescuing.
    case evacuate
    /// Striking work, protesting.
    case protest
    /// Apologizing and expressing regret.
    case apologize
}
