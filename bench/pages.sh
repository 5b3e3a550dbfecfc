#!/usr/bin/env bash
# Pages under load, against nginx serving the very same bytes from a file in the same run: wrk (2 threads,
# 64 connections) on the dashboard, a jurisdiction page, a measure page and the first page of /api/measures,
# alternating app and nginx for each page, twice. Prints and saves a table of throughput ratios, p99 latency,
# non-2xx answers and the app's memory.
#
#   bench/pages.sh                       # embedded H2, seed data only (a fresh database in a temporary folder)
#   bench/pages.sh --size full           # H2 with the generated data in ./data (run bench/generate.sh first)
#   bench/pages.sh --db pg --size full   # PostgreSQL "owbench" (bench/generate.sh --db pg first)
#   options: --duration SECONDS (10) --rounds N (2) --connections N (64)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB=h2 SIZE=seed DURATION=10 ROUNDS=2 CONNECTIONS=64
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --size) SIZE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    *) echo "usage: $0 [--db h2|pg] [--size seed|full] [--duration S] [--rounds N] [--connections N]" >&2; exit 2 ;;
  esac
done
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx is missing: apt-get install -y nginx-light" >&2; exit 1; }

WORK=$(mktemp -d)
NGINX_PID=
cleanup() {
  stop_app
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

build_app "$DB"
if [ "$DB" = pg ]; then
  if [ "$SIZE" = seed ]; then WHERE=owbench_seed; pg_database "$WHERE" fresh; else WHERE=owbench; fi
else
  if [ "$SIZE" = seed ]; then WHERE="$WORK/data"; else WHERE="$(cd "$ROOT" && cd "${OW_DATA_DIR:-./data}" && pwd)"; fi
fi

APP_PORT=$(free_port)
start_app "$DB" "$WHERE" "$APP_PORT" "$WORK/app.log"
STARTUP_MS=$(wait_ready "$APP_PORT" 300)
APP="http://127.0.0.1:$APP_PORT"
TOTAL=$(curl -sf -D - -o /dev/null "$APP/api/measures?size=1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" {print $2}')
if [ "$SIZE" = full ] && [ "${TOTAL:-0}" -lt 10000 ]; then
  echo "only $TOTAL measures here: run bench/generate.sh${DB:+ --db $DB} first" >&2
  exit 1
fi
read -r MEASURE PLACE < <(curl -sf "$APP/api/measures?size=1&page=$(( (${TOTAL:-1} + 1) / 2 ))" \
  | python3 -c 'import json, sys; m = json.load(sys.stdin)[0]; print(m["slug"], m["jurisdiction"])')
PAGES=("/" "/j/$PLACE" "/m/$MEASURE" "/api/measures")

# nginx serves each page's exact bytes with the same Content-Type.
mkdir -p "$WORK/www" "$WORK/nginx"
NGINX_PORT=$(free_port)
{
  echo "daemon off; worker_processes auto; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx;"
  echo "  fastcgi_temp_path $WORK/nginx; uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;"
  echo "  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www;"
  for i in "${!PAGES[@]}"; do
    type=$(curl -sf -D "$WORK/h$i" -o "$WORK/www/p$i" "$APP${PAGES[$i]}" && tr -d '\r' < "$WORK/h$i" \
      | awk -F': ' 'tolower($1) == "content-type" {print $2}')
    echo "    location = /p$i { default_type \"$type\"; }"
  done
  echo "  }"
  echo "}"
} > "$WORK/nginx/nginx.conf"
"$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
sleep 0.5

# run_wrk URL: prints "requests/s p99-ms non-2xx-or-errors"
run_wrk() {
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" 2>&1)
  echo "$out" | awk '
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); p99 = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); p99 = v }
                   else if (v ~ /s$/) { sub(/s$/, "", v); p99 = v * 1000 } }
    /Non-2xx or 3xx responses:/ { bad += $5 }
    /Socket errors:/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.1f %d\n", rps, p99, bad }'
}

# The JVM compiles its hot paths in the first seconds: warm every page up before anything is measured.
for page in "${PAGES[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d5s "$APP$page" > /dev/null
done

declare -A APP_RPS NGX_RPS APP_P99 NGX_P99 APP_BAD
for i in "${!PAGES[@]}"; do APP_RPS[$i]=0; NGX_RPS[$i]=0; APP_P99[$i]=0; NGX_P99[$i]=0; APP_BAD[$i]=0; done
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!PAGES[@]}"; do
    read -r r p b < <(run_wrk "http://127.0.0.1:$NGINX_PORT/p$i")
    NGX_RPS[$i]=$(( ${NGX_RPS[$i]} + r )); NGX_P99[$i]=$(python3 -c "print(max(${NGX_P99[$i]}, $p))")
    read -r r p b < <(run_wrk "$APP${PAGES[$i]}")
    APP_RPS[$i]=$(( ${APP_RPS[$i]} + r )); APP_P99[$i]=$(python3 -c "print(max(${APP_P99[$i]}, $p))")
    APP_BAD[$i]=$(( ${APP_BAD[$i]} + b ))
    echo "round $round ${PAGES[$i]}: app $r req/s p99 $p ms, $b non-2xx or errors" >&2
  done
done
RSS=$(rss_mb "$APP_PID" VmRSS) HWM=$(rss_mb "$APP_PID" VmHWM)

mkdir -p "$ROOT/bench/results"
REPORT="$ROOT/bench/results/pages-$DB-$SIZE-$(date +%Y-%m-%d).md"
{
  echo "### Pages under load: $DB, $SIZE data ($TOTAL measures), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(machine). wrk -t2 -c$CONNECTIONS -d${DURATION}s, $ROUNDS interleaved rounds per page after a 5 s"
  echo "warm-up of each; nginx serves the same bytes from a file. App heap $HEAP; ready $STARTUP_MS ms after launch; RSS after the load $RSS MB (peak $HWM MB)."
  echo
  echo "| page | bytes | app req/s | nginx req/s | app / nginx | app p99 ms | nginx p99 ms | non-2xx + errors | target |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for i in "${!PAGES[@]}"; do
    bytes=$(stat -c %s "$WORK/www/p$i")
    ratio=$(python3 -c "print(f'{${APP_RPS[$i]} / max(1, ${NGX_RPS[$i]}):.2f}')")
    if [ "$i" = 0 ]; then target="≥ 0.5, p99 < 50 ms, 0 errors"; else target="≥ 0.5"; fi
    echo "| \`${PAGES[$i]}\` | $bytes | $(( ${APP_RPS[$i]} / ROUNDS )) | $(( ${NGX_RPS[$i]} / ROUNDS )) | $ratio | ${APP_P99[$i]} | ${NGX_P99[$i]} | ${APP_BAD[$i]} | $target |"
  done
  echo
  echo "RSS target: under 512 MB (measured $RSS MB, peak $HWM MB)."
} | tee "$REPORT"
echo "saved to ${REPORT#$ROOT/}" >&2
