#!/usr/bin/env bash
# Alert fan-out: one status change in scope of N confirmed subscribers (default 100,000, each following everything
# with immediate status-change alerts; bench/Subscribers.java writes them into a fresh H2 database), made by a
# curator through the correction form, delivered by the app's dispatcher to Postfix's smtp-sink on loopback. The
# reference is Postfix's smtp-source sending to the same sink in the same run, before and after the app (one
# session, many messages per connection, as the app's mailer does). Prints and saves messages/s and the ratio.
#
#   bench/fanout.sh                         # 100,000 subscribers
#   options: --subscribers N (100000) --batch-size N (20000) --every DURATION (1s) --reference N (20000)
#            --message-bytes N (5000, the reference's message size) --timeout SECONDS (3600)
#            --label NAME (appended to the report's file name, so runs of one day do not overwrite each other)
#   more app settings: OW_BENCH_JVM="-Dow.alert.dispatch.concurrency=50 -Dquarkus.mailer.max-pool-size=50"
#
# The change's transaction writes one fan-out row; the alerts are written after it commits, in batches. Progress is
# read from smtp-sink's own message counter every 0.2 s; the app's outbox counts (an HTTP Basic sign-in each, a bcrypt
# check of about 0.3 s of CPU: polling them every 2 s took a third of the app's CPU on two cores) only every 10 s and
# at the end, to confirm that what the sink received was recorded sent.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SUBSCRIBERS=100000 BATCH=20000 EVERY=1s REFERENCE=20000 MSG_BYTES=5000 TIMEOUT=3600 LABEL=
while [ $# -gt 0 ]; do
  case "$1" in
    --subscribers) SUBSCRIBERS="$2"; shift 2 ;;
    --batch-size) BATCH="$2"; shift 2 ;;
    --every) EVERY="$2"; shift 2 ;;
    --reference) REFERENCE="$2"; shift 2 ;;
    --message-bytes) MSG_BYTES="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --label) LABEL="-$2"; shift 2 ;;
    *) echo "usage: $0 [--subscribers N] [--batch-size N] [--every D] [--reference N] [--message-bytes N] [--timeout S] [--label NAME]" >&2; exit 2 ;;
  esac
done
for tool in smtp-sink smtp-source; do
  command -v "$tool" > /dev/null || [ -x "/usr/sbin/$tool" ] \
    || { echo "$tool is missing: DEBIAN_FRONTEND=noninteractive apt-get install -y postfix" >&2; exit 1; }
done
export PATH="$PATH:/usr/sbin"

