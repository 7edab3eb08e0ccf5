#!/usr/bin/env bash
# Browser check of `parallax serve`: ingests DATA (default: Examples/ plus a hostile article) into a new
# database, starts the server on a free loopback port, and opens the four pages in headless Chromium
# (Debian's package, installed when missing) at a wide and a phone width: the rendered DOM must hold
# each page's sections, the hostile article's scripts must not run (its `document.title` trap stays
# unset, no <script> from the text in the DOM), and a screenshot of each is kept in OUT.
# Usage: Scripts/check-server.sh [OUT_DIR] [DATA…]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
shift || true
mkdir -p "$out"
. Scripts/lib/browser.sh
swift build -c release --product parallax > /dev/null
BIN=.build/release/parallax
tmp=$(mktemp -d)
cat > "$tmp/hostile.jsonl" << 'JSON'
{"id":"hostile-1","source":"prank-post","date":"2026-04-05","title":"Pier <script>document.title='owned'</script>reopens","text":"The pier <script>document.title='owned'</script> reopened on Monday, the <a href=\"javascript:document.title='owned'\">harbour master</a> said. <img src=x onerror=\"document.title='owned'\"> Broken <b markup <svg onload=\"document.title='owned'\">"}
JSON
if [ "$#" -gt 0 ]; then data=("$@"); else data=(Examples); fi
"$BIN" ingest --quiet --db "$tmp/p.sqlite" "${data[@]}" "$tmp/hostile.jsonl" > /dev/null
trap 'kill ${server:-} 2> /dev/null || true; rm -rf "$tmp"' EXIT
. Scripts/lib/serve.sh
start_server "$BIN" "$tmp/p.sqlite" "$tmp/serve.log"
base="http://127.0.0.1:$port"
# The largest of the 50 latest stories (the hostile article is a story of its own, checked below).
story=$(curl -s "$base/api/stories?limit=50" | python3 -c 'import json,sys; print(max(json.load(sys.stdin)["stories"], key=lambda s: (len(s["articles"]), -s["id"]))["id"])')
article=$(curl -s "$base/api/stories/$story" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"][0]["id"])')
query=$(curl -s "$base/api/stories/$story" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["actors"][0]["name"].split()[-1] if r["actors"] else "the")')
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --virtual-time-budget=3000)
fail=0
check() { # name path expected-marker…
  local name=$1 path=$2
  shift 2
  "$browser" "${flags[@]}" --dump-dom "$base$path" > "$out/$name.html" 2>> "$tmp/chromium.log"
  for marker in "$@"; do
    grep -q -- "$marker" "$out/$name.html" || { echo "check-server: $name ($path) lacks $marker"; fail=1; }
  done
  if grep -q "<title>owned" "$out/$name.html"; then echo "check-server: a script of the hostile article ran on $name"; fail=1; fi
  for size in 1280,2000 390,1600; do
    "$browser" "${flags[@]}" --window-size=$size --screenshot="$out/$name-${size%%,*}.png" "$base$path" >> "$tmp/chromium.log" 2>&1
  done
}
check list "/" '<table class="stories">' 'class="strip"' '<header>'
check story "/stories/$story" 'id="sources"' 'id="summary"' 'id="claims"' 'id="quotes"' 'id="timeline"' 'id="coverage"'
check article "/articles/$article" 'id="text"' '<mark class='
check search "/search?q=$query" '<ol class="results">' '<mark>'
check hostile "/articles/hostile-1" '&lt;script&gt;' 'reopened'
# Elements, not text: a text node keeps its quotes when Chromium serializes it, never a bare "<".
if grep -qiE '<script|<img|<a href="javascript|<svg onload|<b markup' "$out/hostile.html"; then
  echo "check-server: the hostile article's markup reached the DOM"; fail=1
fi
ls "$out"/*.png > /dev/null 2>&1 || { echo "check-server: no screenshot"; fail=1; }
[ "$fail" = 0 ] && echo "check-server: list, story, article, search and a hostile article render; no script ran; screenshots in $out" || exit 1
