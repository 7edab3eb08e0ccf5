/// Invented news pages for the HTML tests (no third-party text).
enum HTMLFixtures {
    /// Paragraphs of an invented report.
    static let paragraphs = [
        "The harbour council of Eastmere voted on Tuesday to delay the ferry contract, citing rising fuel costs, a shortage of crews and an unfinished review of the northern pier.",
        "Councillor Mara Quist, who chairs the transport committee, said the delay would last at least six weeks, and that the council would publish the review in full once it is complete.",
        "Ferry operators, who had expected a decision this month, said the postponement left them unable to plan the summer timetable, hire seasonal staff or order spare parts.",
        "The contract, worth about 40 million crowns over five years, covers three routes between the mainland, the islands of Holm and Vik, and the southern terminal.",
    ]

    /// A page with navigation, a share bar, related links, comments and a footer around the article.
    static func newsPage(extraHead: String = "", bodyAttributes: String = "") -> String {
        let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
            <title>Ferry contract delayed | Eastmere Ledger</title>
            \(extraHead)
            <script>var tracking = "Tracking code that must not leak";</script>
            <style>.x { content: "Style text that must not leak"; }</style>
            </head><body\(bodyAttributes)>
            <nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <div class="cookie-banner">We use cookies to improve your experience, please accept them to continue reading.</div>
            <main><article>
            <h1>Ferry contract delayed</h1>
            <div class="share-tools"><a href="#">Share on social media</a> <a href="#">Email this story to a friend</a></div>
            <div class="article-body">
            \(body)
            <h2>What happens next</h2>
            <ul><li>The review is due in March.</li><li>Operators may bid again.</li></ul>
            </div>
            <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Pier repairs begin after a long winter of storms</a></li>
            <li><a href="/b">Island fares rise for the third year running, islanders say</a></li></ul></div>
            </article></main>
            <section id="comments"><p>Reader comment: this is a scandal, and the council should resign over the ferry contract delay.</p></section>
            <footer><p>Copyright Eastmere Ledger. All rights reserved, including the right to reproduce this text.</p></footer>
            </body></html>
            """
    }
}
