#!/usr/bin/env bash
# Start-up time (launch of `java -jar` to /q/health/ready answering 200, polled every 50 ms), the processor time
# the JVM used until then (all threads: on a shared machine it moves less than the wall time) and resident memory
# when ready: RUNS starts each with the seed data (a fresh database first, so that start also creates the schema
# and imports the seed; it is reported apart) and, when bench/generate.sh has filled it, the full dataset. With
# --cds the same starts are measured again with an AppCDS archive trained for this jar (bench/appcds.sh).
#
#   bench/startup.sh                    # embedded H2
#   bench/startup.sh --db pg            # PostgreSQL (owbench_seed, recreated, and owbench)
#   bench/startup.sh --runs 5 --cds     # more starts; also with the class data archive
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB=h2 RUNS=3 CDS=
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --cds) CDS=1; shift ;;
    *) echo "usage: $0 [--db h2|pg] [--runs N] [--cds]" >&2; exit 2 ;;
  esac
done
WORK=$(mktemp -d)
trap 'stop_app; rm -rf "$WORK"' EXIT
build_app "$DB"

# measure WHERE: prints "milliseconds cpu-milliseconds rss-mb" for one start.
measure() {
  local port ms cpu rss
  port=$(free_port)
  start_app "$DB" "$1" "$port" "$WORK/app.log"
  ms=$(wait_ready "$port" 300)
  cpu=$(cpu_ms "$APP_PID")
  rss=$(rss_mb "$APP_PID" VmRSS)
  stop_app
  echo "$ms $cpu $rss"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# row LABEL TIMES CPUS RSS: one table row; each argument a space-separated list.
row() {
  local times cpus rss
  times=$(tr ' ' '\n' <<< "$2") cpus=$(tr ' ' '\n' <<< "$3") rss=$(tr ' ' '\n' <<< "$4")
  echo "| $1 | $(sort -n <<< "$times" | head -1) | $(median <<< "$times") | $(paste -sd/ <<< "$times") |" \
    "$(median <<< "$cpus") | $(median <<< "$rss") |"
}

# series LABEL WHERE [N]: N starts (RUNS by default).
series() {
  local times=() cpus=() rss=()
  for _ in $(seq 1 "${3:-$RUNS}"); do
    read -r t c r < <(measure "$2")
    times+=("$t"); cpus+=("$c"); rss+=("$r")
  done
  row "$1" "${times[*]}" "${cpus[*]}" "${rss[*]}"
}

# all LABEL-SUFFIX: the seed (first start on a fresh database, then RUNS more) and the full dataset.
all() {
  rm -rf "$WORK/data"
  [ "$DB" = pg ] && pg_database owbench_seed fresh
  series "seed, first start (schema and seed import)$1" "$SEED" 1
  series "seed, later starts$1" "$SEED"
  if [ "${HAVE_FULL:-0}" -ge 10000 ]; then
    series "full (bench/generate.sh)$1" "$FULL"
  else
    echo "| full$1 | not measured: run bench/generate.sh${DB:+ --db $DB} first | | | | |"
  fi
}

if [ "$DB" = pg ]; then
  SEED=owbench_seed FULL=owbench
  HAVE_FULL=$(psql -h 127.0.0.1 -U postgres -d owbench -tAc "SELECT count(*) FROM measure" 2>/dev/null || echo 0)
else
  SEED="$WORK/data" FULL="$(cd "$ROOT" && cd "${OW_DATA_DIR:-./data}" 2>/dev/null && pwd || echo none)"
  HAVE_FULL=0
  [ -f "$FULL/ordinance-watch.mv.db" ] && HAVE_FULL=10000
fi

mkdir -p "$ROOT/bench/results"
REPORT="$ROOT/bench/results/startup-$DB-$(date +%Y-%m-%d)${CDS:+-cds}.md"
{
  echo "### Start-up: $DB, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(machine), load average $(cut -d' ' -f1-3 /proc/loadavg) before the first start. Heap $HEAP."
  echo "Launch of \`java -jar\` to the first 200 from /q/health/ready; CPU is the JVM's processor time until then."
  echo
  echo "| data | min ms | median ms | each run ms | median CPU ms | median RSS MB |"
  echo "|---|---|---|---|---|---|"
  all ""
  if [ -n "$CDS" ]; then
    train_archive "$WORK/app-cds.jsa"
    APP_EXTRA=("-XX:SharedArchiveFile=$WORK/app-cds.jsa")
    all ", AppCDS"
    APP_EXTRA=()
  fi
  echo
  echo "Targets: under 3 s with the seed data, under 5 s at full size."
} | tee "$REPORT"
