#!/usr/bin/env bash
# Prints the intent macro-F1 and the classifications per second of the OpenNLP triager and of
# NLP.js (node-nlp 4.27) trained on the same corpus, on the same labelled file, one after the other.
# Builds nothing in Maven; first run, from the repository root:
#   ./mvnw -q -pl nlp-models -am package -DskipTests
# usage: bench/nlpjs/compare.sh [FILE.jsonl]     (default ../shared/eval/dev.jsonl from the repo root)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
file="$(cd "$root" && realpath "${1:-../shared/eval/dev.jsonl}")"
jar="$root/nlp-models/target/anxin-nlp.jar"
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -q -pl nlp-models -am package -DskipTests" >&2; exit 1; }
[ -d "$root/bench/nlpjs/node_modules" ] || (cd "$root/bench/nlpjs" && npm ci --no-audit --no-fund >/dev/null)

echo "== OpenNLP triager (anxin-nlp.jar, one thread) on $(basename "$file")"
java -jar "$jar" eval "$file" 2>/dev/null | grep -E '^(messages|intent macro-F1|  (complaint|suggestion|inquiry) |classifications per second)'
echo
echo "== NLP.js $(cd "$root/bench/nlpjs" && node -p "require('node-nlp/package.json').version") trained on the same corpus"
(cd "$root/bench/nlpjs" && node evaluate.js "$file" | grep -v '^Compiling dictionary')
