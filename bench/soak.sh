#!/usr/bin/env bash
# Soak: the packaged jar under mixed traffic (bench/soak.lua: pages, API, feeds, calendar, search, CSV export and
# subscribe POSTs) for --minutes minutes, one wrk run of a minute at a time, with the app's resident memory sampled
# every 5 s. Counts every answer by status: anything but 2xx/3xx is an error, except 429 from subscribe (its
# per-client rate limit, expected). Memory is flat when the last minute's RSS is close to the first's.
#
#   bench/soak.sh                         # 10 minutes, embedded H2 with the seed data in a temporary folder
#   options: --minutes N (10) --connections N (16) --size seed|full (full: ./data from bench/generate.sh)
#            --nmt: also run the JVM with native memory tracking and add its committed figures (heap, code,
#            metaspace, GC, threads, other) at the end of each minute, to tell heap growth from native growth
set -euo pipefail
source "$(dirname "$0")/lib.sh"

MINUTES=10 CONNECTIONS=16 SIZE=seed NMT=
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --size) SIZE="$2"; shift 2 ;;
    --nmt) NMT=1; shift ;;
    *) echo "usage: $0 [--minutes N] [--connections N] [--size seed|full] [--nmt]" >&2; exit 2 ;;
  esac
done
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

WORK=$(mktemp -d)
SAMPLER_PID=
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  stop_app
  rm -rf "$WORK"
}
trap cleanup EXIT
build_app h2
if [ "$SIZE" = full ]; then WHERE="$(cd "$ROOT" && cd "${OW_DATA_DIR:-./data}" && pwd)"; else WHERE="$WORK/data"; fi
PORT=$(free_port)
[ -n "$NMT" ] && APP_EXTRA=(-XX:NativeMemoryTracking=summary)
start_app h2 "$WHERE" "$PORT" "$WORK/app.log"
STARTUP_MS=$(wait_ready "$PORT" 300)
APP="http://127.0.0.1:$PORT"
read -r SOAK_MEASURE SOAK_PLACE < <(curl -sf "$APP/api/measures?size=1" \
  | python3 -c 'import json, sys; m = json.load(sys.stdin)[0]; print(m["slug"], m["jurisdiction"])')
export SOAK_MEASURE SOAK_PLACE

# RSS every 5 s: "seconds-since-start rss-mb"
T0=$(date +%s)
( while kill -0 "$APP_PID" 2>/dev/null; do echo "$(( $(date +%s) - T0 )) $(rss_mb "$APP_PID" VmRSS)"; sleep 5; done ) > "$WORK/rss" &
SAMPLER_PID=$!

# nmt_committed PID: committed MB of the heap, code, metaspace, GC, threads and the rest, from native memory tracking.
nmt_committed() {
  jcmd "$1" VM.native_memory summary scale=MB 2>/dev/null | awk '
    /^-/ { name = $0; sub(/^- */, "", name); sub(/ *\(reserved.*/, "", name); if (match($0, /committed=[0-9]+MB/)) c[name] = substr($0, RSTART + 10, RLENGTH - 12) }
    /^Total:/ { if (match($0, /committed=[0-9]+MB/)) total = substr($0, RSTART + 10, RLENGTH - 12) }
    END { other = total - c["Java Heap"] - c["Code"] - c["Metaspace"] - c["GC"] - c["Thread"] - c["Class"]
          printf "%d / %d / %d / %d / %d / %d", c["Java Heap"], c["Code"], c["Metaspace"] + c["Class"], c["GC"], c["Thread"], other }'
}

declare -A TOTAL
ROWS=()
REQUESTS=0 ERRORS=0
for minute in $(seq 1 "$MINUTES"); do
  out=$(wrk -t2 -c"$CONNECTIONS" -d60s --latency -s "$ROOT/bench/soak.lua" "$APP" 2>&1)
  status=$(echo "$out" | awk '/^STATUS/ { $1 = ""; print }')
  read -r req secs sockerr p99 < <(echo "$out" | awk '/^SUMMARY/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    print v["requests"], v["seconds"], v["errors"], v["p99ms"] }')
  bad=0
  for kv in $status; do
    code=${kv%%=*} n=${kv#*=}
    TOTAL[$code]=$(( ${TOTAL[$code]:-0} + n ))
    case "$code" in 2??|3??|429) ;; *) bad=$(( bad + n )) ;; esac
  done
  bad=$(( bad + sockerr ))
  rss=$(rss_mb "$APP_PID" VmRSS)
  [ -n "$NMT" ] && rss="$rss | $(nmt_committed "$APP_PID")"
  REQUESTS=$(( REQUESTS + req )) ERRORS=$(( ERRORS + bad ))
  ROWS+=("| $minute | $(python3 -c "print(f'{$req / $secs:.0f}')") | $p99 | $bad | $rss | $status |")
  echo "minute $minute: $req requests, $bad errors, RSS $rss MB ($status)" >&2
done
HWM=$(rss_mb "$APP_PID" VmHWM)
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=
read -r FIRST LAST < <(awk -v m="$MINUTES" '$1 >= 0 && $1 < 60 { f += $2; nf++ } $1 >= (m - 1) * 60 && $1 < m * 60 { l += $2; nl++ }
  END { printf "%d %d\n", nf ? f / nf : 0, nl ? l / nl : 0 }' "$WORK/rss")
APP_ERRORS=$(grep -cE ' ERROR ' "$WORK/app.log" || true)
CODES=$(for k in "${!TOTAL[@]}"; do echo "$k: ${TOTAL[$k]}"; done | sort | paste -sd, | sed 's/,/, /g')

mkdir -p "$ROOT/bench/results"
REPORT="$ROOT/bench/results/soak-$SIZE-$(date +%Y-%m-%d).md"
{
  echo "### Soak: $MINUTES minutes of mixed traffic, H2, $SIZE data, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(machine). App heap $HEAP${OW_BENCH_JVM:+, JVM options $OW_BENCH_JVM}${MALLOC_ARENA_MAX:+, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX}, ready in $STARTUP_MS ms. wrk -t2 -c$CONNECTIONS, one run a minute, bench/soak.lua:"
  echo "dashboard, place, measure, API (lists and one), Atom feeds, hearings and its calendar, map, about, sources,"
  echo "coverage, search, CSV export, subscribe form and subscribe POSTs in rotation."
  echo
  if [ -n "$NMT" ]; then
    echo "| minute | req/s | p99 ms | errors | RSS MB at end | committed MB: heap / code / metaspace+class / GC / threads / other | answers by status |"
    echo "|---|---|---|---|---|---|---|"
  else
    echo "| minute | req/s | p99 ms | errors | RSS MB at end | answers by status |"
    echo "|---|---|---|---|---|---|"
  fi
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "**$REQUESTS requests, $ERRORS errors** (anything but 2xx/3xx, and socket errors; 429 is the subscribe rate limit and"
  echo "expected). All answers: $CODES. ERROR lines in the app log: $APP_ERRORS."
  echo "**RSS first minute $FIRST MB, last minute $LAST MB** (mean of 5 s samples; peak $HWM MB). Targets: 0 errors, flat memory."
} | tee "$REPORT"
echo "saved to ${REPORT#$ROOT/}" >&2
