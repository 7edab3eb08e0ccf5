#!/usr/bin/env bash
# Evaluation gates on the third-party corpora in ../shared (never copied into the project).
# Each gate prints its figure and fails the run when the figure is below the issue's bar.
# Without ../shared/corpora the gates say so and pass: CI without corpora still runs the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${PARALLAX_SHARED:-../shared}
if [ ! -d "$SHARED/corpora" ]; then
  echo "eval gates: $SHARED/corpora is absent; corpus gates skipped"
  exit 0
fi
swift build -c release --product parallax > /dev/null
BIN=.build/release/parallax
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# Sentence splitting on UD English EWT dev: boundary F1 >= 0.80 (spaCy en_core_web_sm: 0.597).
python3 "$SHARED/peers/sentences_eval.py" "$SHARED/corpora/ud-ewt/en_ewt-ud-dev.conllu" --text > "$tmp/ewt.txt"
"$BIN" analyze --raw --format json "$tmp/ewt.txt" \
  | python3 -c 'import json,sys; print(json.dumps([s["end"] for s in json.loads(sys.stdin.readline())["sentences"]]))' \
  > "$tmp/ewt-pred.json"
line=$(python3 "$SHARED/peers/sentences_eval.py" "$SHARED/corpora/ud-ewt/en_ewt-ud-dev.conllu" "$tmp/ewt-pred.json")
echo "UD EWT dev $line"
f1=$(echo "$line" | sed -n 's/.*f1=\([0-9.]*\).*/\1/p')
python3 -c "import sys; sys.exit(0 if float('$f1') >= 0.80 else 1)" || { echo "FAIL: sentence F1 $f1 < 0.80"; fail=1; }

# Tokenizer throughput on the PolNeAR train texts (release build; bytes of all texts / time in the tokenizer).
"$BIN" bench --raw --repeats 5 "$SHARED/corpora/polnear/train/text" | tee "$tmp/bench.txt"
tok=$(awk '$1 == "tokenize" {print $4}' "$tmp/bench.txt")
# Printed, not gated: wall-clock throughput depends on the machine and its load (seen here: 118-164 MB/s),
# and a timing gate would fail a correct change on a busy CI machine. Issue notes carry the measured figure.
echo "tokenizer throughput: $tok MB/s (bar: 100, reported, not gated)"

# Time expressions on TimeBank + AQUAINT (TempEval-3 measures): relaxed span F1 >= 0.90, value F1 >= 0.82.
"$BIN" eval time "$SHARED/corpora/timebank/TimeBank" "$SHARED/corpora/timebank/AQUAINT" 2>/dev/null | tee "$tmp/time.txt"
relaxed=$(awk '$1 == "overall" {print $12}' "$tmp/time.txt")
value=$(awk '$1 == "overall" {print $NF}' "$tmp/time.txt")
echo "TimeBank+AQUAINT relaxed span F1: $relaxed (bar 0.90); value F1: $value (bar 0.82)"
python3 -c "import sys; sys.exit(0 if float('$relaxed') >= 0.90 else 1)" || { echo "FAIL: relaxed span F1 $relaxed < 0.90"; fail=1; }
python3 -c "import sys; sys.exit(0 if float('$value') >= 0.82 else 1)" || { echo "FAIL: value F1 $value < 0.82"; fail=1; }

# MEANTIME (kept apart: nothing is tuned on it), printed, not gated: time values on the sentences it
# annotates throughout, and names by overlap and type (PER/ORG/LOC).
if [ -f "$SHARED/corpora/meantime/derived_documents.jsonl" ]; then
  "$BIN" eval time "$SHARED/corpora/meantime/derived_documents.jsonl" 2>/dev/null | grep '^derived' | sed 's/^derived_documents.jsonl/MEANTIME time:/'
  "$BIN" eval ner "$SHARED/corpora/meantime" | grep '^overall' | sed 's/^overall/MEANTIME names overall (gold found right P R F1):/'
else
  echo "MEANTIME: $SHARED/corpora/meantime is absent; not measured"
fi

# Recognizers-Text specs: Number, Ordinal, Percent, NumberRange, Currency, Dimension, Age >= 90% of cases;
# the DateTime extractor and parser specs >= 75%.
"$BIN" eval numbers "$SHARED/corpora/recognizers-text" > "$tmp/numbers.txt"
grep -E "^(issue model set|DateTime extractor|overall)" "$tmp/numbers.txt"
rate=$(awk '$1 == "issue" {print $5}' "$tmp/numbers.txt" | tr -d '%')
python3 -c "import sys; sys.exit(0 if float('$rate') >= 90 else 1)" || { echo "FAIL: number specs $rate% < 90%"; fail=1; }
dt=$(awk '$1 == "DateTime" && $2 == "extractor+parser:" {print $4}' "$tmp/numbers.txt" | tr -d '%')
python3 -c "import sys; sys.exit(0 if float('$dt') >= 75 else 1)" || { echo "FAIL: DateTime specs $dt% < 75%"; fail=1; }

