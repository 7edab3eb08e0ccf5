#!/usr/bin/env python3
"""Writes COUNT search queries (default 200) drawn from a Parallax database, for `parallax search --queries`.

Usage: search-queries.py DB [COUNT] > queries.txt

A third are entity names (people, organizations, places as the analysis resolved them), a third single
place or name words, a third quoted two-word phrases from headlines; drawn at random (seed 7) from the
stored articles, so each query finds something and common and rare ones are mixed as in use.
"""
import random
import re
import sqlite3
import sys

db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
rng = random.Random(7)
rows = db.execute("SELECT title, entities FROM articles WHERE seq % 97 = 0").fetchall()
names = [n for _, e in rows for n in e.split("\n") if len(n) > 3]
words = [w for n in names for w in n.split() if len(w) > 3 and w[0].isupper()]
phrases = []
for title, _ in rows:
    # Adjacent words as the full-text index splits them (runs of letters and digits).
    tokens = re.findall(r"[A-Za-z0-9]+", title or "")
    phrases += [f'"{a} {b}"' for a, b in zip(tokens, tokens[1:]) if len(a) > 2 and len(b) > 2]
out = []
for i in range(count):
    pool = [names, words, phrases][i % 3]
    if pool:
        out.append(rng.choice(pool))
print("\n".join(out))
