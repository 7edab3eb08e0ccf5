import Foundation

/// Inputs written for the command-line tests: one invented story told three ways.
enum CLIFixtures {
    /// Writes one bad input of each kind into `folder` — binary, invalid UTF-8, a truncated JSON line,
    /// hostile HTML (script, event handler, javascript: frame) — and returns their paths.
    static func writeBadInputs(in folder: URL) throws -> [String] {
        [
            try TemporaryFolder.write([0x00, 0x01, 0x89, 0x50, 0x4E, 0x47, 0x00], to: "image.txt", in: folder),
            try TemporaryFolder.write(Array("The pier reopened ".utf8) + [0xC3, 0x28, 0xFF], to: "bad.txt", in: folder),
            try TemporaryFolder.write(#"{"id":"x","text":"The harbour coun"#, to: "cut.jsonl", in: folder),
            try TemporaryFolder.write(
                "<html><head><title>Pier</title><script>alert(1)</script></head><body><p onclick=\"x()\">The pier reopened on Monday after repairs, the harbour master said.</p><iframe src=\"javascript:alert(2)\"></iframe></body></html>",
                to: "page.html", in: folder),
        ]
    }

    /// A plain-text article with a date header and a dateline.
    static let plainText = """
        date 2031-04-17
        EASTMERE — The harbour council delayed the ferry contract on Tuesday, the mayor said.
        Councillors will vote again in May.

        """

    /// Two JSON Lines records from two outlets.
    static let jsonLines = """
        {"id":"ledger-1","source":"Eastmere Ledger","date":"2031-04-17","title":"Ferry contract delayed","text":"The harbour council delayed the ferry contract on Tuesday."}
        {"id":"wire-1","source":"Northfold Wire","date":"2031-04-17","text":"Eastmere's council put off the ferry contract on Tuesday, officials said."}

        """

    /// One good JSON Lines record, then a record cut off mid-string.
    static let truncatedJSONLines = """
        {"source":"Eastmere Ledger","text":"The harbour council delayed the ferry contract on Tuesday."}
        {"source":"Northfold Wire","text":"Eastmere's council put off the fer

        """

    /// An RSS 2.0 feed with two items.
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
          <channel>
            <title>Eastmere Ledger</title>
            <link>https://ledger.example/</link>
            <item>
              <title>Ferry contract delayed</title>
              <link>https://ledger.example/2031/04/17/ferry</link>
              <pubDate>Thu, 17 Apr 2031 09:30:00 +0000</pubDate>
              <description>The harbour council delayed the ferry contract on Tuesday.</description>
            </item>
            <item>
              <title>Council to vote in May</title>
              <link>https://ledger.example/2031/04/18/vote</link>
              <pubDate>Fri, 18 Apr 2031 08:00:00 +0000</pubDate>
              <description>Councillors will vote again on the ferry contract in May.</description>
            </item>
          </channel>
        </rss>

        """

    /// A saved web page with one article.
    static let html = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Ferry contract delayed</title>
        <meta property="og:site_name" content="Eastmere Ledger"></head>
        <body><article><h1>Ferry contract delayed</h1>
        <p>The harbour council delayed the ferry contract on Tuesday, the mayor said at a meeting in the town hall.</p>
        <p>Councillors will vote again in May, after the budget review has been published.</p>
        </article></body></html>

        """
}
