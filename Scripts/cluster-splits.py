#!/usr/bin/env python3
"""Writes the tuning and held-out halves of the story-clustering corpora (decided before any tuning,
2026-12-06) into OUTDIR:
- ECB+ (../shared/corpora/ecbplus/documents.jsonl): odd topics = tune, even topics = held.
- GVA (../shared/corpora/gva/articles.jsonl): an incident goes to tune when the month of its first
  article is odd, to held when it is even; each half stays in date order (a stream of its own).
- NewsWCL50 (../shared/corpora/newswcl50/stories, one story per event, five outlets each): events 0, 2,
  4, 6, 8 = tune, 1, 3, 5, 7, 9 = held — the split the claim models already use.
Usage: cluster-splits.py OUTDIR [--shared ../shared]"""
import argparse, json, os, sys

ap = argparse.ArgumentParser()
ap.add_argument('out')
ap.add_argument('--shared', default=os.path.join(os.path.dirname(__file__), '..', '..', 'shared'))
a = ap.parse_args()
ecb = os.path.join(a.shared, 'corpora', 'ecbplus', 'documents.jsonl')
gva = os.path.join(a.shared, 'corpora', 'gva', 'articles.jsonl')
if not (os.path.exists(ecb) and os.path.exists(gva)):
    sys.exit(f"cluster-splits: {a.shared}/corpora (ecbplus, gva) is absent; nothing written")
os.makedirs(a.out, exist_ok=True)
with open(ecb) as f, open(os.path.join(a.out, 'ecb-tune.jsonl'), 'w') as t, open(os.path.join(a.out, 'ecb-held.jsonl'), 'w') as h:
    for line in f:
        doc = json.loads(line)
        (t if doc['topic'] % 2 == 1 else h).write(line)
articles = [json.loads(l) for l in open(gva)]
first = {}
for x in articles:
    first.setdefault(x['story'], x['date'])
with open(os.path.join(a.out, 'gva-tune.jsonl'), 'w') as t, open(os.path.join(a.out, 'gva-held.jsonl'), 'w') as h:
    for x in articles:
        (t if int(first[x['story']][5:7]) % 2 == 1 else h).write(json.dumps(x) + '\n')
stories = os.path.join(a.shared, 'corpora', 'newswcl50', 'stories')
if os.path.isdir(stories):
    with open(os.path.join(a.out, 'newswcl50-tune.jsonl'), 'w') as t, open(os.path.join(a.out, 'newswcl50-held.jsonl'), 'w') as h:
        for event in sorted(os.listdir(stories)):
            number = int(''.join(c for c in event if c.isdigit()) or 0)
            folder = os.path.join(stories, event)
            for name in sorted(os.listdir(folder)):
                if not name.endswith('.txt'): continue
                source = name[:-4]
                meta = json.load(open(os.path.join(folder, source + '.meta.json')))
                record = {'id': f'{event}/{source}', 'story': event, 'source': source, 'date': meta.get('date'),
                          'title': meta.get('title'), 'text': open(os.path.join(folder, name)).read()}
                (t if number % 2 == 0 else h).write(json.dumps(record) + '\n')
for name in ('ecb-tune', 'ecb-held', 'gva-tune', 'gva-held', 'newswcl50-tune', 'newswcl50-held'):
    if not os.path.exists(os.path.join(a.out, name + '.jsonl')): continue
    n = sum(1 for _ in open(os.path.join(a.out, name + '.jsonl')))
    print(f"{name}: {n} articles")
