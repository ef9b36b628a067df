#!/bin/sh
# The load benchmark in one command, from the repository root:
#   bench/load.sh [--duration 60] [--warmup 150] [--rate 1000] [--concurrency 32] [--customers 20000] ...   (see docs/benchmarks.md)
# Builds config/target/anxin.jar and bench/load/target/anxin-load.jar when missing (REBUILD=1 to force), then runs
# Anxin and the limit one after the other, each in its own JVM on a fresh redis-server with AOF on, and prints the
# figures (also written to bench/load/target/results-*.md).
set -e
cd "$(dirname "$0")/.."
if [ ! -f config/target/anxin.jar ] || [ -n "$REBUILD" ]; then
  ./mvnw -q -pl config -am package -DskipTests
fi
if [ ! -f bench/load/target/anxin-load.jar ] || [ -n "$REBUILD" ]; then
  ./mvnw -q -f bench/load/pom.xml package
fi
exec java -Xmx1g -jar bench/load/target/anxin-load.jar "$@"
