# Shared by the benchmark scripts: build the app for a database, start it on a free loopback port, wait until it
# is ready, stop it. Sourced, not run. Everything listens on 127.0.0.1 only; nothing is fetched from elsewhere
# (the scheduler and the alert dispatcher are off while benchmarking).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
# The documented run configuration (config/jvm.options) unless OW_BENCH_HEAP names other heap options.
HEAP="${OW_BENCH_HEAP:-@$ROOT/config/jvm.options}"
# More JVM options for the app, split on spaces (e.g. OW_BENCH_JVM="-XX:+UseSerialGC").
read -r -a JVM_EXTRA <<< "${OW_BENCH_JVM:-}"
PG_BASE="${OW_BENCH_PG:-jdbc:postgresql://127.0.0.1:5432}"
APP_EXTRA=()

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# build_app h2|pg: package the app for that database unless target/ already holds that build of this commit.
build_app() {
  local db="$1" stamp="$ROOT/target/quarkus-app/.bench-build"
  # One Maven build at a time on a shared machine: wait for the others (flock on fd 9) when it is there, and only
  # then read what the tree holds, so that the stamp names what this build compiles, not what was there before
  # the wait.
  if command -v flock > /dev/null; then
    exec 9> /tmp/ow-mvn.lock
    flock 9
  fi
  # The build depends on src/ and pom.xml only: a commit that changes neither (bench/, README) keeps the jar.
  local want="$db $(git -C "$ROOT" rev-parse HEAD:src HEAD:pom.xml 2>/dev/null | paste -sd' ')$(git -C "$ROOT" status --porcelain -- src pom.xml | md5sum | cut -c1-8)"
  if [ ! -f "$JAR" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "building the app for $db ..." >&2
    local profile=()
    [ "$db" = pg ] && profile=(-Dquarkus.profile=pg)
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package "${profile[@]}") >&2
    echo "$want" > "$stamp"
  fi
  if command -v flock > /dev/null; then
    flock -u 9
    exec 9>&-
  fi
}

# pg_database NAME [fresh]: make sure the PostgreSQL database exists (dropped first when "fresh").
pg_database() {
  local name="$1"
  if [ "${2:-}" = fresh ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists "$name"
  fi
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
    || createdb -h 127.0.0.1 -U postgres "$name"
}

# start_app h2|pg DATA_DIR_OR_PG_DATABASE PORT LOG: start the jar in the background; sets APP_PID.
start_app() {
  local db="$1" where="$2" port="$3" log="$4"
  local args=("$HEAP" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -Dow.sources.schedule=false
    -Dow.alert.dispatch.enabled=false -Dquarkus.log.console.level=WARN)
  if [ "$db" = pg ]; then
    args+=(-Dquarkus.profile=pg "-Dquarkus.datasource.jdbc.url=$PG_BASE/$where" -Dquarkus.datasource.username=postgres)
  else
    args+=("-Dow.data-dir=$where")
  fi
  # Extra settings of one benchmark (a later -D wins over an earlier one).
  args+=("${JVM_EXTRA[@]}" "${APP_EXTRA[@]}")
  (cd "$ROOT" && exec java "${args[@]}" -jar "$JAR") > "$log" 2>&1 &
  APP_PID=$!
}

# wait_ready PORT [SECONDS]: poll /q/health/ready every 50 ms; prints the milliseconds it took.
wait_ready() {
  local port="$1" limit="${2:-120}" start end
  start=$(date +%s%N)
  while ! curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app stopped before it was ready" >&2
      return 1
    fi
    if [ $(( ($(date +%s%N) - start) / 1000000000 )) -ge "$limit" ]; then
      echo "the app was not ready after $limit s" >&2
      return 1
    fi
    sleep 0.05
  done
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}

# The packaged app's classpath, for the in-process harnesses (bench/*.java run with java -cp ... File.java).
app_classpath() {
  echo "$ROOT/target/quarkus-app/app/*:$ROOT/target/quarkus-app/lib/main/*"
}

# train_archive ARCHIVE: an AppCDS archive of the built jar (bench/appcds.sh says why and how it is used): one start
# on a throwaway H2 database with -XX:ArchiveClassesAtExit, the public pages asked once each, a clean stop.
train_archive() {
  local archive="$1" port app data
  rm -f "$archive"
  port=$(free_port)
  data=$(mktemp -d)
  APP_EXTRA=("-XX:ArchiveClassesAtExit=$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
  start_app h2 "$data" "$port" "$data/app.log"
  wait_ready "$port" 600 > /dev/null
  app="http://127.0.0.1:$port"
  local measure place
  read -r measure place < <(curl -sf "$app/api/measures?size=1" \
    | python3 -c 'import json, sys; m = json.load(sys.stdin)[0]; print(m["slug"], m["jurisdiction"])')
  for page in / "/j/$place" "/m/$measure" /api/measures /about /map /hearings /feeds/changes.atom /login; do
    curl -s -o /dev/null "$app$page" || true
  done
  stop_app
  APP_EXTRA=()
  if [ ! -s "$archive" ]; then
    echo "the JVM wrote no archive; its log:" >&2
    tail -20 "$data/app.log" >&2
    return 1
  fi
  rm -rf "$data"
}

rss_mb() {
  awk -v key="$2" '$1 == key":" { printf "%d", $2 / 1024 }' "/proc/$1/status"
}

# cpu_ms PID: processor time (user and system, every thread) the process has used so far, in milliseconds.
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"
}

machine() {
  echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
}
