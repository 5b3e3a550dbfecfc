#!/usr/bin/env bash
# Scrape cycle: N agenda sources (default 2,000), each its own host (sNNNN.bench.test, resolved to 127.0.0.1 by a
# hosts file given to the app's JVM only) and its own place, served by bench/fixture_server.py on loopback: a real
# corpus page (CivicPlus Agenda Center, Granicus ViewPublisher and Municode listings from ../shared/fixtures) with
# every absolute link rewritten to the source's host, 100 ms added to every response. The packaged jar (embedded H2 in a temporary
# folder) runs the scheduler's cycle over all of them; the cycle time (first source started to last source
# recorded, from the app's own source health) is compared with the bound the configuration allows:
# requests x latency / concurrency (ow.fetch.max-concurrency), or the parse CPU time from the latest
# bench/results/parse-*.md, whichever is larger. The app is then stopped, the database dumped, the app started
# again and a second cycle run over the unchanged pages: it should send conditional requests only, change no
# stored data and write no alert (the two dumps are compared table by table).
#
#   bench/scrape.sh                          # 2,000 sources
#   options: --sources N (2000) --latency-ms N (100) --max-pages N (1) --timeout SECONDS (3600)
#            --per-host-delay DURATION (the app's default, 1s) --concurrency N (the app's default, 4)
#            --workers N (ow.scrape.workers, the app's default, 32) --suffix NAME (report file scrape-N-DATE-NAME.md)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SOURCES=2000 LATENCY_MS=100 MAX_PAGES=1 TIMEOUT=3600 HOST_DELAY= CONCURRENCY=4 WORKERS= SUFFIX=
while [ $# -gt 0 ]; do
  case "$1" in
    --sources) SOURCES="$2"; shift 2 ;;
    --latency-ms) LATENCY_MS="$2"; shift 2 ;;
    --max-pages) MAX_PAGES="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --per-host-delay) HOST_DELAY="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --workers) WORKERS="$2"; shift 2 ;;
    --suffix) SUFFIX="-$2"; shift 2 ;;
    *) echo "usage: $0 [--sources N] [--latency-ms N] [--max-pages N] [--timeout S] [--per-host-delay D] [--concurrency N] [--workers N] [--suffix NAME]" >&2; exit 2 ;;
  esac
done
FIXTURES="$(cd "${OW_FIXTURES:-$ROOT/../shared/fixtures}" && pwd)"

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  stop_app
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
build_app h2
DATA="$WORK/data"
SERVER_PORT=$(free_port)

# Sources, places, hosts file and the server's map.
mkdir -p "$WORK/scrapers/sources"
cp -r "$ROOT/scrapers/platforms" "$WORK/scrapers/platforms"
python3 - "$FIXTURES" "$WORK" "$SOURCES" "$SERVER_PORT" "$MAX_PAGES" "$ROOT/config/jurisdictions.csv" <<'PY'
import glob, json, os, sys
fixtures, work, n, port, max_pages, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
kinds = [  # corpus folder, platform, path of the listing, base-url is the host or the whole listing URL
    ("civicplus_agendacenter", "civicplus-agendacenter", "/AgendaCenter", False),
    ("granicus_viewpublisher", "granicus-viewpublisher", "/ViewPublisher.php?view_id=1", True),
    ("municode_meetings", "municode-meetings", "/meetings", True),
]
pages = []
for folder, platform, path, whole in kinds:
    for f in sorted(glob.glob(f"{fixtures}/{folder}/**/*.html", recursive=True)):
        if "test_scrape_place_state__00" in f:
            continue  # a search page no adapter reads (bench/parse.sh leaves it out too)
        pages.append((f, platform, path, whole))
sources, hosts = [], []
with open(f"{work}/jurisdictions.csv", "w") as out:
    out.write(open(seed).read().rstrip("\n") + "\n")
    for i in range(n):
        f, platform, path, whole = pages[i % len(pages)]
        name, host = f"bench-s{i:05d}", f"s{i:05d}.bench.test"
        out.write(f"{name},Bench Place {i},city,KS,US,38.5,-98.0,Etc/UTC\n")
        base = f"http://{host}:{port}" + (path if whole else "")
        with open(f"{work}/scrapers/sources/{name}.yaml", "w") as y:
            y.write(f"jurisdiction: {name}\nplatform: {platform}\nbase-url: \"{base}\"\n"
                    f"schedule: \"0 0 0 1 1 ? 2099\"\nmax-pages: {max_pages}\n")
        sources.append({"host": host, "path": path, "file": f, "type": "text/html; charset=utf-8"})
        hosts.append(f"127.0.0.1 {host}")
