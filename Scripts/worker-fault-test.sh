#!/usr/bin/env bash
# Fault test of the PostgreSQL work queue: 4 `parallax worker` processes ingest a stream while one of
# them, picked at random, is killed with SIGKILL every 2–5 seconds (and started again) for SECONDS
# seconds, and PostgreSQL itself is restarted (immediate shutdown, as after a crash) half-way through.
# Then: every article stored once (0 lost, 0 duplicated) and `stories --format json` byte-identical to
# the single-process SQLite ingest of the same stream.
#
#   Scripts/worker-fault-test.sh [SECONDS] [COUNT]     (default 300 s; COUNT articles, default 150 × SECONDS)
#
# Input: Scripts/synthetic-stream.py over the GVA articles in ../shared/corpora when present, else over
# Examples/stream. Workers use --lease 5, so a killed worker's claim is taken again after 5 s.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_LIMIT=${1:-300}
COUNT=${2:-$((150 * SECONDS_LIMIT))}
SHARED=${PARALLAX_SHARED:-../shared}
swift build -c release --product parallax > /dev/null
BIN=$PWD/.build/release/parallax
tmp=$(mktemp -d)
pgdir="/tmp/parallax-fault-pg-$$"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2> /dev/null || true; done
  Scripts/lib/postgres.sh stop "$pgdir"
  rm -rf "$tmp"
}
trap cleanup EXIT
if [ -f "$SHARED/corpora/gva/articles.jsonl" ]; then
  python3 Scripts/synthetic-stream.py "$SHARED/corpora/gva/articles.jsonl" "$COUNT" > "$tmp/stream.jsonl"
else
  echo "fault test: $SHARED/corpora/gva is absent; using a stream made from Examples/stream"
  python3 Scripts/synthetic-stream.py Examples/stream/stream.jsonl "$COUNT" > "$tmp/stream.jsonl"
fi
lines=$(wc -l < "$tmp/stream.jsonl")
url=$(Scripts/lib/postgres.sh start "$pgdir")
psql=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql

"$BIN" ingest --quiet --db "$tmp/reference.sqlite" "$tmp/stream.jsonl" > /dev/null
"$BIN" stories --db "$tmp/reference.sqlite" --format json > "$tmp/reference.json"
expected=$(sqlite3 "$tmp/reference.sqlite" "SELECT count(*) FROM articles" 2> /dev/null || python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM articles').fetchone()[0])" "$tmp/reference.sqlite")
echo "fault test: $lines articles ($expected stored by the single-process reference); 4 workers, one killed every 2-5 s for ${SECONDS_LIMIT}s, PostgreSQL restarted at $((SECONDS_LIMIT / 2))s"

"$BIN" ingest --queue --db "$url" "$tmp/stream.jsonl" > /dev/null
start_worker() {
  "$BIN" worker --db "$url" --until-idle --quiet --lease 5 --concurrency 1 2>> "$tmp/workers.log" &
  pids[$1]=$!
}
for i in 0 1 2 3; do start_worker "$i"; done
started=$(date +%s)
kills=0
restarted=0
while true; do
  elapsed=$(( $(date +%s) - started ))
  [ "$elapsed" -ge "$SECONDS_LIMIT" ] && break
  remaining=$("$psql" "$url" -tAc "SELECT count(*) FROM queue" 2> /dev/null || echo unknown)
  [ "$remaining" = 0 ] && break
  sleep "$(python3 -c "import random; print(round(random.uniform(2, 5), 2))")"
  victim=$((RANDOM % 4))
  if kill -9 "${pids[$victim]}" 2> /dev/null; then kills=$((kills + 1)); fi
  wait "${pids[$victim]}" 2> /dev/null || true
  start_worker "$victim"
  if [ "$restarted" = 0 ] && [ "$elapsed" -ge $((SECONDS_LIMIT / 2)) ]; then
    Scripts/lib/postgres.sh restart "$pgdir"
    restarted=1
    echo "fault test: PostgreSQL restarted at ${elapsed}s"
  fi
done
echo "fault test: $kills workers killed in $(( $(date +%s) - started ))s; letting the workers finish"
# Workers that exited (the queue looked empty to them) while others were killed are started again
# until the queue is empty; then every worker ends by itself (--until-idle).
while [ "$("$psql" "$url" -tAc "SELECT count(*) FROM queue")" != 0 ]; do
  for i in 0 1 2 3; do kill -0 "${pids[$i]}" 2> /dev/null || start_worker "$i"; done
  sleep 2
done
for i in 0 1 2 3; do wait "${pids[$i]}" 2> /dev/null || true; done
finished=$(( $(date +%s) - started ))

stored=$("$psql" "$url" -tAc "SELECT count(*) FROM articles")
distinct=$("$psql" "$url" -tAc "SELECT count(DISTINCT content_hash || ref) FROM articles")
"$BIN" stories --db "$url" --format json > "$tmp/faulted.json"
failures=$(grep -c . "$tmp/workers.log" || true)
echo "fault test: done in ${finished}s; $stored articles stored ($distinct distinct), expected $expected; $failures error lines from workers (reconnects)"
status=0
if [ "$stored" != "$expected" ] || [ "$distinct" != "$stored" ]; then echo "fault test: FAILED — articles lost or duplicated"; status=1; fi
if cmp -s "$tmp/reference.json" "$tmp/faulted.json"; then
  echo "fault test: stories identical to the single-process run"
else
  echo "fault test: FAILED — stories differ: $(python3 Scripts/lib/listing-bcubed.py "$tmp/reference.json" "$tmp/faulted.json")"
  status=1
fi
[ "$restarted" = 1 ] || [ "$SECONDS_LIMIT" -lt 10 ] || echo "fault test: note — the queue emptied before PostgreSQL was restarted"
exit $status
