#!/usr/bin/env bash
# NER cross-validation on the CoNLL-2003 training set, the protocol issue 20 asks for: the training
# documents are dealt into K folds (document i to fold i mod K, -DOCSTART- marks documents); for each
# fold a POS and a NER model are trained on the other folds with the bundled models' exact settings
# (README "Models") and scored with conlleval rules on the held fold. Prints each fold's F1, their mean,
# the bundled model's CoNLL dev F1 and the gap between the two. Dev is only scored, never trained on.
#
#   Scripts/ner-cv.sh [K]        (default 5; ../shared/corpora/conll2003 read at run time)
#
# For experiments: PARALLAX_CV_CLUSTERS=FILE uses another word-cluster table; PARALLAX_CV_RETRAIN=1 also
# trains a model on the whole training set with the same settings and scores that one on dev (kept at
# PARALLAX_CV_KEEP when set) instead of the bundled model; PARALLAX_CV_NER_ARGS adds options to every
# `train ner` (e.g. "--epochs 12").
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${PARALLAX_SHARED:-../shared}
C=$SHARED/corpora
K=${1:-5}
NER_ARGS=${PARALLAX_CV_NER_ARGS:-}
if [ ! -f "$C/conll2003/train.txt" ]; then echo "ner cv: $C/conll2003/train.txt is absent; skipped"; exit 0; fi
swift build -c release --product parallax > /dev/null
BIN=$PWD/.build/release/parallax
CLUSTERS=${PARALLAX_CV_CLUSTERS:-Sources/ParallaxCore/Resources/Models/clusters.plxc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$C/conll2003/train.txt" "$tmp" "$K" <<'PY'
import sys
path, folder, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs, current = [], []
for line in open(path, encoding="utf-8"):
    if line.startswith("-DOCSTART-") and current:
        docs.append(current)
        current = []
    current.append(line)
if current:
    docs.append(current)
for fold in range(k):
    with open(f"{folder}/train{fold}.txt", "w", encoding="utf-8") as train, open(f"{folder}/test{fold}.txt", "w", encoding="utf-8") as test:
        for index, doc in enumerate(docs):
            (test if index % k == fold else train).writelines(doc)
print(f"ner cv: {len(docs)} training documents in {k} folds", file=sys.stderr)
PY
scores=()
for fold in $(seq 0 $((K - 1))); do
  "$BIN" train pos --train "$tmp/train$fold.txt" --out "$tmp/pos$fold.plxt" --epochs 8 --bucket-bits 19 --seed 1 2> /dev/null
  "$BIN" train ner --train "$tmp/train$fold.txt" --out "$tmp/ner$fold.plxt" --epochs 10 --bucket-bits 20 --seed 1 \
    --pos-model "$tmp/pos$fold.plxt" --clusters "$CLUSTERS" --beam 6 $NER_ARGS 2> /dev/null
  f1=$("$BIN" eval ner "$tmp/test$fold.txt" --model "$tmp/ner$fold.plxt" --pos-model "$tmp/pos$fold.plxt" --clusters "$CLUSTERS" | grep -oE "F1: +[0-9.]+" | head -1 | grep -oE "[0-9.]+$")
  echo "ner cv: fold $((fold + 1)) of $K: F1 $f1"
  scores+=("$f1")
done
if [ "${PARALLAX_CV_RETRAIN:-0}" = 1 ]; then
  # Experiments: a NER model trained on the whole training set with the same settings (and clusters),
  # scored on dev, instead of the bundled model.
  "$BIN" train ner --train "$C/conll2003/train.txt" --out "$tmp/ner-all.plxt" --epochs 10 --bucket-bits 20 --seed 1 \
    --pos-model Sources/ParallaxCore/Resources/Models/pos.plxt --clusters "$CLUSTERS" --beam 6 $NER_ARGS 2> /dev/null
  dev=$("$BIN" eval ner "$C/conll2003/dev.txt" --model "$tmp/ner-all.plxt" --clusters "$CLUSTERS" | grep -oE "F1: +[0-9.]+" | head -1 | grep -oE "[0-9.]+$")
  cp "$tmp/ner-all.plxt" "${PARALLAX_CV_KEEP:-/dev/null}" 2> /dev/null || true
else
  dev=$("$BIN" eval ner "$C/conll2003/dev.txt" | grep -oE "F1: +[0-9.]+" | head -1 | grep -oE "[0-9.]+$")
fi
python3 - "$dev" "${scores[@]}" <<'PY'
import statistics, sys
dev, folds = float(sys.argv[1]), [float(x) for x in sys.argv[2:]]
mean = statistics.mean(folds)
print(f"ner cv: mean of {len(folds)} folds {mean:.2f} (min {min(folds):.2f}, max {max(folds):.2f}); "
      f"bundled model on CoNLL dev {dev:.2f}; gap dev - cv {dev - mean:+.2f} points (bar: within 1.5)")
PY
