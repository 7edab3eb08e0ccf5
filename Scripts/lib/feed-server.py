#!/usr/bin/env python3
"""A loopback news site for the watch soak test: FEEDS RSS feeds, each publishing one new invented
article a minute (the feed lists its latest 10, with an ETag so an unchanged feed is answered 304)
for MINUTES minutes, then standing still. /stats says how many articles were published.
Usage: feed-server.py PORT_FILE FEEDS MINUTES [SECONDS_PER_ITEM]"""
import hashlib
import http.server
import json
import random
import sys
import threading
import time

port_file, feeds, minutes = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
period = float(sys.argv[4]) if len(sys.argv) > 4 else 60.0
start = time.time()
syllables = ["ka", "lo", "mer", "tan", "vi", "sor", "del", "quin", "bra", "tu", "nel", "pa", "ros", "fen", "gal", "hu"]


def published():
    """Items each feed has published so far (item 0 at the start)."""
    elapsed = min(time.time() - start, minutes * 60)
    return int(elapsed // period) + 1


def word(rng):
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))


def article(feed, item):
    rng = random.Random(feed * 100_003 + item)
    town, person, thing = word(rng).title(), word(rng).title() + " " + word(rng).title(), word(rng)
    sentences = []
    for n in range(14):
        sentences.append(f"In {town}, {person} said the {thing} {word(rng)} would {word(rng)} {rng.randint(2, 900)} {word(rng)}s "
                         f"before the {word(rng)} {word(rng)}, and the {word(rng)} of {word(rng).title()} agreed on {word(rng)}.")
    title = f"{town} {thing} {word(rng)}"
    day = time.strftime("%Y-%m-%d", time.gmtime(start))
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return title, (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
                   f"<meta property='article:published_time' content='{day}'></head><body><article><h1>{title}</h1>{body}</article></body></html>")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", kind="text/html; charset=utf-8", headers=None):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if self.path == "/stats":
            return self.reply(200, json.dumps({"feeds": feeds, "perFeed": published(), "articles": feeds * published()}).encode(), "application/json")
        if len(parts) == 2 and parts[0] == "feeds" and parts[1].endswith(".xml"):
            feed = int(parts[1][:-4])
            count = published()
            etag = '"' + hashlib.sha1(f"{feed}-{count}".encode()).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self.reply(304)
            base = f"http://127.0.0.1:{self.server.server_port}"
            items = []
            for item in range(max(0, count - 10), count):
                title, _ = article(feed, item)
                items.append(f"<item><title>{title}</title><link>{base}/articles/{feed}/{item}.html</link>"
                             f"<guid>{base}/articles/{feed}/{item}.html</guid><description>{title}.</description></item>")
            body = f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Soak Feed {feed}</title>{''.join(reversed(items))}</channel></rss>"
            return self.reply(200, body.encode(), "application/rss+xml", {"ETag": etag})
        if len(parts) == 3 and parts[0] == "articles":
            _, html = article(int(parts[1]), int(parts[2].split(".")[0]))
            return self.reply(200, html.encode())
        return self.reply(404, b"not found")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(port_file, "w") as out:
    out.write(str(server.server_port))
server.serve_forever()
