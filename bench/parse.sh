#!/usr/bin/env bash
# Parse throughput, in process: every page of the shared corpus (../shared/fixtures, or $OW_FIXTURES) through the
# adapter of its platform, against bare Jsoup.parse of the same bytes, in interleaved rounds after a warm-up of
# both (bench/Parse.java; a plain harness, not JMH: see the README). Prints and saves MB/s, pages/s, the ratio and
# a line per adapter.
#
#   bench/parse.sh                               # 20 s warm-up, 10 rounds of 3 passes each way
#   options: --warmup SECONDS (20) --rounds N (10) --passes N (3)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WARMUP=20 ROUNDS=10 PASSES=3
FIXTURES="${OW_FIXTURES:-$ROOT/../shared/fixtures}"
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) WARMUP="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --passes) PASSES="$2"; shift 2 ;;
    *) echo "usage: $0 [--warmup S] [--rounds N] [--passes N]" >&2; exit 2 ;;
  esac
done
[ -d "$FIXTURES" ] || { echo "the corpus is not at $FIXTURES (set OW_FIXTURES)" >&2; exit 1; }
FIXTURES="$(cd "$FIXTURES" && pwd)"
build_app h2
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
java -Xmx1g -cp "$(app_classpath)" "$ROOT/bench/Parse.java" "$FIXTURES" "$WARMUP" "$ROUNDS" "$PASSES" 2> >(grep -v '^SLF4J' >&2) > "$OUT"
val() { awk -v k="$1" '$1 == k { print $2 }' "$OUT"; }

mkdir -p "$ROOT/bench/results"
REPORT="$ROOT/bench/results/parse-$(date +%Y-%m-%d).md"
{
  echo "### Parse: corpus pages through their adapters vs bare Jsoup.parse, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(machine). $(val pages) pages of $(val files) corpus files ($(python3 -c "print(f'{$(val bytes) / 1e6:.1f}')") MB) read by an adapter;"
  echo "$(val skipped) left out (other platforms, VCR cassettes, other projects' scraped JSON; listed below). Warm-up $WARMUP s, then"
  echo "$ROUNDS interleaved rounds of $PASSES passes of the whole corpus each way; medians of the rounds."
  echo
  echo "| | ms per pass | MB/s | pages/s |"
  echo "|---|---|---|---|"
  echo "| adapters | $(val adapter_ms_per_pass) | $(val adapter_mb_s) | $(val adapter_pages_s) |"
  echo "| bare \`Jsoup.parse\` | $(val jsoup_ms_per_pass) | $(val jsoup_mb_s) | $(val jsoup_pages_s) |"
  echo
  echo "**Adapters / bare parse: $(val ratio_median)** (rounds $(val ratio_min) to $(val ratio_max)). Target: at least 0.9."
  echo
  echo "| adapter | pages | bytes | adapter ms (all measured passes) | Jsoup ms (same pages) | Jsoup / adapter |"
  echo "|---|---|---|---|---|---|"
  awk '$1 == "adapter" { printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7 }' "$OUT"
  echo
  echo "<details><summary>files left out</summary>"
  echo
  awk '$1 == "skip" { $1 = "-"; print }' "$OUT"
  echo
  echo "</details>"
} | tee "$REPORT"
echo "saved to ${REPORT#$ROOT/}" >&2
