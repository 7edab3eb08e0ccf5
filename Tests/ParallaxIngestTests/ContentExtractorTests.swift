import Testing

@testable import ParallaxIngest

@Suite("ContentExtractor")
struct ContentExtractorTests {
    let extractor = HTMLArticleExtractor()

    @Test("keeps the article's paragraphs, headings and list items; drops navigation, share bars, related links, comments, footer")
    func boilerplateDropped() throws {
        let page = try extractor.extract(Array(HTMLFixtures.newsPage().utf8))
        #expect(page.paragraphs == HTMLFixtures.paragraphs + ["What happens next", "The review is due in March.", "Operators may bid again."])
    }

    @Test("script, style, event handlers and hidden elements never reach the body")
    func maliciousHTML() throws {
        let hostile = """
            <body onload="alert('onload handler')"><div class="article-body">
            <p onclick="steal('click handler')">\(HTMLFixtures.paragraphs[0])<script>document.write("injected script text")</script></p>
            <p>\(HTMLFixtures.paragraphs[1])<style>p { color: red } /* injected style text */</style></p>
            <p>\(HTMLFixtures.paragraphs[2])<img src=x onerror="alert('img handler')"></p>
            <div hidden>hidden trap text that is long enough to count as a paragraph, with commas, here</div>
            <div style="display: none">invisible trap text that is long enough to count as a paragraph, too</div>
            <noscript>noscript trap text that is long enough to count as a paragraph of the page</noscript>
            <iframe src="javascript:alert(1)">iframe trap</iframe><svg><text>svg trap</text></svg>
            </div></body>
            """
        let body = try extractor.extract(Array(hostile.utf8)).articleBody
        for trap in ["injected", "handler", "alert", "trap", "color", "steal"] {
            #expect(!body.contains(trap), "\(trap) leaked")
        }
        #expect(body.contains("harbour council"))
    }

