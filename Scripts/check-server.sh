#!/usr/bin/env bash
# Browser test of `parallax serve`: ingests DATA (default: Examples/, an invented story told by 50
# outlets, and an article whose text is hostile) into a new database, starts the server on a free
# loopback port, and runs Scripts/browser-test.py — Selenium driving Debian's Chromium through
# chromedriver (both installed when missing; Selenium from PyPI into .build/venv-browser): list →
# story → article → a mark's fact → search, by click and keyboard, DOM checks on every page, no
# script from article text running, screenshots at 1280 and 390 px kept in OUT.
# Usage: Scripts/check-server.sh [OUT_DIR] [DATA…]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
shift || true
mkdir -p "$out"
need_driver=1
. Scripts/lib/browser.sh
venv=.build/venv-browser
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import selenium" 2> /dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q selenium > /dev/null
fi
swift build -c release --product parallax > /dev/null
BIN=.build/release/parallax
tmp=$(mktemp -d)
cat > "$tmp/hostile.jsonl" << 'JSON'
{"id":"hostile-1","source":"prank-post","date":"2026-04-05","title":"Pier <script>document.title='owned'</script>reopens","text":"The pier <script>document.title='owned'</script> reopened on Monday, the <a href=\"javascript:document.title='owned'\">harbour master</a> said. <img src=x onerror=\"document.title='owned'\"> Broken <b markup <svg onload=\"document.title='owned'\">"}
JSON
if [ "$#" -gt 0 ]; then data=("$@"); else
  python3 Scripts/lib/many-outlets.py 50 > "$tmp/many-outlets.jsonl"
  data=(Examples "$tmp/many-outlets.jsonl")
fi
"$BIN" ingest --quiet --db "$tmp/p.sqlite" "${data[@]}" "$tmp/hostile.jsonl" > /dev/null
trap 'kill ${server:-} 2> /dev/null || true; rm -rf "$tmp"' EXIT
. Scripts/lib/serve.sh
start_server "$BIN" "$tmp/p.sqlite" "$tmp/serve.log"
"$venv/bin/python" Scripts/browser-test.py "http://127.0.0.1:$port" "$out"
