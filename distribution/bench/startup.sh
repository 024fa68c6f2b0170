#!/usr/bin/env bash
# Measures, on the assembled distribution (run `mvn -B package -DskipTests` first):
#   1. cold start: process start to the first 200 of GET /api/health (and of GET /),
#   2. hot deploy: copying the example bundle into deploy/ to the first 200 of its endpoint,
#      and deleting it to the first 404,
#   3. resident memory (RSS) of the server after start and after the deploy.
# Usage: distribution/bench/startup.sh [runs]   (default 5; prints medians)
# Environment: HROMADA_CDS=false to measure without class-data sharing.
set -euo pipefail
RUNS=${1:-5}
DIST=$(cd "$(dirname "$0")/.." && pwd)/target/hromada
[ -x "$DIST/bin/hromada" ] || { echo "No distribution at $DIST: run mvn -B package -DskipTests" >&2; exit 1; }
PORT=${BENCH_PORT:-18181}
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

now_ms() { date +%s%3N; }
wait_status() { # url status timeout_ms -> prints the ms waited
  local start; start=$(now_ms)
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)
    [ "$code" = "$2" ] && break
    [ $(( $(now_ms) - start )) -gt "$3" ] && { echo "timeout waiting for $2 on $1" >&2; return 1; }
    sleep 0.01
  done
  echo $(( $(now_ms) - start ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
rss_mb() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }

cp -a "$DIST" "$WORK/hromada"
rm -rf "$WORK/hromada/data"/*
: > "$WORK/start"; : > "$WORK/page"; : > "$WORK/rss"; : > "$WORK/deploy"; : > "$WORK/undeploy"; : > "$WORK/rss2"
# One warm-up start writes the class-data-sharing archive (as a first production start would).
for i in $(seq 0 "$RUNS"); do
  HROMADA_HTTP_PORT=$PORT HROMADA_ADMIN_PASSWORD=bench-Password-1 "$WORK/hromada/bin/hromada" > "$WORK/console.log" 2>&1 &
  PID=$!
  t=$(wait_status "http://127.0.0.1:$PORT/api/health" 200 60000)
  p=$(wait_status "http://127.0.0.1:$PORT/" 200 60000)
  sleep 1
  r=$(rss_mb "$PID")
  cp "$WORK/hromada/examples/org.hromada.example.jar" "$WORK/hromada/deploy/"
  d=$(wait_status "http://127.0.0.1:$PORT/api/v1/examples" 200 20000)
  sleep 1
  r2=$(rss_mb "$PID")
  rm "$WORK/hromada/deploy/org.hromada.example.jar"
  u=$(wait_status "http://127.0.0.1:$PORT/api/v1/examples" 404 20000)
  kill -TERM "$PID"; wait "$PID" || true
  if [ "$i" -gt 0 ]; then
    echo "$t" >> "$WORK/start"; echo $((t + p)) >> "$WORK/page"; echo "$r" >> "$WORK/rss"
    echo "$d" >> "$WORK/deploy"; echo "$u" >> "$WORK/undeploy"; echo "$r2" >> "$WORK/rss2"
    echo "run $i: health ${t} ms, first page $((t + p)) ms, RSS ${r} MB, deploy ${d} ms, undeploy ${u} ms, RSS after deploy ${r2} MB"
  fi
done
echo "median of $RUNS runs on $(nproc) cores:"
echo "  cold start to first 200 (/api/health): $(median < "$WORK/start") ms   (target < 3000)"
echo "  cold start to first rendered page (/): $(median < "$WORK/page") ms"
echo "  hot deploy, copy to first 200:         $(median < "$WORK/deploy") ms   (target < 1000)"
echo "  undeploy, delete to first 404:         $(median < "$WORK/undeploy") ms"
echo "  resident memory after start:           $(median < "$WORK/rss") MB   (target < 300)"
echo "  resident memory after a deploy:        $(median < "$WORK/rss2") MB"
