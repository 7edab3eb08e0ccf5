import ParallaxCore
import ParallaxReport
import Testing

@Suite struct StoryHTMLRendererTests {
    static let hostile = "<script>alert('x')</script> & <img src=x onerror=\"steal()\">"

    func report(text: String, source: String) -> StoryReport {
        let article = Article(id: "a1", source: source, title: text, text: "The council said on Monday: “\(text)” and left.")
        return StoryReconciler().report(for: [article])
    }

    @Test func escapesEveryPieceOfArticleText() {
        let html = StoryHTMLRenderer().render(report(text: Self.hostile, source: "<b>outlet</b>"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>outlet"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("&lt;b&gt;outlet&lt;/b&gt;"))
    }

    @Test func isOneSelfContainedPage() {
        let html = StoryHTMLRenderer().render(report(text: "fine words", source: "alpha"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\"http"))
    }

    @Test func controlCharactersAreDropped() {
        #expect(HTMLText.escape("a\u{0}b\u{7}c\nd") == "abc\nd")
    }
}
