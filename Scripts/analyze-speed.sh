#!/usr/bin/env bash
# `analyze --format json` end to end against spaCy en_core_web_sm's full pipeline, in one run on the
# same texts (issue 20's measure): the PolNeAR dev texts, one Parallax process per run (start-up, model
# loading and output included), median of RUNS runs; spaCy through ../shared/peers/ner_speed.py before
# and after them (its words/s averaged). Prints both words/s and the ratio.
#
#   Scripts/analyze-speed.sh [RUNS]      (needs the peers' venv: ../shared/peers/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${PARALLAX_SHARED:-../shared}
DIR=$SHARED/corpora/polnear/dev
PY=${PARALLAX_PEERS_PYTHON:-$HOME/.parallax-peers/bin/python}
RUNS=${1:-7}
if [ ! -d "$DIR" ]; then echo "analyze speed: $DIR is absent; skipped"; exit 0; fi
if [ ! -x "$PY" ]; then echo "analyze speed: no peers venv at $PY (run $SHARED/peers/setup.sh); skipped"; exit 0; fi
swift build -c release --product parallax > /dev/null 2>&1
BIN=$PWD/.build/release/parallax
mapfile -t files < <(find "$DIR" -name '*.txt' | sort)
# Words counted as the peer script counts them: whitespace-separated, per file.
words=$(python3 -c "import sys; print(sum(len(open(f, encoding='utf-8', errors='replace').read().split()) for f in sys.argv[1:]))" "${files[@]}")
spacy() { "$PY" "$SHARED/peers/ner_speed.py" "$DIR" | sed -n 's/^spacy-sm full: .*words_per_s=\([0-9]*\).*/\1/p'; }
s1=$(spacy)
times=()
for _ in $(seq "$RUNS"); do
  start=$(date +%s.%N)
  "$BIN" analyze --format json "${files[@]}" > /dev/null
  times+=("$(python3 -c "print($(date +%s.%N) - $start)")")
done
s2=$(spacy)
python3 - "$words" "$s1" "$s2" "${times[@]}" <<'PY'
import statistics, sys
words, s1, s2 = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
times = sorted(float(t) for t in sys.argv[4:])
median = statistics.median(times)
ours, theirs = words / median, (s1 + s2) / 2
print(f"analyze speed: {len(sys.argv) - 4} runs, {words} words: median {median:.3f} s (min {times[0]:.3f}, max {times[-1]:.3f}) "
      f"= {ours:,.0f} words/s; spaCy sm full pipeline {s1:,.0f} and {s2:,.0f} words/s: {ours / theirs:.1f}x")
PY
