#!/usr/bin/env bash
# Travaux over HTTP under load: `travaux serve --no-ingest` on INDEX_DIR, then wrk at 1, 8 and 32 connections with
# bench/queries/wrk-travaux.lua (the 1,080 queries of bench/run, round robin). wrk shares the cores with the server:
# the CPU seconds of both are printed. A Markdown table on stdout.
# usage: bench/http-load.sh INDEX_DIR [SECONDS_PER_LEVEL]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/http-load.sh INDEX_DIR [SECONDS_PER_LEVEL]" >&2; exit 2; }
index="$1" seconds="${2:-10}"
command -v wrk >/dev/null || { echo "bench/http-load.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }
java_home="$(./travaux java-home)"
[ -f target/travaux-all.jar ] || ./travaux --version >/dev/null
port=$(( 20000 + RANDOM % 20000 ))
log="$(mktemp)"
"$java_home/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -jar target/travaux-all.jar serve --no-ingest \
  --index "$index" --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/api/search?q=bench&size=1" && break
  kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
cpu() { awk '{print ($14 + $15) / 100}' "/proc/$server/stat"; }   # utime + stime, in seconds (USER_HZ 100)
# warm-up: the whole list once, one connection
wrk -t1 -c1 -d"$seconds"s -s bench/queries/wrk-travaux.lua "http://127.0.0.1:$port" >/dev/null
echo "| connections | wrk threads | requests/s | p50 ms | p99 ms | non-2xx | socket errors | server CPU s | wrk CPU s | wall s |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for c in 1 8 32; do
  t=$(( c < 2 ? c : 2 ))
  before=$(cpu)
  out=$( { /usr/bin/time -f "TIME %U %S" wrk -t$t -c$c -d"$seconds"s --latency -s bench/queries/wrk-travaux.lua \
    "http://127.0.0.1:$port"; } 2>&1 )
  after=$(cpu)
  json=$(sed -n 's/^JSON //p' <<<"$out")
  wrkcpu=$(awk '/^TIME/ {print $2 + $3}' <<<"$out")
  python3 - "$c" "$t" "$json" "$before" "$after" "$wrkcpu" <<'PY'
import json, sys
c, t, j, before, after, wrkcpu = sys.argv[1:]
r = json.loads(j)
secs = r["duration_us"] / 1e6
print(f"| {c} | {t} | {r['requests'] / secs:.0f} | {r['p50_us'] / 1000:.1f} | {r['p99_us'] / 1000:.1f} | "
      f"{r['non_2xx']} | {r['socket_errors']} | {float(after) - float(before):.1f} | {float(wrkcpu):.1f} | {secs:.1f} |")
PY
done
