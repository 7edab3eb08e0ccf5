/// Where a page's metadata value was read.
public enum MetadataSource: String, Sendable, Hashable, Codable {
    /// A JSON-LD (schema.org) block.
    case jsonLD
    /// An Open Graph `<meta property="og:…">` or `article:…` tag.
    case openGraph
    /// A named `<meta>` tag (`author`, `description`, `date`, Twitter cards, Dublin Core).
    case metaTag
    /// The `<title>` element, minus the site-name suffix.
    case titleElement
    /// The first `<h1>`.
    case heading
    /// A `<time datetime>` element.
    case timeElement
    /// The page's URL.
    case url
    /// `<link rel="canonical">`.
    case canonicalLink
    /// The `lang` attribute of `<html>`.
    case htmlLang
    /// A date written in the visible text near the top of the article (a dateline or byline).
    case visibleText
}
