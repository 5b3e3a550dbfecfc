#!/usr/bin/env bash
# Start-up time (launch to /q/health/ready answering 200, polled every 50 ms) and resident memory when ready,
# median of 3 starts, with the seed data (a fresh database, so the first start also creates the schema and imports
# the seed; that start is reported apart) and, when bench/generate.sh has filled it, the full dataset.
#
#   bench/startup.sh              # embedded H2
#   bench/startup.sh --db pg      # PostgreSQL (owbench_seed, recreated, and owbench)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB=h2 RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "usage: $0 [--db h2|pg] [--runs N]" >&2; exit 2 ;;
  esac
done
WORK=$(mktemp -d)
trap 'stop_app; rm -rf "$WORK"' EXIT
build_app "$DB"

# measure WHERE: prints "milliseconds rss-mb" for one start.
measure() {
  local port ms rss
  port=$(free_port)
  start_app "$DB" "$1" "$port" "$WORK/app.log"
  ms=$(wait_ready "$port" 300)
  rss=$(rss_mb "$APP_PID" VmRSS)
  stop_app
  echo "$ms $rss"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# series LABEL WHERE: RUNS starts, median time and memory.
series() {
  local times=() rss=()
  for _ in $(seq 1 "$RUNS"); do
    read -r t r < <(measure "$2")
    times+=("$t"); rss+=("$r")
  done
  echo "| $1 | $(printf '%s\n' "${times[@]}" | median) | $(printf '%s\n' "${times[@]}" | paste -sd/) | $(printf '%s\n' "${rss[@]}" | median) |"
}

if [ "$DB" = pg ]; then
  pg_database owbench_seed fresh
  SEED=owbench_seed FULL=owbench
  HAVE_FULL=$(psql -h 127.0.0.1 -U postgres -d owbench -tAc "SELECT count(*) FROM measure" 2>/dev/null || echo 0)
else
  SEED="$WORK/data" FULL="$(cd "$ROOT" && cd "${OW_DATA_DIR:-./data}" 2>/dev/null && pwd || echo none)"
  HAVE_FULL=0
  [ -f "$FULL/ordinance-watch.mv.db" ] && HAVE_FULL=10000
fi

mkdir -p "$ROOT/bench/results"
REPORT="$ROOT/bench/results/startup-$DB-$(date +%Y-%m-%d).md"
{
  echo "### Start-up: $DB, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(machine). Heap $HEAP. Launch of \`java -jar\` to the first 200 from /q/health/ready."
  echo
  echo "| data | median ms | each run ms | median RSS MB |"
  echo "|---|---|---|---|"
  read -r first first_rss < <(measure "$SEED")
  echo "| seed, first start (schema and seed import) | $first | $first | $first_rss |"
  series "seed, later starts" "$SEED"
  if [ "${HAVE_FULL:-0}" -ge 10000 ]; then
    series "full (bench/generate.sh)" "$FULL"
  else
    echo "| full | not measured: run bench/generate.sh${DB:+ --db $DB} first | | |"
  fi
  echo
  echo "Targets: under 3 s with the seed data, under 5 s at full size."
} | tee "$REPORT"
