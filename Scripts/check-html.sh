#!/usr/bin/env bash
# Opens a story report's HTML in headless Chromium and checks the rendered DOM: every report section
# and both inline SVG graphics must be present, and Chromium must render it and take a screenshot.
# Installs Debian's chromium when it is missing (root, or sudo without a password).
# Usage: Scripts/check-html.sh [STORY_DIR] [OUT_DIR]   (defaults: Examples/trade-summit, a temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."
story=${1:-Examples/trade-summit}
out=${2:-$(mktemp -d)}
mkdir -p "$out"

. Scripts/lib/browser.sh

swift build -c release --product parallax > /dev/null
.build/release/parallax compare "$story" --format html > "$out/report.html"
page="file://$(cd "$out" && pwd)/report.html"
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars)
"$browser" "${flags[@]}" --dump-dom "$page" > "$out/dom.html" 2> "$out/chromium.log"
"$browser" "${flags[@]}" --window-size=1200,2400 --screenshot="$out/report.png" "$page" >> "$out/chromium.log" 2>&1

fail=0
for id in sources summary actors coverage claims facts conflicts single-source quotes timeline; do
  grep -q "<section id=\"$id\"" "$out/dom.html" || { echo "check-html: section #$id missing from the rendered DOM"; fail=1; }
done
for graphic in coverage timeline; do
  grep -q "<svg[^>]*class=\"$graphic\"" "$out/dom.html" || { echo "check-html: SVG .$graphic missing"; fail=1; }
done
[ -s "$out/report.png" ] || { echo "check-html: no screenshot"; fail=1; }
if [ $fail -eq 0 ]; then
  echo "check-html: $story rendered in $("$browser" --version 2>/dev/null | head -1): 10 sections, 2 SVGs, screenshot $(stat -c %s "$out/report.png") bytes ($out)"
fi
exit $fail
