#!/usr/bin/env bash
# Crash test of `parallax ingest`: RUNS runs (default 20), each killed with SIGKILL at a random moment
# (up to twice) and then resumed to the end; every run must end with the articles and stories of an
# uninterrupted run — 0 lost, 0 duplicated, stories identical — and a final re-ingest must add nothing.
#
# Batches of 16 articles and a clustering state saved every 100 articles at first (the gap grows to half
# the stored articles), so kills land between saved states and the resuming run replays.
# Input: a stream made by Scripts/synthetic-stream.py from the GVA articles in ../shared/corpora when
# present (COUNT articles, default 600), else from Examples/stream (the same tool, 300 articles).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-20}
COUNT=${COUNT:-600}
SHARED=${PARALLAX_SHARED:-../shared}
swift build -c release --product parallax > /dev/null
BIN=$PWD/.build/release/parallax
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -f "$SHARED/corpora/gva/articles.jsonl" ]; then
  python3 Scripts/synthetic-stream.py "$SHARED/corpora/gva/articles.jsonl" "$COUNT" > "$tmp/stream.jsonl"
else
  echo "crash test: $SHARED/corpora/gva is absent; using a stream made from Examples/stream"
  python3 Scripts/synthetic-stream.py Examples/stream/stream.jsonl 300 > "$tmp/stream.jsonl"
fi
lines=$(wc -l < "$tmp/stream.jsonl")

# What a run must end with: the stories listing and the article count of an uninterrupted ingest.
snapshot() {
  "$BIN" stories --db "$1" --format json > "$2"
  "$BIN" ingest --quiet --db "$1" "$tmp/stream.jsonl" | sed -n 's/.*The database holds \([0-9]*\) articles\{0,1\} in \([0-9]*\) stor.*/\1 \2/p' >> "$2"
}
start=$(date +%s.%N)
"$BIN" ingest --quiet --batch 16 --checkpoint-every 100 --db "$tmp/reference.sqlite" "$tmp/stream.jsonl" > /dev/null
duration=$(python3 -c "import time; print(max(0.5, $(date +%s.%N) - $start))")
snapshot "$tmp/reference.sqlite" "$tmp/reference.txt"
echo "crash test: $lines articles; an uninterrupted ingest takes ${duration}s; $RUNS runs"

# Starts an ingest into $db, kills it with SIGKILL after $1 seconds, and says whether the kill caught
# it mid-run (exit status 137) or it had already ended.
killed_mid_run() {
  "$BIN" ingest --quiet --batch 16 --checkpoint-every 100 --db "$db" "$tmp/stream.jsonl" > /dev/null 2>&1 &
  local pid=$! status=0
  sleep "$1"
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || status=$?
  [ "$status" = 137 ]
}

failed=0
for run in $(seq 1 "$RUNS"); do
  db="$tmp/run-$run.sqlite"
  kills=0
  # The first kill at a random moment within 85% of an uninterrupted run's time; when the ingest had
  # already ended (a busy machine runs faster or slower than the reference), the run starts over on a
  # new database with half the longest delay, so every run is killed mid-run at least once.
  share=0.85
  for try in 1 2 3 4 5 6; do
    rm -f "$db" "$db"-* "$db.lock"
    delay=$(python3 -c "import random; print(round(random.uniform(0.05, max(0.06, $share * $duration)), 3))")
    if killed_mid_run "$delay"; then kills=1; break; fi
    share=$(python3 -c "print($share / 2)")
  done
  # A second kill, of the resumed run (which has less to do), within half of that time.
  delay=$(python3 -c "import random; print(round(random.uniform(0.05, 0.5 * $duration), 3))")
  if killed_mid_run "$delay"; then kills=$((kills + 1)); fi
  "$BIN" ingest --quiet --batch 16 --checkpoint-every 100 --db "$db" "$tmp/stream.jsonl" > "$tmp/resume.txt"
  snapshot "$db" "$tmp/run.txt"
  # What the kills left for the resuming run: articles it still had to add, and the stored articles
  # after the last saved clustering state that it replayed first.
  left=$(sed -n 's/.* read in .*: \([0-9]*\) new,.*/\1/p' "$tmp/resume.txt")
  replayed=$(sed -n 's/.*(\([0-9]*\) stored articles replayed).*/\1/p' "$tmp/resume.txt")
  if cmp -s "$tmp/reference.txt" "$tmp/run.txt"; then
    [ "$kills" -ge 1 ] || { echo "run $run: no kill landed mid-run"; failed=1; }
    echo "run $run: $kills kills mid-run; the resumed run added ${left:-0} and replayed ${replayed:-0}: same articles and stories ($(tail -1 "$tmp/run.txt"))"
  else
    echo "run $run: $kills kills mid-run: DIFFERS from the uninterrupted run"
    diff <(tail -1 "$tmp/reference.txt") <(tail -1 "$tmp/run.txt") || true
    failed=1
  fi
done
[ "$failed" = 0 ] && echo "crash test: $RUNS runs, 0 lost, 0 duplicated, stories identical" || { echo "crash test FAILED"; exit 1; }

# A full disk: a 1 MB tmpfs (a few batches fit, the next one does not) (when this machine lets the script mount one; the CLI tests cover the
# file-size limit everywhere). The ingest must stop with one line and keep every batch before it.
full="$tmp/full"
mkdir -p "$full"
if mount -t tmpfs -o size=1m tmpfs "$full" 2> /dev/null; then
  trap 'umount "$full" 2> /dev/null || true; rm -rf "$tmp"' EXIT
  head -300 "$tmp/stream.jsonl" > "$tmp/head.jsonl"
  if "$BIN" ingest --quiet --batch 16 --db "$full/p.sqlite" "$tmp/head.jsonl" > /dev/null 2> "$tmp/full.err"; then
    echo "full disk: the ingest fitted in 1 MB; nothing to check"
  else
    kept=$("$BIN" stories --db "$full/p.sqlite" --format json | python3 -c 'import json,sys; print(sum(len(s["articles"]) for s in json.load(sys.stdin)["stories"]))')
    lines=$(wc -l < "$tmp/full.err")
    echo "full disk: $(cat "$tmp/full.err")"
    if [ "$lines" != 1 ] || ! grep -q "disk is full" "$tmp/full.err" || [ "$kept" -lt 16 ]; then
      echo "full disk: FAILED ($lines error lines, $kept articles kept)"; exit 1
    fi
    echo "full disk: one line, $kept articles of the batches before it kept and readable"
  fi
  umount "$full" || true
else
  echo "full disk: cannot mount a tmpfs here; covered by the file-size-limit test"
fi
