#!/usr/bin/env python3
"""B-cubed F1 of one `parallax stories --format json` listing's grouping against another's.

Usage: listing-bcubed.py REFERENCE.json OTHER.json   → "B-cubed F1 0.9987 (P 0.9990, R 0.9984), 2104 vs 2104 articles"
"""
import json
import sys


def groups(path):
    with open(path) as handle:
        listing = json.load(handle)
    return {article["id"]: story["id"] for story in listing["stories"] for article in story["articles"]}


def bcubed(gold, predicted):
    common = set(gold) & set(predicted)
    by_gold, by_predicted = {}, {}
    for item in common:
        by_gold.setdefault(gold[item], set()).add(item)
        by_predicted.setdefault(predicted[item], set()).add(item)
    precision = recall = 0.0
    for item in common:
        same = by_gold[gold[item]] & by_predicted[predicted[item]]
        precision += len(same) / len(by_predicted[predicted[item]])
        recall += len(same) / len(by_gold[gold[item]])
    n = max(1, len(common))
    p, r = precision / n, recall / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


reference, other = groups(sys.argv[1]), groups(sys.argv[2])
p, r, f = bcubed(reference, other)
print(f"B-cubed F1 {f:.4f} (P {p:.4f}, R {r:.4f}), {len(other)} vs {len(reference)} articles")