    @Test("a JSON-LD articleBody replaces extracted text that misses it")
    func jsonLDArticleBody() throws {
        let jsonBody = HTMLFixtures.paragraphs.joined(separator: "\\n")
        let page = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry contract delayed","articleBody":"\(jsonBody)"}</script></head>
            <body><div id="app"><p>Loading the story, please enable JavaScript in your browser to continue reading it.</p></div></body></html>
            """
        #expect(try extractor.extract(Array(page.utf8)).paragraphs == HTMLFixtures.paragraphs)
    }

    @Test("layout classes (d-inline-block, float-left) are not furniture: the body beside a long teaser list is kept")
    func layoutClasses() throws {
        let teasers = (1...12).map { index in
            """
            <li class="list-item col-md-6"><div class="teaser-text"><h5><a href="/story/\(index)">Teaser \(index)</a></h5>
            <div class="card-summary">Another report, number \(index), on the council, the harbour, the contract and the \
            ferry operators, with a few commas, enough text to read like a paragraph of its own, and more words still.</div></div></li>
            """
        }.joined()
        let page = """
            <html><body><main><div class="row"><div class="col-md-8 d-inline-block float-md-left">
            <div itemprop="articleBody">\(HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined())</div></div></div></main>
            <div class="below"><ul class="list">\(teasers)</ul></div></body></html>
            """
        #expect(try extractor.extract(Array(page.utf8)).paragraphs == HTMLFixtures.paragraphs)
    }

    @Test("an article broken into twin sections at its figures is kept whole; a short twin (a dateline) and link lists are not")
    func twinSections() throws {
        func section(_ paragraphs: [String]) -> String {
            "<section class=\"wrap content\"><div class=\"column\"><div class=\"body\">"
                + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></div></section>"
        }
        let first = [
            "The harbour council voted on Tuesday to delay the ferry contract, citing costs, safety reviews, and the weather.",
            "Operators had expected a decision this month, and some had already hired crews, leased boats, and trained staff.",
            "The contract, worth several million a year, covers the routes to the four inhabited islands of the bay.",
        ]
        let second = [
            "The council's chair said the review would take until March, and that every bidder would be heard again in public.",
            "Residents of the islands, who depend on the ferry for school, work, and hospital visits, asked for a firm date.",
            "A spokeswoman for one operator said the delay would cost it money, jobs, and, perhaps, the service itself.",
        ]
        let teasers = (1...8).map { "<a href=\"/story/\($0)\">Another story about the harbour, number \($0), and more links</a>" }.joined(separator: " ")
        let page = """
            <html><body><div class="post">
            <section class="wrap content"><div class="column"><p>Updated March 3, 2031</p></div></section>
            \(section(first))<figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure>
            \(section(second))
            <section class="wrap content"><div class="column">\(teasers)</div></section>
            </div></body></html>
            """
        let paragraphs = try extractor.extract(Array(page.utf8)).paragraphs
        #expect(paragraphs == first + second)
        // Twin `article` wrappers are other stories, and so is a twin with a headline of its own.
        let stories = """
            <html><body><div class="feed">
            <article class="story">\(section(first + second))</article>
            <article class="story">\(section(first))</article>
            </div></body></html>
            """
        #expect(try extractor.extract(Array(stories.utf8)).paragraphs == first + second)
        let headed = """
            <html><body><div class="post">\(section(first + second))
            <section class="wrap content"><div class="column"><h1>Another story</h1>\(first.map { "<p>\($0)</p>" }.joined())</div></section>
            </div></body></html>
            """
        #expect(try extractor.extract(Array(headed.utf8)).paragraphs == first + second)
    }

    /// Body paragraphs of prose for the recall fixtures below.
    static let body = [
        "The harbour council voted on Tuesday to delay the ferry contract, citing costs, safety reviews, and the weather.",
        "Operators had expected a decision this month, and some had already hired crews, leased boats, and trained staff.",
        "The contract, worth several million a year, covers the routes to the four inhabited islands of the bay.",
        "The council's chair said the review would take until March, and that every bidder would be heard again in public.",
    ]
    static let lead = """
        Harbour City (Bay News) A long-awaited decision on the island ferries was put off again on Tuesday, the third \
        delay this year, leaving operators, crews and island residents without a timetable for the summer season.
        """
    static let shortLead = "Harbour City (Bay News) A long-awaited decision on the island ferries was put off again on Tuesday."

    @Test("a lead set in a paragraph named as a heading (`p class=\"title\"`) is kept; a short heading so named is not")
    func leadNamedAsHeading() throws {
        let page = """
            <html><body><div class="content"><p class="title">Ferry contract delayed</p>
            <p class="title">\(Self.lead)</p>\(Self.body.map { "<p>\($0)</p>" }.joined())</div></body></html>
            """
        #expect(try extractor.extract(Array(page.utf8)).paragraphs == [Self.lead] + Self.body)
    }

    @Test("a lead wrapped in a div of its own beside the body's paragraph divs is kept; a sign-up box beside them is not")
    func wrappedLead() throws {
        let signUp = """
            <div class="box"><h4>Morning briefing</h4><p>Get the top stories every morning.</p>\
            <p>You have been signed up for the list.</p></div>
            """
        let page = """
            <html><body><div class="column"><div class="wrap"><p class="paragraph">\(Self.shortLead)</p></div>
            \(Self.body.map { "<div class=\"paragraph body\">\($0)</div>" }.joined())\(signUp)</div></body></html>
            """
        #expect(try extractor.extract(Array(page.utf8)).paragraphs == [Self.shortLead] + Self.body)
    }

    @Test("a paragraph of sentences whose links are most of its text is kept; a line of related links is not")
    func linkedProse() throws {
        let linked = """
            Today's deals include <a href="/a">various ferry passes from $70 at the harbour office</a>. You will also find \
            <a href="/b">island day tickets for $15</a> and <a href="/c">winter pricing on season cards from $139</a>. \
            All that and more is below.
            """
        let related = "Related: <a href=\"/r1\">Ferry strike ends after two weeks.</a> <a href=\"/r2\">Council elects a new chair.</a>"
        let page = """
            <html><body><div class="post-body"><p>\(linked)</p><p>\(related)</p>
            \(Self.body.map { "<p>\($0)</p>" }.joined())</div></body></html>
            """
        let paragraphs = try extractor.extract(Array(page.utf8)).paragraphs
        #expect(paragraphs.count == Self.body.count + 1)
        #expect(paragraphs.first?.hasPrefix("Today's deals include various ferry passes") == true)
        #expect(!paragraphs.contains { $0.contains("Related") })
    }

    @Test("a post embedded with its platform's markup is quoted text even in a box named for embeds; the box's script is not")
    func embeddedPost() throws {
        let post = """
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The ferry to the islands is late \
            again this morning, third time this week, and nobody at the harbour office can say why.</p>&mdash; A Commuter \
            (@commuter) <a href="https://example.com/s/1">March 3, 2031</a></blockquote>\
            <script>window.embedLoaded = "widget script text"</script><span class="share">Share this embed</span></div>
            """
        let page = """
            <html><body><div class="article-body">\(Self.body[0..<2].map { "<p>\($0)</p>" }.joined())\(post)\
            \(Self.body[2...].map { "<p>\($0)</p>" }.joined())</div></body></html>
            """
        let body = try extractor.extract(Array(page.utf8)).articleBody
        #expect(body.contains("The ferry to the islands is late again this morning"))
        #expect(body.contains("(@commuter) March 3, 2031"))
        #expect(!body.contains("widget script text"))
        #expect(!body.contains("Share this embed"))
        #expect(body.contains(Self.body[3]))
        // A post hidden from readers stays out, whatever its markup.
        let hidden = page.replacingOccurrences(of: "<blockquote class=\"twitter-tweet\">", with: "<div hidden><blockquote class=\"twitter-tweet\">")
            .replacingOccurrences(of: "</blockquote>", with: "</blockquote></div>")
        #expect(!(try extractor.extract(Array(hidden.utf8)).articleBody.contains("The ferry to the islands is late")))
    }

    @Test("a page with no article is a clear error")
    func noArticle() {
        let page = "<html><body><nav><a href='/'>Home</a><a href='/x'>News</a></nav><footer>About us</footer></body></html>"
        #expect(throws: HTMLExtractionError.noArticle) { try extractor.extract(Array(page.utf8)) }
    }

    @Test("windows-1252 page text is decoded")
    func windows1252Page() throws {
        var bytes = Array("<html><head><meta charset=iso-8859-1></head><body><p>".utf8)
        bytes += [0x93] + Array("The caf".utf8) + [0xE9] + Array(" on the quay reopened on Monday, the owner said, after repairs".utf8) + [0x94]
        bytes += Array("</p></body></html>".utf8)
        let page = try extractor.extract(bytes)
        #expect(page.encoding == "windows-1252")
        #expect(page.articleBody == "\u{201C}The café on the quay reopened on Monday, the owner said, after repairs\u{201D}")
    }
}
