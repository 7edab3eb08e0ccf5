#!/usr/bin/env python3
"""Cross-source killed / injured counts on the GVA development stream (../shared/corpora/gva).

For every incident with two or more articles and gold facts, its articles go through
`parallax compare --format json` as one story. A report fact is a killed (injured) fact when it is a figure
and the sentence of one of its values speaks of killing (injuring). For each of the two counts the script
prints:
- aligned: incidents with a fact from two or more independent sources whose every value contains the gold count;
- alignable: incidents where two or more articles give a value of some killed (injured) fact containing the gold
  count, in any facts, the ceiling for "aligned";
- false conflicts: killed (injured) facts with verdict conflict, over all multi-source killed (injured) facts.
Each figure is also given for the two halves of the incident list (even positions: the half the toll reader was
developed on; odd positions: held out).
Usage: gva-facts.py [--bin .build/release/parallax] [--corpus ../shared/corpora/gva]"""
import argparse, json, os, re, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument('--bin', default='.build/release/parallax')
ap.add_argument('--corpus', default=os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'corpora', 'gva'))
a = ap.parse_args()
if not os.path.isdir(a.corpus):
    sys.exit(f"gva-facts: {a.corpus} is absent; nothing measured")

WORDS = {'killed': re.compile(r'\b(kill|killed|killing|dead|died|dies|death|deaths|fatal|fatally|slain|homicide)\b', re.I),
         'injured': re.compile(r'\b(injur\w*|wounded|wounding|hurt|hospitali[sz]ed|critical condition)\b', re.I)}
articles = {}
for line in open(os.path.join(a.corpus, 'articles.jsonl')):
    x = json.loads(line); articles[x['id']] = x
incidents = [json.loads(l) for l in open(os.path.join(a.corpus, 'incidents.jsonl'))]
incidents = [i for i in incidents if i['has_gold'] and len(i['article_ids']) >= 2]
split = 0
count = {k: {'aligned': 0, 'alignable': 0, 'facts': 0, 'conflicts': 0} for k in WORDS}
halves = {h: {k: {'aligned': 0, 'alignable': 0, 'facts': 0, 'conflicts': 0, 'incidents': 0} for k in WORDS} for h in ('even', 'odd')}
with tempfile.TemporaryDirectory() as d:
    for position, incident in enumerate(incidents):
        half = halves['even' if position % 2 == 0 else 'odd']
        path = os.path.join(d, 'story.jsonl')
        with open(path, 'w') as f:
            for aid in incident['article_ids']:
                x = articles[aid]
                f.write(json.dumps({'id': x['id'], 'date': x['date'], 'title': x.get('title'), 'source': x['source'],
                                    'url': x.get('url'), 'text': x['text']}) + '\n')
        p = subprocess.run([a.bin, 'compare', '--format', 'json', path], capture_output=True, text=True)
        if p.returncode != 0: continue
        # One story: one pretty-printed report; several (compare split the incident): one report per line.
        try:
            reports = [json.loads(p.stdout)]
        except json.JSONDecodeError:
            reports = [json.loads(line) for line in p.stdout.splitlines() if line.strip()]
        if len(reports) > 1: split += 1
        report = {'facts': [f for r in reports for f in r['facts']]}
        for kind, words in WORDS.items():
            gold = incident['num_' + kind]
            if gold is None: continue
            def contains(v):
                low, high = v.get('low'), v.get('high')
                return low is not None and high is not None and low <= gold <= high
            facts = [f for f in report['facts'] if f['kind'] == 'quantity'
                     and any(words.search(v.get('context', '')) for v in f['values'])]
            sources = {v['source'] for f in facts for v in f['values'] if contains(v)}
            half[kind]['incidents'] += 1
            if len(sources) >= 2: count[kind]['alignable'] += 1; half[kind]['alignable'] += 1
            shared = [f for f in facts if f['independentSources'] >= 2]
            count[kind]['facts'] += len(shared); half[kind]['facts'] += len(shared)
            conflicts = sum(1 for f in shared if f['verdict'] == 'conflict')
            count[kind]['conflicts'] += conflicts; half[kind]['conflicts'] += conflicts
            if any(all(contains(v) for v in f['values']) for f in shared): count[kind]['aligned'] += 1; half[kind]['aligned'] += 1
print(f"incidents with two or more articles and gold facts: {len(incidents)} (compare split {split} into several stories)")
for kind, c in count.items():
    print(f"{kind}: aligned={c['aligned']} ({c['aligned'] / max(1, len(incidents)):.3f} of incidents; "
          f"{c['aligned'] / max(1, c['alignable']):.3f} of the {c['alignable']} alignable) "
          f"multi-source facts={c['facts']} conflicts={c['conflicts']} ({c['conflicts'] / max(1, c['facts']):.3f} false conflicts)")
for name, half in halves.items():
    print(f"{name} half: " + "; ".join(
        f"{kind} aligned={c['aligned']} ({c['aligned'] / max(1, c['incidents']):.3f} of {c['incidents']}; {c['aligned'] / max(1, c['alignable']):.3f} of "
        f"{c['alignable']} alignable) conflicts={c['conflicts']}/{c['facts']}" for kind, c in half.items()))