json.dump({"sources": sources}, open(f"{work}/map.json", "w"))
# the JVM then resolves names from this file only: it must also know localhost and this machine's name
import socket
hosts = ["127.0.0.1 localhost", f"127.0.0.1 {socket.gethostname()}", "::1 localhost ip6-localhost"] + hosts
open(f"{work}/hosts", "w").write("\n".join(hosts) + "\n")
print(f"{n} sources over {len(pages)} corpus pages", file=sys.stderr)
PY
python3 "$ROOT/bench/fixture_server.py" "$SERVER_PORT" "$WORK/map.json" "$(python3 -c "print($LATENCY_MS / 1000)")" &
SERVER_PID=$!
stats() { curl -sf -H 'Host: control' "http://127.0.0.1:$SERVER_PORT/__stats"; }
for _ in $(seq 100); do stats > /dev/null && break; sleep 0.1; done
stat_of() { python3 -c "import json, sys; print(json.loads(sys.argv[1]).get(sys.argv[2], 0))" "$1" "$2"; }

APP_EXTRA=(-Dow.sources.dir="$WORK/scrapers" -Dow.sources.schedule=true -Dow.sources.tick=2s -Dow.sources.first-delay=1s
  -Dow.fetch.allow-private-addresses=true -Djdk.net.hosts.file="$WORK/hosts" -Dow.seed.jurisdictions="$WORK/jurisdictions.csv"
  -Dow.fetch.max-concurrency="$CONCURRENCY")
[ -n "$HOST_DELAY" ] && APP_EXTRA+=(-Dow.fetch.per-host-delay="$HOST_DELAY")
[ -n "$WORKERS" ] && APP_EXTRA+=(-Dow.scrape.workers="$WORKERS")

