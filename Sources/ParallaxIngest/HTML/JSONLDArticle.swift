import Foundation

/// The article fields of a page's JSON-LD (schema.org) blocks.
struct JSONLDArticle: Sendable, Hashable {
    var headline: String?
    var articleBody: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var publisher: String?
    var websiteName: String?
    var url: String?

    /// schema.org types that describe an article.
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report",
        "SocialMediaPosting", "WebPage",
    ]

    /// Reads every JSON-LD script text; malformed blocks are skipped.
    init(scripts: [String]) {
        var bestRank = Int.max
        for script in scripts {
            var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("<![CDATA[") { text = String(text.dropFirst(9).dropLast(3)) }
            while text.hasSuffix(";") { text.removeLast() }
            guard let data = text.data(using: .utf8),
                let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            var pending: [Any] = [root]
            var visited = 0
            while let item = pending.popLast(), visited < 10_000 {
                visited += 1
                if let array = item as? [Any] {
                    pending.append(contentsOf: array.reversed())
                    continue
                }
                guard let object = item as? [String: Any] else { continue }
                if let graph = object["@graph"] { pending.append(graph) }
                let types = Self.types(object["@type"])
                if types.contains("WebSite"), websiteName == nil { websiteName = Self.string(object["name"]) }
                let rank = types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "LiveBlogPosting" }) ? 0
                    : types.contains("WebPage") ? 1 : Self.articleTypes.isDisjoint(with: types) ? nil : 1
                guard let rank, rank <= bestRank else { continue }
                bestRank = rank
                if headline == nil || rank == 0 { headline = Self.string(object["headline"]) ?? headline }
                if let body = Self.string(object["articleBody"]), body.count > (articleBody?.count ?? 0) { articleBody = body }
                datePublished = Self.string(object["datePublished"]) ?? datePublished
                dateModified = Self.string(object["dateModified"]) ?? dateModified
                let names = Self.names(object["author"])
                if !names.isEmpty { authors = names }
                if let name = Self.names(object["publisher"]).first { publisher = name }
                url = Self.string(object["url"]) ?? url
                if let main = object["mainEntityOfPage"] as? [String: Any], url == nil { url = Self.string(main["@id"]) }
            }
        }
    }

    static func types(_ value: Any?) -> Set<String> {
        if let string = value as? String { return [string] }
        if let array = value as? [Any] { return Set(array.compactMap { $0 as? String }) }
        return []
    }

    static func string(_ value: Any?) -> String? {
        if let string = value as? String {
            let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any], let first = array.first { return string(first) }
        return nil
    }

    /// Names of a person or organization value: a string, an object with `name`, or a list of them.
    static func names(_ value: Any?) -> [String] {
        if let string = string(value as? String) { return [string] }
        if let object = value as? [String: Any], let name = string(object["name"]) { return [name] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
