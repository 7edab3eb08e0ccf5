import ParallaxCore
import ParallaxReport
import Testing

@Suite struct StoryMarkdownRendererTests {
    @Test func listsSourcesVerdictsAndSpans() {
        let a = Article(id: "a", source: "alpha", published: CalendarDate(iso: "2026-02-11"), text: "Four people died in the storm, officials said.")
        let b = Article(id: "b", source: "beta", published: CalendarDate(iso: "2026-02-11"), text: "Six people died in the storm, police said.")
        let markdown = StoryMarkdownRenderer().render(storyReport([a, b]))
        #expect(markdown.contains("| alpha | 2026-02-11 |"))
        #expect(markdown.contains("**conflict**"))
        #expect(markdown.contains("“Four people”"))
        #expect(markdown.contains("## Conflicts"))
        #expect(!markdown.contains("No conflicts found."))
    }

    @Test func tablePipesInArticleTextAreEscaped() {
        #expect(MarkdownText.cell("a | b\nc") == "a \\| b c")
    }
}
