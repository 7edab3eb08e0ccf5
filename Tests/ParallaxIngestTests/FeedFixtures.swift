/// Small feeds written for the tests (invented outlets and events, no corpus text).
enum FeedFixtures {
    /// The text the first RSS item's `content:encoded` reduces to.
    static let firstItemText = "The harbour council delayed the ferry contract on Tuesday.\n\nOfficials said talks with two operators would resume in March."
    /// The text the second RSS item's escaped-HTML `description` reduces to.
    static let secondItemText = "Volunteers counted 212 meteors & two fireballs."

    /// An RSS 2.0 channel: one item with full content and a summary, one with a summary only, one without text.
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Eastmere Ledger</title>
          <link>https://ledger.example/</link>
          <item>
            <title>Ferry contract delayed</title>
            <link>https://ledger.example/2031/04/17/ferry</link>
            <pubDate>Thu, 17 Apr 2031 23:30:00 -0500</pubDate>
            <description>&lt;p&gt;The council delayed the contract.&lt;/p&gt;</description>
            <content:encoded><![CDATA[<p>The harbour council delayed the ferry contract on <b>Tuesday</b>.</p>
              <figure><img src="x.jpg"><figcaption>A caption that must not leak</figcaption></figure>
              <script>track("must not leak")</script>
              <p>Officials said talks with two operators would resume in March.</p>]]></content:encoded>
          </item>
          <item>
            <title>Meteor count</title>
            <guid isPermaLink="true">https://ledger.example/meteors</guid>
            <dc:date>2031-04-18T06:00:00+05:45</dc:date>
            <description>Volunteers counted 212 meteors &amp;amp; two fireballs.</description>
          </item>
          <item>
            <title>Photo of the day</title>
            <link>https://ledger.example/photo</link>
          </item>
        </channel>
        </rss>
        """

    /// An Atom feed: an HTML content entry, an XHTML content entry and a text summary entry.
    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Northfold Observer</title>
          <updated>2031-04-19T10:00:00Z</updated>
          <entry>
            <title type="html">Pier &lt;em&gt;reopens&lt;/em&gt;</title>
            <link rel="self" href="https://observer.example/api/1"/>
            <link rel="alternate" href="https://observer.example/pier"/>
            <published>2031-04-18T23:50:00-09:30</published>
            <updated>2031-04-19T08:00:00Z</updated>
            <summary>The pier reopened.</summary>
            <content type="html">&lt;p&gt;The pier reopened after repairs.&lt;/p&gt;&lt;p&gt;Fishing boats returned.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Ferry fares</title>
            <link href="https://observer.example/fares"/>
            <updated>2031-04-17T12:00:00+14:00</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Fares rise by 3 &lt; 5 percent.</p><p>Islanders object.</p></div></content>
          </entry>
          <entry>
            <title>Storm warning</title>
            <link href="https://observer.example/storm"/>
            <updated>2031-04-16</updated>
            <summary type="text">Gales are expected.

        Ferries may stop.</summary>
          </entry>
        </feed>
        """
}