# Article extraction on the 91-page benchmark: F1 >= 0.96 (the benchmark's 4-gram shingle metric).
line=$("$BIN" eval extract "$SHARED/corpora/article-extraction" | grep '^pages=')
echo "article extraction: $line"
ef1=$(echo "$line" | sed -n 's/.*f1=\([0-9.]*\).*/\1/p')
python3 -c "import sys; sys.exit(0 if float('$ef1') >= 0.96 else 1)" || { echo "FAIL: extraction F1 $ef1 < 0.96"; fail=1; }

# CoNLL-2003 dev: POS accuracy >= 0.95, NER entity F1 >= 0.92.
pos=$("$BIN" eval pos "$SHARED/corpora/conll2003/dev.txt" | sed -n 's/^pos accuracy: \([0-9.]*\).*/\1/p')
ner=$("$BIN" eval ner "$SHARED/corpora/conll2003/dev.txt" | grep '^overall')
echo "CoNLL-2003 dev POS accuracy: $pos (bar 0.95); NER $ner (bar F1 92%)"
python3 -c "import sys; sys.exit(0 if float('$pos') >= 0.95 else 1)" || { echo "FAIL: POS accuracy $pos < 0.95"; fail=1; }
nf1=$(echo "$ner" | sed -n 's/.*F1: *\([0-9.]*\)%.*/\1/p')
python3 -c "import sys; sys.exit(0 if float('$nf1') >= 92 else 1)" || { echo "FAIL: NER F1 $nf1% < 92%"; fail=1; }

# Quotations on PolNeAR dev (the scorer of ../shared/peers/quotes_eval.py): direct quotes content F1 >= 0.75 and
# speaker accuracy >= 0.92; all attributions content F1 >= 0.55 and speaker accuracy >= 0.85.
"$BIN" eval quotes "$SHARED/corpora/polnear/dev" | tee "$tmp/quotes.txt"
for kind in all direct; do
  line=$(grep "^$kind:" "$tmp/quotes.txt")
  qf1=$(echo "$line" | sed -n 's/.*content_f1=\([0-9.]*\).*/\1/p')
  qsp=$(echo "$line" | sed -n 's/.*speaker_acc=\([0-9.]*\).*/\1/p')
  if [ "$kind" = direct ]; then fbar=0.75; sbar=0.92; else fbar=0.55; sbar=0.85; fi
  python3 -c "import sys; sys.exit(0 if float('$qf1') >= $fbar and float('$qsp') >= $sbar else 1)" \
    || { echo "FAIL: $kind quotes content F1 $qf1 (bar $fbar), speaker accuracy $qsp (bar $sbar)"; fail=1; }
done

# Claim-level reconciliation on NewsWCL50 (issue bars: claim F1 0.65, value and quote pair F1 0.65; not met yet,
# so printed, not gated). The fact-pair model was fitted on events 0,2,4,6,8; events 1,3,5,7,9 are the held-out half.
"$BIN" eval claims "$SHARED/corpora/newswcl50/stories" "$SHARED/corpora/newswcl50/gold" | sed 's/^/NewsWCL50 claims: /'

# Story clustering (issue bars: ECB+ B-cubed 0.92 — not met yet, 0.907; GVA pairwise 0.80 and B-cubed 0.92 — met
# since 2026-12-07, 0.812 and 0.929). ECB+ is gated at the peer's figure (TF-IDF + average-linkage, all pairs:
# B-cubed 0.871), so that a change that falls behind what a user would try first fails; GVA at the issue's bars.
for corpus in ecbplus/documents gva/articles; do
  "$BIN" eval cluster "$SHARED/corpora/$corpus.jsonl" | sed "s|^|$corpus: |" | tee "$tmp/cluster.txt"
  b3=$(sed -n 's/.*bcubed_f1=\([0-9.]*\).*/\1/p' "$tmp/cluster.txt")
  pw=$(sed -n 's/.*pairwise_f1=\([0-9.]*\).*/\1/p' "$tmp/cluster.txt")
  if [ "$corpus" = ecbplus/documents ]; then b3bar=0.871; pwbar=0; else b3bar=0.92; pwbar=0.80; fi
  python3 -c "import sys; sys.exit(0 if float('$b3') >= $b3bar and float('$pw') >= $pwbar else 1)" \
    || { echo "FAIL: $corpus clustering B-cubed $b3 (bar $b3bar), pairwise $pw (bar $pwbar)"; fail=1; }
done

exit $fail
