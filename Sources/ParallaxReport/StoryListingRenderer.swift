import ParallaxCore

/// Renders a `StoryListing` as a Markdown table, largest story first.
public struct StoryListingRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown listing.
    public func render(_ listing: StoryListing) -> String {
        var lines = [
            "# Stories", "",
            "\(listing.stories.count) stories from \(listing.stories.reduce(0) { $0 + $1.articles.count }) articles"
                + (listing.boilerplate.isEmpty ? "" : "; \(listing.boilerplate.count) boilerplate pages in no story") + ".",
            "",
            "| story | articles | independent | outlets | dates | headline |",
            "|---|---|---|---|---|---|",
        ]
        for entry in listing.stories {
            let dates = Self.dates(entry.first, entry.last)
            let outlets = entry.sources.prefix(5).joined(separator: ", ") + (entry.sources.count > 5 ? ", …" : "")
            lines.append(
                "| \(entry.id) | \(entry.articles.count) | \(entry.independent) | \(MarkdownText.cell(outlets)) | \(dates) | "
                    + "\(MarkdownText.cell(MarkdownText.clip(entry.title, 100))) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A date span as `first – last`, one day when they are equal, empty when undated.
    public static func dates(_ first: CalendarDate?, _ last: CalendarDate?) -> String {
        switch (first, last) {
        case let (first?, last?) where first == last: first.description
        case let (first?, last?): "\(first) – \(last)"
        default: ""
        }
    }
}
