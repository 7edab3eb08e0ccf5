#!/usr/bin/env bash
# API conformance of `parallax serve` with schemathesis (PyPI, in a venv this script creates under
# .build/venv-api): every operation of /openapi.json fuzzed against a server on a database made from
# Examples/; fails on any 5xx, any response that does not match the document, a wrong status, content
# type or header, or a method answered that the document does not list.
# Usage: Scripts/check-api.sh [EXAMPLES_PER_OPERATION]
set -euo pipefail
cd "$(dirname "$0")/.."
examples=${1:-100}
venv=.build/venv-api
if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q schemathesis > /dev/null
fi
swift build -c release --product parallax > /dev/null
BIN=.build/release/parallax
tmp=$(mktemp -d)
"$BIN" ingest --quiet --db "$tmp/p.sqlite" Examples > /dev/null
trap 'kill ${server:-} 2> /dev/null || true; rm -rf "$tmp"' EXIT
. Scripts/lib/serve.sh
start_server "$BIN" "$tmp/p.sqlite" "$tmp/serve.log"
# The two data-acceptance heuristics are left out: a body that is a string but holds no article is
# rightly 422, and a 414 for an over-long query is a refusal schemathesis does not count as one.
"$venv/bin/schemathesis" run "http://127.0.0.1:$port/openapi.json" --checks all \
  --exclude-checks negative_data_rejection,positive_data_acceptance -n "$examples" --seed 7 > "$tmp/st.log" 2>&1 || {
  tail -60 "$tmp/st.log"; echo "check-api: schemathesis found failures"; exit 1; }
grep -E "generated" "$tmp/st.log" | tail -1 | sed 's/^ */check-api: schemathesis: /'
kill -0 $server 2> /dev/null || { echo "check-api: the server died"; exit 1; }
