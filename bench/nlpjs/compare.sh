#!/usr/bin/env bash
# Prints the intent macro-F1 and the classifications per second of the OpenNLP triager and of
# NLP.js (node-nlp 4.27) trained on the same corpus, on the same labelled file, one after the other.
# Builds nothing in Maven; first run, from the repository root:
#   ./mvnw -q -pl nlp-models -am package -DskipTests
# usage: [CORE=n] bench/nlpjs/compare.sh [FILE.jsonl]   (default ../shared/eval/dev.jsonl from the repo root;
#        CORE, the CPU both are pinned to, defaults to the last one)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
file="$(cd "$root" && realpath "${1:-../shared/eval/dev.jsonl}")"
jar="$root/nlp-models/target/anxin-nlp.jar"
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -q -pl nlp-models -am package -DskipTests" >&2; exit 1; }
[ -d "$root/bench/nlpjs/node_modules" ] || (cd "$root/bench/nlpjs" && npm ci --no-audit --no-fund >/dev/null)

# Both run pinned to the same single core (taskset), so that neither gets a second core for its JIT
# compiler, garbage collector or helper threads: "one core" means one core for the whole process.
core="${CORE:-$(($(nproc) - 1))}"
echo "== OpenNLP triager (anxin-nlp.jar) on $(basename "$file"), pinned to core $core, load average $(cut -d' ' -f1-3 /proc/loadavg)"
taskset -c "$core" java -jar "$jar" eval "$file" 2>/dev/null | grep -E '^(messages|intent macro-F1|  (complaint|suggestion|inquiry) |classifications per second)'
echo
echo "== NLP.js $(cd "$root/bench/nlpjs" && node -p "require('node-nlp/package.json').version") trained on the same corpus, pinned to core $core, load average $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$root/bench/nlpjs" && taskset -c "$core" node evaluate.js "$file" | grep -v '^Compiling dictionary')
