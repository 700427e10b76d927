#!/usr/bin/env bash
# Throughput of understanding (DocumentAssembler: structure, metadata, clauses, themes, references) over a sample
# of a corpus, without Tika in the timed loop:
#   bench/understand.sh extract ../shared/corpus [SAMPLE_FILE] [COUNT]   once: extract ~COUNT files (default 400)
#   bench/understand.sh time [SAMPLE_FILE] [ROUNDS] [--profile]           docs/s per round and median
#   bench/understand.sh dump [SAMPLE_FILE] OUT_DIR                        one JSON per document, to diff two versions
# The sample defaults to target/understand-sample.bin.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
java_home="${JAVA_HOME:-$(./travaux java-home)}"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
JAVA_HOME="$java_home" mvn -q -o -B -Dstyle.color=never test-compile >/dev/null 2>&1 \
  || JAVA_HOME="$java_home" mvn -q -B -Dstyle.color=never test-compile
if [ ! -s target/cp.txt ] || [ pom.xml -nt target/cp.txt ]; then
  JAVA_HOME="$java_home" mvn -q -o -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
fi
exec "$java_home/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g ${BENCH_JAVA_OPTS:-} \
  -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.travaux.bench.UnderstandBench "$@"
