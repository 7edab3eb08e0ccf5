import Hummingbird
import ParallaxReport

/// The shell of every page: head, style sheet (a file: the Content-Security-Policy allows no inline
/// style or script), a header with the story list and a search form, and the content.
enum HTMLPage {
    static let e = HTMLText.escape

    /// A full page titled `title` around `content`.
    static func response(title: String, query: String = "", _ content: String, status: HTTPResponse.Status = .ok) -> Response {
        let page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title)) · Parallax</title><link rel="stylesheet" href="/assets/parallax.css"><script src="/assets/parallax.js" defer></script></head>
            <body><a class="skip" href="#main">Skip to content</a><header><a class="brand" href="/">Parallax</a>
            <form action="/search" method="get" role="search"><label for="q" class="hidden">Search</label>
            <input id="q" name="q" type="search" value="\(e(query))" placeholder="Search names, places, words" maxlength="500">
            <button type="submit">Search</button></form></header>
            <main id="main" tabindex="-1">
            \(content)
            </main></body></html>

            """
        var response = Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
        response.headers[.cacheControl] = "no-cache"
        return response
    }

    /// The style sheet at `/assets/parallax.css`: the report's and the pages' own.
    static let stylesheet = StoryHTMLRenderer.stylesheet + """

        body{margin:0 auto}h1,.stories td:first-child,.article-text,.results li{overflow-wrap:anywhere}th{white-space:nowrap}.stories td:nth-child(4){white-space:nowrap}header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.75rem 0;border-bottom:1px solid #ddd}
        .brand{font-weight:700;font-size:1.2rem;text-decoration:none;color:#222}header form{display:flex;gap:.25rem;flex:1 1 16rem}
        header input{flex:1;min-width:0;padding:.35rem;font:inherit}button{font:inherit;padding:.35rem .75rem}
        .hidden{position:absolute;left:-9999px}main{padding:1rem 0}a{color:#0b57d0}a:focus,button:focus,input:focus{outline:2px solid #0b57d0;outline-offset:2px}
        .stories td.size{text-align:right}.stories td.size .unit{display:none}.outlets{color:#555;font-size:.9em}.strip{display:block}
        .meta{color:#555;font-size:.9em}mark{background:#fff3a0;padding:0 .1em}
        mark.PERSON{background:#d0e4ff}mark.ORG{background:#e3d7ff}mark.GPE,mark.LOC{background:#d4f4dd}
        mark.NORP,mark.FAC,mark.EVENT,mark.PRODUCT,mark.LAW,mark.WORK_OF_ART,mark.LANGUAGE{background:#ece6f5}mark.quote{background:#ffe7c2}mark.quantity{background:#ffd6e0}mark.time{background:#e0f2f1}
        .article-text{white-space:pre-wrap;line-height:1.7}.legend{display:flex;flex-wrap:wrap;gap:.3rem .6rem}
        .pager{display:flex;gap:1rem;margin:1rem 0}.results li{margin:.75rem 0}
        .skip{position:absolute;left:-9999px}.skip:focus{position:static;display:inline-block;padding:.25rem .5rem;background:#fff}main:focus{outline:none}
        a.fact-link{color:inherit;text-decoration:none}a.fact-link mark{text-decoration:underline;text-decoration-color:#0b57d0;text-underline-offset:.2em}mark.claim{background:#eef3fb}a.ref{font-size:.75em;vertical-align:super;margin-left:.1em}
        @media (max-width:40rem){table{display:block;overflow-x:auto}td,th{padding:.2rem .35rem}
        .stories thead{display:none}.stories,.stories tbody,.stories tr,.stories td{display:block;border:none}
        .stories tr{border-bottom:1px solid #ddd;padding:.5rem 0}.stories td{padding:.1rem 0}.stories td.size{text-align:left}
        .stories td.size .unit{display:inline}}
        """

    /// The one script, an enhancement only: following a link to a fact, statement or date inside a
    /// folded list opens the toggles around it (without it the reader opens them).
    static let script = """
        (function(){function openTarget(){var id=decodeURIComponent(location.hash.slice(1));if(!id)return;var el=document.getElementById(id);if(!el)return;
        for(var n=el;n;n=n.parentElement){if(n.tagName==="DETAILS")n.open=true;}el.scrollIntoView();}
        addEventListener("hashchange",openTarget);if(document.readyState==="loading"){addEventListener("DOMContentLoaded",openTarget);}else{openTarget();}})();
        """

    /// A 404 page.
    static func notFound(_ what: String) -> Response {
        response(title: "Not found", "<h1>Not found</h1><p>\(e(what))</p>", status: .notFound)
    }
}
