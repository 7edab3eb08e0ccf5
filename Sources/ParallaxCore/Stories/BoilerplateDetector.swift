/// Recognizes pages that are site furniture rather than a report — pay walls, sign-in and registration
/// screens, "please enable JavaScript", cookie notices, notification settings — so that they join no story.
///
/// A page is boilerplate when it is short and a large share of its words belong to the vocabulary of
/// web sites talking about themselves and to their reader (accounts, subscriptions, browsers, e-mail,
/// clicks, "please", "your"). The list is general web vocabulary; news words ("police", "shot") are absent.
public struct BoilerplateDetector: Sendable {
    /// Most words a boilerplate page has.
    public var maximumWords: Int
    /// Least share of its words that are web-site words.
    public var minimumShare: Double

    /// Creates a detector.
    public init(maximumWords: Int = 150, minimumShare: Double = 0.15) {
        self.maximumWords = maximumWords
        self.minimumShare = minimumShare
    }

    /// Whether `text` is a boilerplate page.
    public func isBoilerplate(_ text: some StringProtocol) -> Bool {
        var words = 0
        var siteWords = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            words += 1
            if words > maximumWords { return false }
            if Self.siteWords.contains(word.lowercased()) { siteWords += 1 }
        }
        guard words > 0 else { return true }
        return Double(siteWords) / Double(words) >= minimumShare
    }

    /// Words of pages about the site itself: accounts, subscriptions, browsers, settings.
    static let siteWords: Set<String> = [
        "account", "accounts", "activate", "activation", "ad", "adblock", "adblocker", "ads", "advertisement",
        "app", "browser", "browsers", "button", "captcha", "checkout", "click", "clicks", "comment", "comments",
        "cookie", "cookies", "digital", "disable", "download", "email", "emails", "enable", "enabled", "facebook",
        "faq", "feature", "inbox", "javascript", "link", "log", "login", "logged", "member", "members",
        "membership", "menu", "newsletter", "newsletters", "notification", "notifications", "offer", "online",
        "page", "password", "paywall", "playlist", "plugin", "premium", "privacy", "profile", "register",
        "registered", "registering", "registration", "reload", "rented", "settings", "sign", "signed", "signup",
        "site", "subscribe", "subscribed", "subscriber", "subscribers", "subscription", "subscriptions",
        "terms", "transcript", "twitter", "unlimited", "unsubscribe", "update", "username", "verification",
        "verify", "video", "videos", "website", "zipcode",
        // A page addressing its reader: thanks, requests, the reader's mailbox.
        "alerts", "junk", "please", "receive", "spam", "thank", "visit", "you", "your", "signing",
    ]
}
