#!/usr/bin/env bash
# Soak test of `parallax watch` on loopback: a local site with FEEDS feeds, each publishing one new
# article a minute for MINUTES minutes (Scripts/lib/feed-server.py); watch polls every minute. Samples
# the watcher's resident memory each minute; at the end one more round catches the last items, then
# checks that every published article is stored exactly once.
# Usage: Scripts/soak-watch.sh [MINUTES] [FEEDS]   (defaults: 30 minutes, 20 feeds)
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
feeds=${2:-20}
swift build -c release --product parallax > /dev/null
BIN=.build/release/parallax
tmp=$(mktemp -d)
trap 'kill ${site:-} ${watcher:-} 2> /dev/null || true; rm -rf "$tmp"' EXIT
python3 Scripts/lib/feed-server.py "$tmp/port" "$feeds" "$minutes" &
site=$!
for _ in $(seq 1 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
port=$(cat "$tmp/port")
for n in $(seq 1 "$feeds"); do echo "http://127.0.0.1:$port/feeds/$n.xml"; done > "$tmp/feeds.txt"
"$BIN" watch --feeds "$tmp/feeds.txt" --every 60s --allow-private --db "$tmp/soak.sqlite" 2> "$tmp/watch.log" &
watcher=$!
echo "soak: $feeds feeds, one new article each a minute for $minutes minutes; watch pid $watcher"
for minute in $(seq 1 "$minutes"); do
  sleep 60
  rss=$(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$watcher/status")
  echo "soak: minute $minute: watcher RSS $rss MB; $(tail -1 "$tmp/watch.log")"
done
sleep 5
kill -TERM "$watcher"
wait "$watcher" || true
tail -2 "$tmp/watch.log"
"$BIN" watch --feeds "$tmp/feeds.txt" --rounds 1 --allow-private --db "$tmp/soak.sqlite" 2>> "$tmp/watch.log"
expected=$(curl -s "http://127.0.0.1:$port/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
python3 - "$tmp/soak.sqlite" "$expected" "$tmp/watch.log" << 'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
expected = int(sys.argv[2])
stored = db.execute("SELECT count(*) FROM articles WHERE url LIKE '%/articles/%'").fetchone()[0]
distinct = db.execute("SELECT count(DISTINCT url) FROM articles WHERE url LIKE '%/articles/%'").fetchone()[0]
seen = db.execute("SELECT count(*) FROM feed_items").fetchone()[0]
errors = sum(1 for line in open(sys.argv[3]) if not line.startswith("watch:"))
print(f"soak: published {expected}, stored {stored} ({distinct} distinct URLs), items seen {seen}, error lines {errors}")
sys.exit(0 if stored == expected == distinct == seen else 1)
PY
