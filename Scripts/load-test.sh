#!/usr/bin/env bash
# Load test of `parallax serve` with wrk (Debian's, installed when missing) on loopback: a mixed,
# paced load of story pages, article pages and search pages drawn at random from the database DB, for
# DURATION seconds after a 20-second warm-up (reports are built and cached on first view). Prints
# wrk's latency distribution and the server's resident memory before, after the warm-up and after.
# Usage: Scripts/load-test.sh DB [DURATION] [CONNECTIONS]   (22 connections, 100 ms apart: ~200 req/s)
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1
duration=${2:-60}
connections=${3:-22}
if ! command -v wrk > /dev/null; then
  as_root=""
  [ "$(id -u)" -ne 0 ] && as_root="sudo -n"
  $as_root apt-get install -y -qq wrk > /dev/null
fi
swift build -c release --product parallax > /dev/null
BIN=.build/release/parallax
tmp=$(mktemp -d)
trap 'kill ${server:-} 2> /dev/null || true; rm -rf "$tmp"' EXIT
. Scripts/lib/serve.sh
start_server "$BIN" "$db" "$tmp/serve.log"
base="http://127.0.0.1:$port"
# 500 random stories, one article of each, and 500 search queries from the database.
python3 - "$db" "$tmp/paths" << 'PY'
import random, sqlite3, sys, urllib.parse
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rng = random.Random(7)
stories = [r[0] for r in db.execute("SELECT id FROM stories WHERE merged_into IS NULL")]
articles = [r[0] for r in db.execute("SELECT id FROM articles WHERE seq % 7 = 0")]
with open(sys.argv[2], "w") as out:
    for story in rng.sample(stories, min(500, len(stories))):
        out.write(f"/stories/{story}\n")
    for article in rng.sample(articles, min(250, len(articles))):
        out.write(f"/articles/{urllib.parse.quote(article, safe='')}\n")
PY
python3 Scripts/search-queries.py "$db" 500 | while IFS= read -r query; do
  printf '/search?q=%s\n' "$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")"
done >> "$tmp/paths"
cat > "$tmp/paced.lua" << 'LUA'
-- Each connection asks for a random path from the file, then waits 100 ms.
local paths = {}
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() + math.random(1000))
end
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
delay = function() return 100 end
LUA
rss() { awk '/VmRSS/ {printf "%.1f MB", $2 / 1024}' "/proc/$server/status"; }
echo "load-test: $(wc -l < "$tmp/paths") paths; server RSS at start $(rss)"
wrk -t2 -c"$connections" -d20s -s "$tmp/paced.lua" "$base" -- "$tmp/paths" > /dev/null
echo "load-test: after a 20-s warm-up $(rss)"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$tmp/paced.lua" "$base" -- "$tmp/paths"
echo "load-test: after ${duration} s $(rss)"
kill -0 "$server" || { echo "load-test: the server died"; exit 1; }
