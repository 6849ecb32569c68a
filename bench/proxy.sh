#!/usr/bin/env bash
# Side-by-side proxy benchmark, loopback only: direct to nginx vs through ConsentLens (detection on, a profile
# loaded, findings stored) vs through mitmdump, in one run. Prints req/s, p50 and p99 latency and the ratios
# ConsentLens/mitmdump and ConsentLens/direct, then the latency ConsentLens adds at low load and the heap and
# RSS of 1,000 idle client connections. Run by hand as root (it installs hey, mitmproxy and nginx from
# Debian when missing and binds nginx to 127.0.0.1:443). Usage: bench/proxy.sh [duration, default 8s]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DUR="${1:-8s}"
CONC="${CONC:-20}"
CL_PORT=18080
MITM_PORT=18081
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

missing=()
command -v hey >/dev/null || missing+=(hey)
command -v mitmdump >/dev/null || missing+=(mitmproxy)
command -v nginx >/dev/null || missing+=(nginx)
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from Debian…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

work="$(mktemp -d /tmp/consentlens-bench.XXXXXX)"
chmod 755 "$work"   # nginx workers do not run as root: they must read www/
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

# --- upstream: nginx HTTPS on 127.0.0.1:443 (port 443 so URLs carry no port: see perf-notes on hey's SNI)
mkdir -p "$work/www" "$work/logs"
head -c 1024 /dev/urandom | base64 -w0 | head -c 1024 > "$work/www/1k.txt"
head -c 65536 /dev/urandom > "$work/www/64k.bin"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -addext subjectAltName=DNS:localhost \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 8192; }
http {
  access_log off;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:443 ssl;
    ssl_certificate $work/cert.pem;
    ssl_certificate_key $work/key.pem;
    root $work/www;
    location = /collect { client_body_buffer_size 64k; return 200 '{"code":0}'; }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work"

# --- a 2 KiB JSON body carrying the profile's identifiers (IMEI, OAID, MAC) among ordinary fields
python3 - "$work/body.json" <<'PY'
import json, sys
body = {"header": {"imei": "867530012345672", "oaid": "6f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f",
        "mac": "AC:37:43:12:34:56", "app": "com.example.shop", "ts": 1763883662123},
        "events": [{"id": i, "name": "page_view", "page": "/item/%d" % i, "dur": 1200 + i} for i in range(40)]}
s = json.dumps(body)
while len(s) < 2048:
    body["events"].append({"id": 99, "name": "tick"}); s = json.dumps(body)
open(sys.argv[1], "w").write(s[:4096])
PY

# --- the proxies
echo "building ConsentLens if needed…" >&2
"$here/consentlens" --version >/dev/null
CONSENTLENS_JAVA_OPTS="${CONSENTLENS_JAVA_OPTS:--Xmx256m}" "$here/consentlens" run --headless --bind 127.0.0.1 \
  --port "$CL_PORT" --data-dir "$work/cl" --session bench --insecure-upstream \
  --profile "$here/bench/profile.json" > "$work/consentlens.log" 2>&1 &
pids+=($!); CL_PID=$!
mitmdump --listen-host 127.0.0.1 -p "$MITM_PORT" --ssl-insecure -q --set confdir="$work/mitm" > "$work/mitm.log" 2>&1 &
pids+=($!)
for port in "$CL_PORT" "$MITM_PORT"; do
  for _ in $(seq 1 120); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.5; done
done
sleep 2

# --- measure: hey prints "Requests/sec:", and "50% in X secs" / "99% in X secs"
declare -A RPS P50 P99
measure() { # key proxy-flag extra-args url
  local key=$1 proxy=$2 extra=$3 url=$4 out
  out="$(hey -z "$DUR" -c "$CONC" $proxy $extra "$url" 2>&1)" || true
  if echo "$out" | grep -q "Status code distribution" && ! echo "$out" | grep -qE "^\s+\[200\]"; then
    echo "warning: $key got no 200 responses:"; echo "$out" | grep -A3 "Status code distribution"
  fi
  RPS[$key]=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  P50[$key]=$(echo "$out" | awk '/ 50% in/ {printf "%.2f", $3*1000}')
  P99[$key]=$(echo "$out" | awk '/ 99% in/ {printf "%.2f", $3*1000}')
  [ -n "${RPS[$key]}" ] || { echo "hey failed for $key:"; echo "$out" | tail -5; RPS[$key]=0; }
}
workloads=("ka1k|1 KiB GET keep-alive||https://localhost/1k.txt"
           "new1k|1 KiB GET new connection|-disable-keepalive|https://localhost/1k.txt"
           "ka64k|64 KiB GET keep-alive||https://localhost/64k.bin"
           "post2k|2 KiB JSON POST with identifiers|-m POST -T application/json -D $work/body.json|https://localhost/collect")
for w in "${workloads[@]}"; do
  IFS='|' read -r key label extra url <<<"$w"
  echo "measuring $label…" >&2
  measure "$key.direct" "" "$extra" "$url"
  measure "$key.cl" "-x http://127.0.0.1:$CL_PORT" "$extra" "$url"
  measure "$key.mitm" "-x http://127.0.0.1:$MITM_PORT" "$extra" "$url"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo
echo "ConsentLens proxy benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, hey -z $DUR -c $CONC"
printf "%-34s %10s %10s %10s   %8s %8s %8s   %8s %8s %8s   %9s %9s\n" workload "direct" "ConsentL" "mitmdump" \
  "p50 dir" "p50 CL" "p50 mitm" "p99 dir" "p99 CL" "p99 mitm" "CL/mitm" "CL/direct"
for w in "${workloads[@]}"; do
  IFS='|' read -r key label _ _ <<<"$w"
  printf "%-34s %10s %10s %10s   %8s %8s %8s   %8s %8s %8s   %9s %9s\n" "$label (req/s, ms)" \
    "${RPS[$key.direct]}" "${RPS[$key.cl]}" "${RPS[$key.mitm]}" \
    "${P50[$key.direct]}" "${P50[$key.cl]}" "${P50[$key.mitm]}" \
    "${P99[$key.direct]}" "${P99[$key.cl]}" "${P99[$key.mitm]}" \
    "$(ratio "${RPS[$key.cl]}" "${RPS[$key.mitm]}")" "$(ratio "${RPS[$key.cl]}" "${RPS[$key.direct]}")"
done

# --- latency added at low load: one client, 50 requests/s, keep-alive
low() { hey -n 1000 -c 1 -q 50 $1 https://localhost/1k.txt 2>&1 | awk '/ 50% in/ {printf "%.3f", $3*1000}' || true; }
d=$(low ""); c=$(low "-x http://127.0.0.1:$CL_PORT")
echo
echo "low load (1 client, 50 req/s): p50 direct ${d} ms, through ConsentLens ${c} ms, added $(awk -v a="$c" -v b="$d" 'BEGIN{printf "%.3f", a-b}') ms"

# --- 1,000 idle client connections (CONNECT + TLS handshake with our certificate, then idle)
heap_used() { jcmd "$CL_PID" GC.run >/dev/null 2>&1; sleep 1; jcmd "$CL_PID" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,","",v); print int(v/1024); exit}}'; }
rss() { ps -o rss= -p "$CL_PID" | awk '{print int($1/1024)}'; }
h0=$(heap_used); r0=$(rss)
python3 "$here/bench/idle_connections.py" 1000 "$CL_PORT" 25 > "$work/idle.log" 2>&1 &
idle=$!
for _ in $(seq 1 60); do grep -q '^open' "$work/idle.log" 2>/dev/null && break; sleep 0.5; done
h1=$(heap_used); r1=$(rss)
kill "$idle" 2>/dev/null || true
echo "1,000 idle connections ($(head -1 "$work/idle.log")): heap used ${h0} -> ${h1} MiB (max heap -Xmx256m), RSS ${r0} -> ${r1} MiB"
echo
echo "ConsentLens stored $(grep -o 'findings=[0-9]*' "$work/consentlens.log" | tail -1 || true) during the run; logs in $work"
trap - EXIT
cleanup
