#!/usr/bin/env bash
# Builds and runs the libFuzzer target over the HTML tokenizer, tree builder and content extractor.
# Usage: Fuzz/run-html-fuzzer.sh [SECONDS] (default 600). Corpus and crashes go to .fuzz-html/ (ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
mkdir -p .fuzz-html/corpus
src=Sources/ParallaxIngest/HTML
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name HTMLFuzz -o .fuzz-html/html-fuzzer \
  Fuzz/HTMLFuzzTarget.swift \
  $src/HTMLAttribute.swift $src/HTMLToken.swift $src/HTMLTokenizer.swift $src/HTMLCharacterReferences.swift \
  $src/Windows1252.swift $src/HTMLNode.swift $src/HTMLDocument.swift $src/HTMLTreeBuilder.swift \
  $src/HTMLElementTraits.swift $src/HTMLPageDecoder.swift $src/ContentExtractor.swift $src/BoilerplateNames.swift \
  Fuzz/InputTextDecoderShim.swift
printf '<html><body><div class=a><p>One &amp; two<li>x<td>y</div><script>z</script>' > .fuzz-html/corpus/seed.html
.fuzz-html/html-fuzzer -max_total_time="$seconds" -max_len=65536 -timeout=10 .fuzz-html/corpus
