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
