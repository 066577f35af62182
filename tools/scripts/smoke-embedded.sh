#!/usr/bin/env bash
# Start-up smoke test of `npm start` on the embedded database: a fresh data
# folder, the demo seed, the portal and the API answering, then a clean stop.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(mktemp -d)
port=3199
log="$data/start.log"
# Its own process group, so that stopping it stops npm, the start script and the API alike.
DATA_DIR="$data" PORT=$port setsid npm start >"$log" 2>&1 &
pid=$!
trap 'kill -TERM -- -$pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/readyz"
# Read whole answers first: `curl | grep -q` can fail under pipefail when grep exits early.
page=$(curl -sf -H 'accept: text/html' "http://127.0.0.1:$port/t/meuse")
grep -q '<div id="root">' <<<"$page"
summary=$(curl -sf -H 'x-tenant: landes' "http://127.0.0.1:$port/trpc/territory.summary")
grep -q '"Landes"' <<<"$summary"
grep -q 'Demo accounts' "$log"
kill -TERM -- -$pid
wait $pid || true
echo "embedded smoke test passed"
