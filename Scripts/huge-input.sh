#!/usr/bin/env bash
# Huge single inputs: one plain text of each size (in MB, default 1 10 100) analyzed by one
# `parallax analyze --format json` process (release build); prints wall seconds, peak memory and
# seconds per MB, and fails when seconds per MB at the largest size exceed 1.2× those at the smallest.
#
#   Scripts/huge-input.sh [SIZE_MB...]
#
# The texts repeat the GVA articles' bodies (../shared/corpora/gva, read at run time, never stored in
# the repository); without the corpus, a written paragraph with varied numbers and names is repeated.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${PARALLAX_SHARED:-../shared}
SIZES=${*:-1 10 100}
swift build -c release --product parallax > /dev/null
BIN=$PWD/.build/release/parallax
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$SHARED/corpora/gva/articles.jsonl" "$tmp" $SIZES <<'PY'
import json, os, sys
corpus, folder, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
if os.path.exists(corpus):
    blob = "\n\n".join(json.loads(line)["text"] for line in open(corpus, encoding="utf-8"))
else:
    print(f"huge input: {corpus} is absent; using a written paragraph", file=sys.stderr)
    blob = "\n\n".join(
        f"Councillor Ada Brennan{i} said on Tuesday that {i % 97 + 2} ferries would stop at Eastmere "
        f"pier {i}, and the port authority put the cost at {i * 13} crowns. \u201cWe will not sign in a hurry,\u201d she said."
        for i in range(20000))
data = blob.encode()
for mb in sizes:
    n = mb * 1000 * 1000
    text = (data * (n // len(data) + 1))[:n].decode("utf-8", "ignore")
    open(os.path.join(folder, f"{mb}mb.txt"), "w", encoding="utf-8").write(text)
PY
first=""
last=""
for mb in $SIZES; do
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$BIN" analyze "$tmp/${mb}mb.txt" --format json > "$tmp/out.json" 2> "$tmp/err"
  read -r seconds kb < "$tmp/time"
  lines=$(wc -l < "$tmp/out.json")
  per=$(python3 -c "print(f'{$seconds / $mb:.3f}')")
  printf 'huge input: %4d MB: %7.2f s, peak %5.0f MB, %s s/MB, %d parts\n' "$mb" "$seconds" "$(python3 -c "print($kb / 1024)")" "$per" "$lines"
  [ -z "$first" ] && first=$per
  last=$per
done
ratio=$(python3 -c "print(f'{$last / $first:.2f}')")
echo "huge input: seconds per MB, largest / smallest: $ratio (bar 1.2)"
python3 -c "import sys; sys.exit(0 if $last / $first <= 1.2 else 1)"
