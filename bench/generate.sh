#!/usr/bin/env bash
# Fills a database with the full synthetic dataset (2,000 places, 10,000 measures, 50,000 meetings, 500,000 agenda
# items, 100,000 subscribers) for benchmarks and for browsing at scale. Repeatable: the same rows every run, and
# the rows of an earlier run are replaced.
#
#   bench/generate.sh                 # the embedded H2 database the app uses by default (./data, or $OW_DATA_DIR)
#   bench/generate.sh --db pg         # PostgreSQL database "owbench" at 127.0.0.1:5432 (user postgres)
#   bench/generate.sh --scale 0.1     # a tenth of everything
#
# Then browse it: java @config/jvm.options -jar target/quarkus-app/quarkus-run.jar (H2), or see the README for PostgreSQL.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB=h2
SCALE=1
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --scale) SCALE="$2"; shift 2 ;;
    *) echo "usage: $0 [--db h2|pg] [--scale FACTOR]" >&2; exit 2 ;;
  esac
done

build_app "$DB"
if [ "$DB" = pg ]; then
  pg_database owbench
  WHERE=owbench
  URL="$PG_BASE/owbench?reWriteBatchedInserts=true"
  USER_NAME=postgres
else
  WHERE="$(cd "$ROOT" && mkdir -p "${OW_DATA_DIR:-./data}" && cd "${OW_DATA_DIR:-./data}" && pwd)"
  URL="jdbc:h2:file:$WHERE/ordinance-watch"
  USER_NAME=sa
fi

# The app creates the schema and imports the seed on its first start; start it once and stop it again.
PORT=$(free_port)
trap stop_app EXIT
start_app "$DB" "$WHERE" "$PORT" "$(mktemp)"
wait_ready "$PORT" > /dev/null
stop_app

echo "generating into $URL (scale $SCALE)"
java -cp "$(ls "$ROOT"/target/quarkus-app/lib/main/{com.h2database.h2,org.postgresql.postgresql}-*.jar | paste -sd:)" "$ROOT/bench/Generate.java" "$URL" "$USER_NAME" "" "$SCALE"
