#!/usr/bin/env python3
"""Writes a long synthetic stream of articles (JSON Lines) made from a real one, for scale tests.

Usage: synthetic-stream.py INPUT.jsonl COUNT > OUT.jsonl
       synthetic-stream.py INPUT.jsonl COUNT OUTDIR   (files of 20,000 lines each: Parallax reads at most
                                                      256 MiB per input file)

Replica 0 is the input as it is (date order). Replica k (k >= 1) is the input again with every date
shifted k x (its date span + 30) days later, every capitalized or all-capital word (names, places,
datelines; common sentence openers kept) and a third of the other words renamed renamed with a suffix spelled from k, and ids suffixed "~k" — so each
replica is a new set of stories with new people and places at the input's density, its copies copies
again, and nothing of it a copy of an earlier replica. Only the corpus's own text is used; nothing is
written to the repository.
"""
import datetime
import json
import os
import re
import sys
import zlib

OPENERS = set("""A An The This That These Those He She It They We You I His Her Its Their Our My In On At
By For From With Without After Before During Since Until When While Where But And Or If As So Yet Not
No Yes There Here What Who Why How Some Many Most All Both Each Every Police Officers Mr Mrs Ms Dr
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December""".split())
SYLLABLES = ["ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "ve", "zu"]
WORD = re.compile(r"\b([A-Z][a-z]{2,}|[A-Z]{3,}|[a-z]{4,})\b")


def suffix(k):
    return "".join(SYLLABLES[int(d)] for d in str(k))


def rename(text, k):
    if k == 0 or not text:
        return text
    tail = suffix(k)
    def renamed(match):
        word = match.group(1)
        if word in OPENERS or word.capitalize() in OPENERS:
            return word
        # A third of the lower-case words of four letters or more (chosen by a hash of the word, so the
        # same in every article of the replica): no word 5-gram of a replica survives in the next
        # often enough to make it a near-copy of an earlier replica.
        if word.islower() and zlib.crc32(word.encode()) % 3 != 0:
            return word
        return word + (tail.upper() if word.isupper() else tail)
    return WORD.sub(renamed, text)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: synthetic-stream.py INPUT.jsonl COUNT [OUTDIR]")
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    rows.sort(key=lambda r: r.get("date") or "")
    count = int(sys.argv[2])
    days = [datetime.date.fromisoformat(r["date"]) for r in rows if r.get("date")]
    span = ((max(days) - min(days)).days if days else 0) + 30
    folder = sys.argv[3] if len(sys.argv) == 4 else None
    if folder:
        os.makedirs(folder, exist_ok=True)
    out = sys.stdout
    produced, k = 0, 0
    while produced < count:
        for row in rows:
            if produced >= count:
                break
            item = dict(row)
            if k > 0:
                item["id"] = f"{row.get('id', produced)}~{k}"
                if row.get("date"):
                    item["date"] = (datetime.date.fromisoformat(row["date"]) + datetime.timedelta(days=k * span)).isoformat()
                item["title"] = rename(row.get("title") or "", k)
                item["text"] = rename(row.get("text") or "", k)
                for key in ("story", "url"):
                    if row.get(key):
                        item[key] = f"{row[key]}~{k}"
            if folder and produced % 20000 == 0:
                if out is not sys.stdout:
                    out.close()
                out = open(os.path.join(folder, f"part-{produced // 20000:03d}.jsonl"), "w", encoding="utf-8")
            out.write(json.dumps(item) + "\n")
            produced += 1
        k += 1
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
