#!/usr/bin/env bash
# Start-up and memory figures of the built server (called by ./onedoor bench).
# Starts the demo center twice on a fresh data directory (first start: empty database + demo data;
# second start: existing data), and reports time from launch to the first HTTP 200 of
# /api/v1/health and the resident memory of the JVM and of the embedded MariaDB.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=server/app/target/onedoor.jar
PORT=${BENCH_PORT:-18080}
DATA=$(mktemp -d "${TMPDIR:-/tmp}/onedoor-bench-XXXXXX")
LOG=$DATA/server.log
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT

now_ms() { date +%s%3N; }
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

start_once() {
  local label=$1 t0 code="" deadline
  t0=$(now_ms)
  java ${JAVA_OPTS:-} -jar "$JAR" --demo --port="$PORT" --data-dir="$DATA" >>"$LOG" 2>&1 &
  PID=$!
  deadline=$(( t0 + 180000 ))
  until [ "$code" = 200 ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/health" || true)
    [ "$(now_ms)" -lt "$deadline" ] || { echo "no HTTP 200 within 180 s; log: $LOG" >&2; tail -20 "$LOG" >&2; exit 1; }
    kill -0 "$PID" 2>/dev/null || { echo "server exited; log:" >&2; tail -20 "$LOG" >&2; exit 1; }
  done
  local ready=$(( $(now_ms) - t0 ))
  # one page of each kind, so the figure is memory after real use rather than after boot only
  for path in "/kiosk?device=demo-kiosk-1" "/display?device=demo-board-1" "/login" "/api/v1/centers"; do
    curl -s -o /dev/null "http://127.0.0.1:$PORT$path"
  done
  local db_pid
  db_pid=$(pgrep -f "mariadbd.*$(basename "$DATA")" | head -1 || true)
  printf '| %-32s | %8s ms | %8s MiB | %8s MiB |\n' "$label" "$ready" "$(rss_mib "$PID")" \
    "$( [ -n "$db_pid" ] && rss_mib "$db_pid" || echo '?')"
  kill "$PID"
  wait "$PID" 2>/dev/null || true
}

echo "OneDoor bench — $(date -u +%Y-%m-%dT%H:%MZ) — $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
printf '| %-32s | %11s | %12s | %12s |\n' "start" "first 200" "JVM RSS" "MariaDB RSS"
printf '|%s|%s|%s|%s|\n' "----------------------------------" "-------------" "--------------" "--------------"
start_once "first start (creates demo data)"
start_once "restart (data kept)"