# cycle LABEL: starts the app, waits until every bench source has an attempt recorded since the start, stops the
# app; prints "seconds first-start last-recorded ok failed peak-rss-mb".
cycle() {
  local port since now
  port=$(free_port)
  since=$(date -u +%Y-%m-%dT%H:%M:%S)
  start_app h2 "$DATA" "$port" "$WORK/app-$1.log"
  wait_ready "$port" 600 > /dev/null || { grep -v '^\s*at ' "$WORK/app-$1.log" | tail -20 >&2; exit 1; }
  local limit=$(( $(date +%s) + TIMEOUT )) out
  while :; do
    out=$(curl -sf "http://127.0.0.1:$port/api/sources" | python3 -c '
import json, sys
since, n = sys.argv[1], int(sys.argv[2])
mine = [s for s in json.load(sys.stdin) if s["name"].startswith("bench-s")]
done = [s for s in mine if s["lastAttemptAt"] and s["lastAttemptAt"][:19] >= since]
ok = sum(1 for s in done if not s["lastError"])
first = min((s["lastAttemptAt"] for s in done), default="-")
with open(sys.argv[3], "w") as f:
    errors = __import__("collections").Counter(__import__("re").sub(r"s\d{5}\.bench\.test:\d+", "HOST", s["lastError"])
                                               for s in done if s["lastError"])
    for e, c in errors.most_common(5):
        f.write(f"{c} x {e[:300]}\n")
print(len(done), ok, len(done) - ok, first)' "$since" "$SOURCES" "$WORK/errors-$1" || echo "0 0 0 -")
    read -r done ok failed first <<< "$out"
    now=$(date -u +%Y-%m-%dT%H:%M:%S.%N)
    [ "$done" -ge "$SOURCES" ] && break
    if [ "$(date +%s)" -ge "$limit" ]; then echo "cycle $1: timeout with $done of $SOURCES recorded" >&2; break; fi
    echo "cycle $1: $done of $SOURCES sources recorded" >&2
    sleep 1
  done
  RSS_LAST=$(rss_mb "$APP_PID" VmHWM)
  stop_app
  python3 -c "
from datetime import datetime
a = datetime.fromisoformat('$first'.rstrip('Z')[:26]); b = datetime.fromisoformat('${now:0:26}')
print(f'{(b - a).total_seconds():.1f}', '$first', '${now:0:23}', $ok, $failed, $RSS_LAST)"
}

# dump NAME: the whole database as SQL (the app stopped).
dump() {
  java -cp "$(ls "$ROOT"/target/quarkus-app/lib/main/com.h2database.h2-*.jar)" org.h2.tools.Script \
    -url "jdbc:h2:file:$DATA/ordinance-watch" -user sa -script "$WORK/$1.sql"
}

# changes A B: per table, rows only in A and only in B (tables with none left out).
changes() {
  python3 - "$WORK/$1.sql" "$WORK/$2.sql" <<'PY'
import collections, re, sys
def rows(path):
    out, table = collections.defaultdict(collections.Counter), None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r'INSERT INTO "PUBLIC"\."([^"]+)"', line)
        if m:
            table = m.group(1); continue
        if table and line.startswith("("):
            out[table][line.rstrip(",;\n")] += 1
        elif not line.startswith("("):
            table = None if not line.startswith("INSERT") else table
    return out
a, b = rows(sys.argv[1]), rows(sys.argv[2])
for t in sorted(set(a) | set(b)):
    gone, new = sum((a[t] - b[t]).values()), sum((b[t] - a[t]).values())
    if gone or new:
        print(t.lower(), gone, new)
PY
}
count_rows() { python3 -c "
import re, sys
t = sys.argv[2].upper(); n = 0; cur = None
for line in open(sys.argv[1], encoding='utf-8', errors='replace'):
    m = re.match(r'INSERT INTO \"PUBLIC\"\.\"([^\"]+)\"', line)
    if m: cur = m.group(1); continue
    if line.startswith('(') and cur == t: n += 1
print(n)" "$WORK/$1.sql" "$2"; }

# A first start creates the schema and imports the seed (no source is due before its first tick), then is stopped
# and dumped, so the first cycle's writes can be told apart too.
echo "cycle 1 over $SOURCES sources ..." >&2
S0=$(stats)
cycle 1 > "$WORK/cycle1"
read -r C1_S C1_FIRST C1_LAST C1_OK C1_FAILED RSS1 < "$WORK/cycle1"
S1=$(stats)
dump after1
# Due once more: a schedule that fired a moment ago (UTC) and never again.
read -r sec min hour day mon year < <(date -u -d '-1 second' '+%-S %-M %-H %-d %-m %Y')
sed -i "s|^schedule: .*|schedule: \"$sec $min $hour $day $mon ? $year\"|" "$WORK"/scrapers/sources/*.yaml
sleep 1
echo "cycle 2 over the unchanged pages ..." >&2
cycle 2 > "$WORK/cycle2"
read -r C2_S C2_FIRST C2_LAST C2_OK C2_FAILED RSS2 < "$WORK/cycle2"
S2=$(stats)
dump after2
CHANGES=$(changes after1 after2)
ALERTS1=$(count_rows after1 ALERT) ALERTS2=$(count_rows after2 ALERT)
MEETINGS=$(count_rows after1 MEETING) ITEMS=$(count_rows after1 AGENDA_ITEM)

d() { echo $(( $(stat_of "$2" "$3") - $(stat_of "$1" "$3") )); }
R1=$(d "$S0" "$S1" requests) P1=$(d "$S0" "$S1" page_200) B1=$(d "$S0" "$S1" page_bytes) ROB1=$(d "$S0" "$S1" robots) NF1=$(d "$S0" "$S1" not_found)
R2=$(d "$S1" "$S2" requests) P2_200=$(d "$S1" "$S2" page_200) P2_304=$(d "$S1" "$S2" page_304) COND2=$(d "$S1" "$S2" conditional)
ROB2=$(d "$S1" "$S2" robots) NF2=$(d "$S1" "$S2" not_found)
# The fixture server's own time per answer beyond the added latency (reading the request, writing the answer).
X1=$(python3 -c "print(f'{$(d "$S0" "$S1" extra_ms) / max(1, $R1):.1f}')") XMAX1=$(stat_of "$S1" extra_ms_max)
X2=$(python3 -c "print(f'{$(d "$S1" "$S2" extra_ms) / max(1, $R2):.1f}')") XMAX2=$(stat_of "$S2" extra_ms_max)

# Bounds. Parse CPU: adapter milliseconds per corpus page from the latest parse benchmark, times the pages parsed,
# spread over the cores (or the scrape pool, whichever is smaller).
PARSE_MS_PER_PAGE=$(ls "$ROOT"/bench/results/parse-*.md 2>/dev/null | sort | tail -1 | xargs -r awk '
  / pages of / { for (i = 1; i <= NF; i++) if ($(i + 1) == "pages") pages = $i }
  /^\| adapters \|/ { ms = $4 } END { if (pages && ms) printf "%.2f", ms / pages; else print 0 }')
# With the politeness pause: a source's requests to its one host are ow.fetch.per-host-delay apart, and at most
# ow.scrape.workers sources are in progress at once, so the sources' own paths, spread over the workers, are a
# second floor beside the network's.
read -r NET1 CPU1 BOUND1 RATIO1 NET2 BOUND2 RATIO2 POL1 PRATIO1 POL2 PRATIO2 < <(python3 -c "
import os
d = '${HOST_DELAY:-1s}'
delay = float(d[:-2]) / 1000 if d.endswith('ms') else float(d[:-1]) * {'s': 1, 'm': 60}[d[-1]] if d[-1] in 'sm' else float(d)
lat, conc, cores, n, workers = $LATENCY_MS / 1000, $CONCURRENCY, os.cpu_count(), $SOURCES, ${WORKERS:-32}
net1 = $R1 * lat / conc; cpu1 = $P1 * ${PARSE_MS_PER_PAGE:-0} / 1000 / min(workers, cores)
b1 = max(net1, cpu1); net2 = $R2 * lat / conc; b2 = net2
p1 = max(($R1 * lat + max(0, $R1 - n) * delay) / workers, net1, cpu1)
p2 = max(($R2 * lat + max(0, $R2 - n) * delay) / workers, net2)
print(f'{net1:.1f} {cpu1:.1f} {b1:.1f} {$C1_S / b1:.2f} {net2:.1f} {b2:.1f} {$C2_S / b2:.2f} {p1:.1f} {$C1_S / p1:.2f} {p2:.1f} {$C2_S / p2:.2f}')")
DELAY_NOTE="${HOST_DELAY:-1s (default)}"

mkdir -p "$ROOT/bench/results"
REPORT="$ROOT/bench/results/scrape-$SOURCES-$(date +%Y-%m-%d)$SUFFIX.md"
{
  echo "### Scrape cycle: $SOURCES sources, ${LATENCY_MS} ms per response, H2, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(machine). App heap $HEAP; ow.fetch.max-concurrency $CONCURRENCY, ow.scrape.workers ${WORKERS:-32 (default)}, per-host delay $DELAY_NOTE, max-pages $MAX_PAGES;"
  echo "each source its own host and place; pages from \`$(basename "$FIXTURES")\` (CivicPlus, Granicus, Municode listings), host rewritten."
  echo
  echo "| cycle | seconds | sources ok / failed | requests | pages 200 (MB) | 304 | robots.txt | 404 | bound s (network / parse CPU) | cycle / bound | bound with per-host delay s | cycle / that | target |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  echo "| 1 (first) | $C1_S | $C1_OK / $C1_FAILED | $R1 | $P1 ($(python3 -c "print(f'{$B1 / 1e6:.0f}')")) | 0 | $ROB1 | $NF1 | $BOUND1 ($NET1 / $CPU1) | **$RATIO1** | $POL1 | $PRATIO1 | ≤ 1.5 |"
  echo "| 2 (unchanged) | $C2_S | $C2_OK / $C2_FAILED | $R2 | $P2_200 | $P2_304 | $ROB2 | $NF2 | $BOUND2 ($NET2 / -) | **$RATIO2** | $POL2 | $PRATIO2 | ≤ 1.5 |"
  echo
  echo "Bound as the issue states it: requests x latency / concurrency, or parse CPU, whichever is larger. The second bound"
  echo "adds the per-host pause between a source's own requests (robots.txt, then the page): each source's path,"
  echo "spread over ow.scrape.workers sources in progress, or the first bound, whichever is larger. Most frequent errors, cycle 1: $(paste -sd';' "$WORK/errors-1" 2>/dev/null || true). Cycle 2: $(paste -sd';' "$WORK/errors-2" 2>/dev/null || true)."
  echo
  echo "Second cycle: $COND2 of $R2 requests conditional ($P2_304 answered 304, $P2_200 pages sent whole; robots.txt is"
  echo "cached in memory only, so a restarted app asks again). Alerts in the outbox: $ALERTS1 after cycle 1 (its first run"
  echo "is a backfill, silent), $ALERTS2 after cycle 2. After cycle 1: $MEETINGS meetings, $ITEMS agenda items stored."
  echo "Rows that differ between the database after cycle 1 and after cycle 2 (table, rows gone, rows new; the restart"
  echo "of the app in between included):"
  echo
  echo '```'
  echo "${CHANGES:-(none)}"
  echo '```'
  echo
  echo "Fixture server's own time per answer beyond the ${LATENCY_MS} ms latency: cycle 1 mean $X1 ms (max $XMAX1 ms), cycle 2 mean"
  echo "$X2 ms (max so far $XMAX2 ms)."
  echo
  echo "Parse CPU per page ${PARSE_MS_PER_PAGE:-?} ms (latest bench/results/parse-*.md). App peak RSS $RSS1 MB in cycle 1."
} | tee "$REPORT"
echo "saved to ${REPORT#$ROOT/}" >&2
