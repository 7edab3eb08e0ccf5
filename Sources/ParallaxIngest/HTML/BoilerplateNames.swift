/// Reads class and id attributes for signs that an element is page furniture or article content.
enum BoilerplateNames {
    /// Words in class/id names that mark navigation, promotion, comments and other furniture.
    static let negative: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "comment", "comments", "share", "sharing", "social",
        "related", "promo", "promotion", "cookie", "cookies", "consent", "banner", "ad", "ads", "advert",
        "advertisement", "advertising", "sidebar", "newsletter", "subscribe", "subscription", "caption", "breadcrumb",
        "breadcrumbs", "masthead", "popup", "modal", "sponsor", "sponsored", "outbrain", "taboola", "recommended",
        "recommendations", "trending", "popular", "widget", "tags", "tag", "toolbar", "skip", "signup", "login",
        "byline", "author", "credit", "credits", "disclaimer", "pagination", "pager", "rail", "sharebar",
        "print", "email", "tools", "more", "also", "next", "prev", "hidden", "hide", "overlay", "paywall",
        "dateline", "timestamp", "meta", "embed", "video", "gallery", "slideshow", "photo", "image", "img", "figure",
        "headline", "title", "header", "follow", "newsletters", "teaser", "teasers", "aside",
    ]
    /// Words of `negative` that name a heading: a heading is a line, so a paragraph of prose that carries
    /// one (`<p class="title">` holding the lead) is no heading.
    static let heading: Set<String> = ["headline", "title", "header"]
    /// Words in class/id names that mark the article itself.
    static let positive: Set<String> = [
        "article", "body", "content", "main", "story", "post", "entry", "text", "articlebody", "blog", "page", "prose",
    ]

    /// The lowercase words of a class or id value: split on non-letters and at camelCase boundaries.
    static func words(_ value: String) -> [String] {
        if value.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(value) }
        var words: [String] = []
        var current = ""
        var previousLower = false
        for scalar in value.unicodeScalars {
            let isUpper = scalar.properties.isUppercase
            let isLetter = scalar.properties.isAlphabetic
            if !isLetter {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousLower = false
                continue
            }
            if isUpper, previousLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            previousLower = !isUpper
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// ``words(_:)`` for ASCII values, on bytes.
    static func asciiWords(_ value: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        for byte in value.utf8 {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if !isUpper && !isLower {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousLower = false
                continue
            }
            if isUpper, previousLower, !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            current.append(byte | 0x20)
            previousLower = isLower
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Negative and positive evidence from an element's class and id; `headingOnly` when every negative
    /// word found names a heading.
    static func signals(_ node: HTMLNode) -> (negative: Bool, positive: Bool, headingOnly: Bool) {
        var negativeFound = false
        var positiveFound = false
        var headingOnly = true
        for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
            for word in words(attribute.value) {
                if negative.contains(word) {
                    negativeFound = true
                    if !heading.contains(word) { headingOnly = false }
                }
                if positive.contains(word) { positiveFound = true }
            }
        }
        return (negativeFound, positiveFound, negativeFound && headingOnly)
    }
}
