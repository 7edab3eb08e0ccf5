import ParallaxCore

/// Renders a `StoryListing` as a Markdown table, largest story first.
public struct StoryListingRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown listing.
    public func render(_ listing: StoryListing) -> String {
        var lines = [
            "# Stories", "",
            "\(listing.stories.count) stories from \(listing.stories.reduce(0) { $0 + $1.articles }) articles"
                + (listing.boilerplate.isEmpty ? "" : "; \(listing.boilerplate.count) boilerplate pages in no story") + ".",
            "",
            "| story | articles | independent | outlets | dates | headline |",
            "|---|---|---|---|---|---|",
        ]
        for entry in listing.stories {
            let dates: String
            switch (entry.first, entry.last) {
            case let (first?, last?) where first == last: dates = first.description
            case let (first?, last?): dates = "\(first) – \(last)"
            default: dates = ""
            }
            let outlets = entry.outlets.prefix(5).joined(separator: ", ") + (entry.outlets.count > 5 ? ", …" : "")
            lines.append(
                "| \(entry.story) | \(entry.articles) | \(entry.independent) | \(MarkdownText.cell(outlets)) | \(dates) | "
                    + "\(MarkdownText.cell(MarkdownText.clip(entry.headline, 100))) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
