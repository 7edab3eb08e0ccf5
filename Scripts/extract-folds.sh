#!/usr/bin/env bash
# Page extraction by folds against trafilatura, in one run on the same pages: the benchmark's pages
# (../shared/corpora/article-extraction) are dealt into two halves by sorted id (even / odd position);
# Parallax (`parallax eval extract`, one process) and trafilatura (the peer script, one process) each
# extract every page once, and each half is scored with the benchmark's own scorer
# (../shared/peers/extract_eval.py). Also prints pages/s end to end, process start and reading included,
# for both. Parallax's extractor has no fitted parameters, so "fit on one half" changes nothing: the two
# halves measure how much its figure depends on which pages it is scored on.
#
#   Scripts/extract-folds.sh        (needs the peers' venv: ../shared/peers/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${PARALLAX_SHARED:-../shared}
BENCH=$SHARED/corpora/article-extraction
PY=${PARALLAX_PEERS_PYTHON:-$HOME/.parallax-peers/bin/python}
if [ ! -f "$BENCH/ground-truth.json" ]; then echo "extract folds: $BENCH is absent; skipped"; exit 0; fi
if [ ! -x "$PY" ]; then echo "extract folds: no peers venv at $PY (run $SHARED/peers/setup.sh); skipped"; exit 0; fi
swift build -c release --product parallax > /dev/null
BIN=$PWD/.build/release/parallax
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
start=$(now)
"$BIN" eval extract "$BENCH" --predictions "$tmp/parallax.json" > /dev/null
parallax_s=$(python3 -c "print($(now) - $start)")
start=$(now)
"$PY" "$SHARED/peers/extract_trafilatura.py" "$BENCH" "$tmp/trafilatura.json" > /dev/null
trafilatura_s=$(python3 -c "print($(now) - $start)")
python3 - "$BENCH/ground-truth.json" "$tmp" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1]))
ids = sorted(truth)
for half in (0, 1):
    json.dump({k: truth[k] for k in ids[half::2]}, open(f"{sys.argv[2]}/truth{half}.json", "w"))
PY
pages=$(python3 -c "import json; print(len(json.load(open('$BENCH/ground-truth.json'))))")
for half in 0 1; do
  ours=$(python3 "$SHARED/peers/extract_eval.py" "$tmp/truth$half.json" "$tmp/parallax.json")
  theirs=$(python3 "$SHARED/peers/extract_eval.py" "$tmp/truth$half.json" "$tmp/trafilatura.json")
  echo "extract folds: half $((half + 1)): parallax ${ours#pages=* } | trafilatura ${theirs#pages=* }"
done
printf 'extract folds: end to end, %d pages: parallax %.2f s (%.0f pages/s), trafilatura %.2f s (%.0f pages/s): %.1fx\n' \
  "$pages" "$parallax_s" "$(python3 -c "print($pages / $parallax_s)")" "$trafilatura_s" "$(python3 -c "print($pages / $trafilatura_s)")" \
  "$(python3 -c "print($trafilatura_s / $parallax_s)")"
