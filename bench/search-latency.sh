#!/usr/bin/env bash
# In-process search latency (top 10 + facets + highlights) over an existing index, e.g. one built with
#   ./travaux ingest ../shared/corpus --index /tmp/corpus-index
# usage: bench/search-latency.sh INDEX_DIR [ROUNDS] [lean]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/search-latency.sh INDEX_DIR [ROUNDS] [lean]" >&2; exit 2; }
./travaux --version >/dev/null   # builds the jar when needed
java_home="$(./travaux java-home)"
JAVA_HOME="$java_home" mvn -q -o -B -Dstyle.color=never test-compile >/dev/null 2>&1 || JAVA_HOME="$java_home" mvn -q -B -Dstyle.color=never test-compile
exec "$java_home/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g \
  -cp "target/travaux-all.jar:target/test-classes" org.travaux.bench.SearchLatencyBench "$@"
