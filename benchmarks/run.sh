#!/usr/bin/env bash
# The full benchmark run, as docs/BENCHMARKS.md reports it: builds benchmarks/<target>/benchmarks.jar,
# runs every JMH benchmark with the GC profiler, the cold-start runner (fresh JVMs), and the report,
# which writes docs/benchmarks/tables.md and docs/benchmarks/ratios.png from the JSON results.
#
#   benchmarks/run.sh                      # JMH: -f 2 -wi 3 -w 2s -i 6 -r 2s (about 35 minutes on 2 cores)
#   benchmarks/run.sh -f 3 -wi 5 -i 10     # other JMH options replace the defaults
#   COLD_RUNS=31 benchmarks/run.sh         # fresh JVMs per contender for the cold start (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${DYNAQ_TARGET:-target}
out=docs/benchmarks
jar=benchmarks/$target/benchmarks.jar

mvn -q -B -Pbenchmarks -Ddynaq.target="$target" -pl benchmarks -am -DskipTests package
mkdir -p "$out"
if [ $# -eq 0 ]; then
  set -- -f 2 -wi 3 -w 2s -i 6 -r 2s
fi
java -jar "$jar" "$@" -prof gc -rf json -rff "$out/jmh.json"
java -cp "$jar" dev.dynaq.bench.cold.ColdStartRunner "${COLD_RUNS:-15}" "$out/cold-start.json"
java -cp "$jar" dev.dynaq.bench.report.Report "$out/jmh.json" "$out/cold-start.json" "$out/tables.md" "$out/ratios.png"
