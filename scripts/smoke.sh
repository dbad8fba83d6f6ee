#!/usr/bin/env bash
# Smoke test of the shipped jar with its own runtime classpath (the unit and integration tests run
# on the test classpath, which once hid a missing runtime library): start the demo on a fresh data
# directory, check health, a screen, the API and the event stream; then stop it with SIGTERM and
# with kill -9 and start it again each time, from a working directory under /tmp with the data
# directory given relative to it (the form in which a restart once wiped the database).
# Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
JAR=$PWD/server/app/target/onedoor.jar
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18999)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/onedoor-smoke-XXXXXX")
LOG=$WORK/server.log
BASE=http://127.0.0.1:$PORT
PID=
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
passed=0; failed=0
check() { if eval "$2"; then passed=$((passed+1)); echo "smoke: ok   $1"; else failed=$((failed+1)); echo "smoke: FAIL $1"; fi; }

start() {
  (cd "$WORK" && exec java -jar "$JAR" --demo --port="$PORT" --data-dir=data >>"$LOG" 2>&1) &
  PID=$!
  local deadline=$(( $(date +%s) + 120 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/health")" = 200 ]; do
    if [ "$(date +%s)" -ge "$deadline" ] || ! kill -0 "$PID" 2>/dev/null; then
      echo "smoke: the jar did not answer /api/v1/health; log:"; tail -30 "$LOG"; echo "$passed passed, $((failed+1)) failed"; exit 1
    fi
  done
}

stop() { kill "-$1" "$PID"; wait "$PID" 2>/dev/null; }

start
check "health is UP with MariaDB" '[[ "$(curl -s "$BASE/api/v1/health")" == *"\"status\":\"UP\""*"MariaDB"* ]]'
check "kiosk page is served" '[ "$(curl -s -o /dev/null -w "%{http_code}" "$BASE/kiosk?device=demo-kiosk-1")" = 200 ]'
check "push script is served" '[ "$(curl -s -o /dev/null -w "%{http_code}" "$BASE/VAADIN/static/push/vaadinPush-min.js")" = 200 ]'
check "a file of the machine is not served" '[ "$(curl -s -o /dev/null -w "%{http_code}" "$BASE/etc/hostname")" = 404 ]'
check "a kiosk issues a ticket" '[[ "$(curl -s -XPOST "$BASE/api/v1/centers/1/tickets" -H "Authorization: Bearer demo-kiosk-1" -H "Content-Type: application/json" -d "{\"serviceGroupId\":1}")" == *"\"number\":\"A-0001\""* ]]'
check "the event stream answers" '[[ "$(curl -s -N --max-time 3 "$BASE/api/v1/centers/1/events" -H "Authorization: Bearer demo-kiosk-1" | head -1)" == ": connected"* ]]'
check "the OpenAPI document is served" '[ "$(curl -s -o /dev/null -w "%{http_code}" "$BASE/api/v1/openapi.yml")" = 200 ]'
# Dossiers: the receipt needs PDFBox, ZXing and the bundled fonts on the jar's own classpath.
OFFICER=$(curl -s -XPOST "$BASE/api/v1/auth/login" -H "Content-Type: application/json" -d '{"username":"officer1","password":"demo"}' | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
CODE=$(curl -s -XPOST "$BASE/api/v1/dossiers" -H "Authorization: Bearer $OFFICER" -H "Content-Type: application/json" -d '{"procedureId":1,"applicant":{"name":"Nguyễn Văn An","idNumber":"079123456789"}}' | sed -n 's/.*"code":"\([^"]*\)".*/\1/p')
check "an officer receives a dossier" '[[ "$CODE" =~ ^000\.00\.03\.H39-[0-9]{6}-0001$ ]]'
check "its receipt is a PDF" '[ "$(curl -s -H "Authorization: Bearer $OFFICER" "$BASE/api/v1/dossiers/$CODE/receipt.pdf" | head -c 5)" = "%PDF-" ]'
check "the public lookup masks the applicant" '[[ "$(curl -s "$BASE/api/v1/lookup/$CODE")" == *"N***** V** A*"* ]]'

for signal in TERM KILL; do
  stop "$signal"
  start
  check "after SIG$signal the ticket is still there" '[[ "$(curl -s "$BASE/api/v1/tickets/1" -H "Authorization: Bearer demo-kiosk-1")" == *"\"number\":\"A-0001\""* ]]'
  check "after SIG$signal the dossier is still there" '[ "$(curl -s -o /dev/null -w "%{http_code}" "$BASE/api/v1/lookup/$CODE")" = 200 ]'
  check "after SIG$signal the demo was not loaded again" '[ "$(grep -c "Loaded the demo center" "$LOG")" = 1 ]'
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