WORK=$(mktemp -d)
SINK_PID=
cleanup() {
  stop_app
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null && wait "$SINK_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

build_app h2
DATA="$WORK/data"
ADMIN_USER=bench ADMIN_PASSWORD="bench-fanout-$(date +%s)"
ENVIRONMENT=bench
export OW_ADMIN_USER="$ADMIN_USER" OW_ADMIN_PASSWORD="$ADMIN_PASSWORD"

# A first start creates the schema, imports the seed and the admin; then the subscribers go in directly.
PORT=$(free_port)
start_app h2 "$DATA" "$PORT" "$WORK/app0.log"
wait_ready "$PORT" 300 > /dev/null
stop_app
echo "writing $SUBSCRIBERS subscribers ..." >&2
java -cp "$ROOT/target/quarkus-app/lib/main/*" "$ROOT/bench/Subscribers.java" "jdbc:h2:file:$DATA/ordinance-watch" sa "" \
  "$SUBSCRIBERS" "$ENVIRONMENT" > /dev/null

# The sink: accepts everything, keeps nothing. As root it must drop to an unprivileged user.
SINK_PORT=$(free_port)
sink_user=()
[ "$(id -u)" = 0 ] && sink_user=(-u nobody)
smtp-sink -c "${sink_user[@]}" "127.0.0.1:$SINK_PORT" 1024 > "$WORK/sink.out" 2>&1 &
SINK_PID=$!
sleep 0.5

# reference: prints messages/s of smtp-source sending REFERENCE messages of MSG_BYTES over one session.
reference() {
  local start end
  start=$(date +%s%N)
  smtp-source -d -s 1 -m "$REFERENCE" -l "$MSG_BYTES" -f alerts@localhost -t reference@bench.invalid \
    "127.0.0.1:$SINK_PORT" > /dev/null
  end=$(date +%s%N)
  python3 -c "print(f'{$REFERENCE / (($end - $start) / 1e9):.0f}')"
}

# counts: prints "pending sent failed" from the admin outbox counts.
counts() {
  curl -sf -u "$ADMIN_USER:$ADMIN_PASSWORD" "http://127.0.0.1:$PORT/api/admin/alerts" \
    | python3 -c 'import json, sys; c = json.load(sys.stdin); print(c.get("pending", 0), c.get("sent", 0), c.get("failed", 0))'
}

# sink_count: prints how many messages smtp-sink has received so far (its running "mesg=N" counter).
sink_count() {
  tr '\r' '\n' < "$WORK/sink.out" | grep -Eo 'mesg=[0-9]+' | tail -1 | cut -d= -f2 || echo 0
}

# ceiling: prints messages/s of the app's own SMTP client (bench/MailerCeiling.java: the Vert.x mail client that
# quarkus-mailer wraps, alone, ready-made alert-sized messages, the app's pool size in flight) sending REFERENCE
# messages twice to the same sink (the second round's rate): what the app could reach if composing cost nothing.
ceiling() {
  java -cp "$ROOT/target/quarkus-app/lib/main/*" "$ROOT/bench/MailerCeiling.java" "$SINK_PORT" "$REFERENCE" "$POOL" \
    2> /dev/null | tail -1
}
POOL=$(grep -Eo 'quarkus.mailer.max-pool-size=[0-9]+' <<< "${OW_BENCH_JVM:-}" | cut -d= -f2 || true)
POOL=${POOL:-10}

REF1=$(reference)
echo "smtp-source before: $REF1 messages/s" >&2
CEIL1=$(ceiling)
echo "mailer alone before: $CEIL1 messages/s" >&2

PORT=$(free_port)
APP_EXTRA=(-Dow.alert.dispatch.enabled=true -Dow.alert.dispatch.every="$EVERY" -Dow.alert.dispatch.batch-size="$BATCH"
  -Dquarkus.mailer.mock=false -Dquarkus.mailer.host=127.0.0.1 -Dquarkus.mailer.port="$SINK_PORT"
  -Dquarkus.mailer.start-tls=DISABLED -Dow.alert.environment="$ENVIRONMENT" -Dow.alert.base-url="http://127.0.0.1:$PORT"
  -Dow.alert.reminders.cron=off)
start_app h2 "$DATA" "$PORT" "$WORK/app.log"
wait_ready "$PORT" 300 > /dev/null
APP="http://127.0.0.1:$PORT"
read -r before_pending before_sent before_failed < <(counts)

# One status change, as a curator makes it: sign in, open the measure's correction form, change the status.
read -r SLUG KIND STATUS < <(curl -sf "$APP/api/measures?size=1" \
  | python3 -c 'import json, sys; m = json.load(sys.stdin)[0]; print(m["slug"], m["kind"], m["status"])')
NEW_STATUS=passed
[ "$STATUS" = passed ] && NEW_STATUS=in_force
curl -sf -o /dev/null -c "$WORK/cookies" -b "$WORK/cookies" --data-urlencode "j_username=$ADMIN_USER" \
  --data-urlencode "j_password=$ADMIN_PASSWORD" "$APP/j_security_check"
curl -sf -o /dev/null -c "$WORK/cookies" -b "$WORK/cookies" "$APP/admin/m/$SLUG"
CSRF=$(awk '$6 == "ow-csrf" { print $7 }' "$WORK/cookies")
[ -n "$CSRF" ] || { echo "no CSRF cookie: the sign-in failed" >&2; exit 1; }
echo "changing $SLUG from $STATUS to $NEW_STATUS (in scope of $SUBSCRIBERS subscribers) ..." >&2
T0=$(date +%s%N)
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$WORK/cookies" -b "$WORK/cookies" --data-urlencode "status=$NEW_STATUS" \
  --data-urlencode "kind=$KIND" --data-urlencode "sourceLabel=bench/fanout.sh" \
  --data-urlencode "reason=alert fan-out benchmark" --data-urlencode "csrf=$CSRF" "$APP/admin/m/$SLUG")
T1=$(date +%s%N)
if [ "$code" != 303 ]; then
  # Recorded as a result too: the change itself failed, so nothing was alerted.
  REPORT="$ROOT/bench/results/fanout-$SUBSCRIBERS-$(date +%Y-%m-%d)$LABEL.md"
  {
    echo "### Alert fan-out: one status change to $SUBSCRIBERS subscribers, H2, $(date -u '+%Y-%m-%d %H:%M UTC'): FAILED"
    echo
    echo "Machine: $(machine). smtp-source before: $REF1 messages/s. The correction was answered **$code** after"
    echo "$(( (T1 - T0) / 1000000 )) ms; the status change was rolled back and no alert was written. The app's log:"
    echo
    echo '```'
    grep -E 'ARJUNA|Transaction|ERROR|Caused by' "$WORK/app.log" | cut -c1-300 | tail -12
    echo '```'
  } | tee "$REPORT"
  exit 1
fi
WRITE_MS=$(( (T1 - T0) / 1000000 ))
read -r pending sent failed < <(counts)
QUEUED=$(( pending + sent + failed - before_pending - before_sent - before_failed ))
echo "the change committed after $WRITE_MS ms with $QUEUED alerts queued" >&2
# Every subscriber follows everything: the change is owed to each of them.
EXPECTED=$SUBSCRIBERS
T_WRITTEN=

# Until the sink has received every alert of the change (or the app reports them all sent or failed), or the timeout.
SINK_BEFORE=$(sink_count)
last_counts=0
while :; do
  received=$(( $(sink_count) - SINK_BEFORE ))
  [ "$received" -ge "$EXPECTED" ] && break
  now_ns=$(date +%s%N)
  if [ $(( (now_ns - last_counts) / 1000000000 )) -ge 10 ]; then
    last_counts=$now_ns
    read -r pending sent failed < <(counts)
    if [ -z "$T_WRITTEN" ] && [ $(( pending + sent + failed - before_pending - before_sent - before_failed )) -ge "$EXPECTED" ]; then
      T_WRITTEN=$now_ns
      echo "all $EXPECTED alerts written $(( (T_WRITTEN - T0) / 1000000 )) ms after the change" >&2
    fi
    [ $(( sent + failed - before_sent - before_failed )) -ge "$EXPECTED" ] && break
  fi
  if [ $(( (now_ns - T0) / 1000000000 )) -ge "$TIMEOUT" ]; then
    echo "timeout after $TIMEOUT s with $received of $QUEUED received by the sink" >&2
    break
  fi
  sleep 0.2
done
T2=$(date +%s%N)
[ -n "$T_WRITTEN" ] || T_WRITTEN=$T2
# The last wave is recorded sent right after the sink accepted it: wait (bounded) until the outbox says so.
for _ in $(seq 1 30); do
  read -r pending sent failed < <(counts)
  [ $(( sent + failed - before_sent - before_failed )) -ge "$EXPECTED" ] && break
  sleep 1
done
SENT=$(( sent - before_sent )) FAILED=$(( failed - before_failed ))
RSS=$(rss_mb "$APP_PID" VmRSS) HWM=$(rss_mb "$APP_PID" VmHWM)
stop_app
APP_RATE=$(python3 -c "print(f'{$SENT / (($T2 - $T0) / 1e9):.0f}')")
SEND_RATE=$(python3 -c "print(f'{$SENT / (($T2 - $T1) / 1e9):.0f}')")
TOTAL_S=$(python3 -c "print(f'{($T2 - $T0) / 1e9:.1f}')")
echo "app: $SENT sent, $FAILED failed in $TOTAL_S s: $APP_RATE messages/s" >&2

CEIL2=$(ceiling)
echo "mailer alone after: $CEIL2 messages/s" >&2
REF2=$(reference)
echo "smtp-source after: $REF2 messages/s" >&2
REF=$(( (REF1 + REF2) / 2 ))
SINK_COUNT=$(tr '\r' '\n' < "$WORK/sink.out" | grep -Eo '[0-9]+' | tail -1 || echo "?")
RATIO=$(python3 -c "print(f'{$APP_RATE / max(1, $REF):.2f}')")
CEIL=$(( (${CEIL1:-0} + ${CEIL2:-0}) / 2 ))
CEIL_RATIO=$(python3 -c "print(f'{$APP_RATE / max(1, $CEIL):.2f}')")
CEIL_REF_RATIO=$(python3 -c "print(f'{$CEIL / max(1, $REF):.2f}')")

mkdir -p "$ROOT/bench/results"
REPORT="$ROOT/bench/results/fanout-$SUBSCRIBERS-$(date +%Y-%m-%d)$LABEL.md"
{
  echo "### Alert fan-out: one status change to $SUBSCRIBERS subscribers, H2, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(machine). App heap $HEAP; dispatcher every $EVERY, batch size $BATCH (defaults: 15s, 200); fan-out"
  echo "batches of 2,000 subscribers (the default); progress read from smtp-sink's counter every 0.2 s, outbox counts every 10 s;"
  echo "Postfix smtp-sink on 127.0.0.1. Reference: \`smtp-source -d -s 1 -m $REFERENCE -l $MSG_BYTES\` to the same sink,"
  echo "before and after the app."
  echo
  echo "| | messages | seconds | messages/s |"
  echo "|---|---|---|---|"
  echo "| app: change committed (one fan-out row; first batch written right after) | $QUEUED queued at the answer | $(python3 -c "print(f'{$WRITE_MS / 1000:.1f}')") | |"
  echo "| app: change to all alerts written (fan-out expanded; outbox counts read every 10 s, so an upper bound) | $EXPECTED | $(python3 -c "print(f'{($T_WRITTEN - $T0) / 1e9:.1f}')") | |"
  echo "| app: change to last alert received by the sink | $SENT sent, $FAILED failed | $TOTAL_S | $APP_RATE |"
  echo "| app: sending only (after the commit) | $SENT | $(python3 -c "print(f'{($T2 - $T1) / 1e9:.1f}')") | $SEND_RATE |"
  echo "| smtp-source before / after | $REFERENCE each | | $REF1 / $REF2 |"
  echo "| the app's SMTP client alone (bench/MailerCeiling.java, $POOL connections), before / after | $REFERENCE each, twice | | $CEIL1 / $CEIL2 |"
  echo
  echo "**App / smtp-source: $RATIO** (target at least 0.5). App / its SMTP client alone: $CEIL_RATIO; that client /"
  echo "smtp-source: $CEIL_REF_RATIO. smtp-sink counted $SINK_COUNT messages in all."
  echo "App RSS at the end $RSS MB (peak $HWM MB)."
} | tee "$REPORT"
echo "saved to ${REPORT#$ROOT/}" >&2
