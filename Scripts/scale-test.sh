#!/usr/bin/env bash
# Scale-out test: one stream ingested through PostgreSQL's work queue by 1, 2 and 4 `parallax worker`
# processes, against the single-process SQLite ingest of the same stream.
#
#   Scripts/scale-test.sh [INPUT.jsonl] [WORKERS...]     (default: ../shared/corpora/gva/articles.jsonl, 1 2 4)
#
# For each worker count: a new database, `ingest --queue`, then N workers with --until-idle, each with
# --concurrency max(1, cores / N) analysis threads (so every run uses the machine's cores); prints the
# wall time from the workers' start to the last one's exit, articles/s, and whether `stories --format
# json` is byte-identical to the SQLite run's (else the B-cubed F1 of its grouping against it, and the
# script fails).
# Starts a throwaway PostgreSQL (Scripts/lib/postgres.sh) unless $PARALLAX_PG names a server.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${PARALLAX_SHARED:-../shared}
INPUT=${1:-$SHARED/corpora/gva/articles.jsonl}
shift || true
COUNTS=${*:-1 2 4}
if [ ! -f "$INPUT" ]; then echo "scale test: $INPUT is absent; skipped"; exit 0; fi
swift build -c release --product parallax > /dev/null
BIN=$PWD/.build/release/parallax
tmp=$(mktemp -d)
pgdir="/tmp/parallax-pg-$$"   # under /tmp itself: the postgres user must reach it
cleanup() { [ -z "${PARALLAX_PG:-}" ] && Scripts/lib/postgres.sh stop "$pgdir"; rm -rf "$tmp"; }
trap cleanup EXIT
base=${PARALLAX_PG:-$(Scripts/lib/postgres.sh start "$pgdir")}
psql=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql
cores=$(nproc)
lines=$(wc -l < "$INPUT")

now() { date +%s.%N; }
start=$(now)
"$BIN" ingest --quiet --db "$tmp/reference.sqlite" "$INPUT" > /dev/null
sqlite_s=$(python3 -c "print($(now) - $start)")
"$BIN" stories --db "$tmp/reference.sqlite" --format json > "$tmp/reference.json"
printf 'scale test: %s articles; SQLite, one process: %.1f s, %.0f articles/s\n' "$lines" "$sqlite_s" "$(python3 -c "print($lines / $sqlite_s)")"

status=0
for n in $COUNTS; do
  name="scale_$n"
  "$psql" "$base" -q -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name"
  url="${base%/*}/$name"
  start=$(now)
  "$BIN" ingest --queue --db "$url" "$INPUT" > /dev/null
  enqueue_s=$(python3 -c "print($(now) - $start)")
  concurrency=$(( cores / n )); [ "$concurrency" -lt 1 ] && concurrency=1
  start=$(now)
  pids=()
  for i in $(seq 1 "$n"); do
    "$BIN" worker --db "$url" --until-idle --quiet --concurrency "$concurrency" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  work_s=$(python3 -c "print($(now) - $start)")
  "$BIN" stories --db "$url" --format json > "$tmp/$name.json"
  if cmp -s "$tmp/reference.json" "$tmp/$name.json"; then same="stories identical to the SQLite run"; else
    same="FAILED — stories differ: $(python3 Scripts/lib/listing-bcubed.py "$tmp/reference.json" "$tmp/$name.json")"
    status=1
  fi
  printf 'scale test: %d worker(s) × %d thread(s): enqueue %.1f s; workers %.1f s, %.0f articles/s; %s\n' \
    "$n" "$concurrency" "$enqueue_s" "$work_s" "$(python3 -c "print($lines / $work_s)")" "$same"
done
exit $status
