#!/usr/bin/env bash
# make bench: Go benchmarks per stage, then end-to-end timings of the built
# binary on synthetic vaults (cmd/synthvault) of 1k, 10k and 100k items, as one
# file and as 100 files. Prints wall time, cards/s and peak RSS (/usr/bin/time -v)
# as a Markdown table, then checks the targets of issue 7 (see BENCHMARKS.md).
#
# The pathological-input benchmarks (BENCH_PATHOLOGICAL, benchmark names
# without "Benchmark", a regexp alternation) run once each, -benchtime 1x: the
# notes that once took time in the square of their size, which the tests no
# longer time.
#
# Environment: BENCH_SIZES="1000 10000 100000"  BENCH_RUNS=3 (best of N)
#              BENCH_STAGES=1 (0 skips the Go benchmarks)  BENCH_DIR=scratch dir
#              BENCH_PATHOLOGICAL="LongParagraph|GlossaryParagraph|LongTabSet|RobustInput"
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
SIZES=${BENCH_SIZES:-"1000 10000 100000"}
RUNS=${BENCH_RUNS:-3}
STAGES=${BENCH_STAGES:-1}
PATHOLOGICAL=${BENCH_PATHOLOGICAL:-"LongParagraph|GlossaryParagraph|LongTabSet|RobustInput"}
work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/notes2deck-bench.XXXXXX")}
mkdir -p "$work"

# Peak RSS comes from GNU time; install it when missing and we may.
if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "installing GNU time (apt-get install -y time)…" >&2
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1; } || true
fi
have_time=0
[ -x /usr/bin/time ] && have_time=1
[ $have_time = 1 ] || echo "warning: /usr/bin/time is missing: peak RSS is not measured" >&2

echo "## Machine"
echo
echo "- $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo)"
echo "- $($GO version)"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

if [ "$STAGES" != 0 ]; then
  echo "## Stages (go test -bench, in process)"
  echo
  echo '```'
  $GO test -run '^$' -bench . -skip "^Benchmark($PATHOLOGICAL)\$" -benchtime 3x -benchmem ./extract ./exporters/apkg ./exporters/csv ./exporters/pdf 2>&1 |
    grep -E '^(Benchmark|ok|FAIL|---)' || true
  $GO test -run '^$' -bench 'Build' -benchtime 3x -benchmem ./cmd/notes2deck 2>&1 |
    grep -E '^(Benchmark|ok|FAIL|---)' || true
  echo '```'
  echo
  echo "## Pathological inputs (go test -bench, -benchtime 1x)"
  echo
  echo '```'
  $GO test -run '^$' -bench "^Benchmark($PATHOLOGICAL)\$" -benchtime 1x -benchmem ./extract ./cmd/notes2deck 2>&1 |
    grep -E '^(Benchmark|ok|FAIL|---)' || true
  echo '```'
  echo
fi

$GO build -trimpath -o "$work/notes2deck" ./cmd/notes2deck
$GO build -trimpath -o "$work/synthvault" ./cmd/synthvault
export SOURCE_DATE_EPOCH=1700000000 NO_COLOR=1

# measure VAULT FORMAT [rebuild]: best wall time and best CPU time (user+sys)
# of $RUNS runs, the largest peak RSS, and the card count the build printed.
# Sets wall, cpu, rss, cards. CPU time is the steadier figure on a shared
# machine. Each run starts from an empty output folder, unless "rebuild" asks
# for the case of watch: a build over the outputs and state of the one before.
measure() {
  local vault=$1 format=$2 mode=${3:-} out="$work/out" best="" bestcpu="" maxrss=0 t0 t1 w r c
  cards=0
  rm -rf "$out"
  [ "$mode" = rebuild ] && "$work/notes2deck" build -q --format "$format" --out "$out" "$vault"
  for ((i = 0; i < RUNS; i++)); do
    [ "$mode" = rebuild ] || rm -rf "$out"
    t0=$(date +%s%N)
    if [ $have_time = 1 ]; then
      /usr/bin/time -v -o "$work/time.txt" "$work/notes2deck" build --format "$format" --out "$out" "$vault" >"$work/stdout.txt" 2>"$work/stderr.txt" ||
        { echo "build failed: $(tail -3 "$work/stderr.txt")" >&2; return 1; }
    else
      "$work/notes2deck" build --format "$format" --out "$out" "$vault" >"$work/stdout.txt" 2>"$work/stderr.txt" ||
        { echo "build failed: $(tail -3 "$work/stderr.txt")" >&2; return 1; }
    fi
    t1=$(date +%s%N)
    w=$(((t1 - t0) / 1000000))
    if [ -z "$best" ] || [ "$w" -lt "$best" ]; then best=$w; fi
    if [ $have_time = 1 ]; then
      r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
      [ "$r" -gt "$maxrss" ] && maxrss=$r
      c=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%d", s * 1000}' "$work/time.txt")
      if [ -z "$bestcpu" ] || [ "$c" -lt "$bestcpu" ]; then bestcpu=$c; fi
    fi
  done
  cards=$(grep -oE '[0-9]+ cards' "$work/stdout.txt" | awk '{s += $1} END {print s + 0}')
  wall=$best
  cpu=${bestcpu:-0}
  rss=$((maxrss / 1024))
}

declare -A WALL RSS CARDS
echo "## End to end (built binary, best of $RUNS, SOURCE_DATE_EPOCH set)"
echo
echo "| items | files | MB | --format | cards | wall ms | CPU ms | cards/s | µs/card | peak RSS MiB | RSS bytes/card |"
echo "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
  for files in 1 100; do
    vault="$work/v$n-$files"
    [ -d "$vault" ] || "$work/synthvault" -cards "$n" -files "$files" -out "$vault" >/dev/null
    mb=$(du -sb "$vault" | awk '{printf "%.1f", $1/1e6}')
    formats="apkg,csv,pdf"
    [ "$files" = 1 ] && formats="apkg,csv,pdf apkg,csv apkg,csv,pdf:rebuild"
    for format in $formats; do
      measure "$vault" "${format%:rebuild}" "$([ "${format#*:}" = rebuild ] && echo rebuild)"
      key="$n/$files/$format"
      WALL[$key]=$wall RSS[$key]=$rss CARDS[$key]=$cards
      awk -v n="$n" -v f="$files" -v mb="$mb" -v fmt="$format" -v c="$cards" -v w="$wall" -v cpu="$cpu" -v r="$rss" -v have=$have_time 'BEGIN {
        sub(/:rebuild$/, " (rebuild)", fmt); cps = w > 0 ? c / (w / 1000) : 0; per = c > 0 ? w * 1000 / c : 0
        rs = have ? r : "n/a"; rb = (have && c > 0) ? sprintf("%.0f", r * 1048576 / c) : "n/a"
        printf "| %d | %d | %s | %s | %d | %d | %s | %.0f | %.1f | %s | %s |\n", n, f, mb, fmt, c, w, have ? cpu : "n/a", cps, per, rs, rb }'
    done
  done
done
echo

# Targets of issue 7.
check() { # NAME OK(0/1) DETAIL
  if [ "$2" = 1 ]; then echo "- PASS $1 ($3)"; else echo "- MISS $1 ($3)"; fi
}
le() { awk -v a="$1" -v b="$2" 'BEGIN {print (a <= b) ? 1 : 0}'; }
echo "## Targets"
echo
k10="10000/1/apkg,csv,pdf" k100="100000/1/apkg,csv,pdf"
if [ -n "${WALL[$k10]:-}" ]; then
  check "10k items, 1 file, all formats ≤ 500 ms" "$(le "${WALL[$k10]}" 500)" "${WALL[$k10]} ms"
  [ $have_time = 1 ] && check "10k items ≤ 120 MiB" "$(le "${RSS[$k10]}" 120)" "${RSS[$k10]} MiB"
  k10m="10000/100/apkg,csv,pdf"
  check "100 files of 100 items no slower than 1 file of 10k" "$(le "${WALL[$k10m]}" "${WALL[$k10]}")" "${WALL[$k10m]} ms vs ${WALL[$k10]} ms"
fi
if [ -n "${WALL[$k100]:-}" ]; then
  check "100k items, 1 file, all formats ≤ 4 s" "$(le "${WALL[$k100]}" 4000)" "${WALL[$k100]} ms"
  [ $have_time = 1 ] && check "100k items ≤ 800 MiB" "$(le "${RSS[$k100]}" 800)" "${RSS[$k100]} MiB"
  kc="100000/1/apkg,csv"
  check "100k items, --format apkg,csv ≤ 1.5 s" "$(le "${WALL[$kc]}" 1500)" "${WALL[$kc]} ms"
  if [ -n "${WALL[$k10]:-}" ]; then
    check "linear: 100k ≤ 11 × 10k" "$(le "${WALL[$k100]}" $((11 * WALL[$k10])))" \
      "$(awk -v a="${WALL[$k100]}" -v b="${WALL[$k10]}" 'BEGIN {printf "%.1f×", a / b}')"
  fi
fi

# Speed must not buy worse cards or unstable bytes: recall on the gold notes
# (when ../shared is beside the checkout) and byte-identical rebuilds.
echo
echo "## Guards"
echo
# TestGold scores the extractor on every gold file of ../shared (it skips without it).
$GO test -count=1 -run '^TestGold$' -v ./extract 2>&1 |
  awk '/^=== RUN/ {name = $3; sub(/^TestGold\//, "", name)}
       /gold_test.go:[0-9]+: cards/ {sub(/^ *gold_test.go:[0-9]+: /, ""); print "- gold " name ": " $0}
       /^(--- |)(FAIL|SKIP|ok|PASS)/ && !/^    / {print "- TestGold: " $0}' || true
for v in "$work"/v*-100 "$work"/v10000-1; do
  [ -d "$v" ] || continue
  rm -rf "$work/d1" "$work/d2"
  "$work/notes2deck" build -q --out "$work/d1" "$v" && "$work/notes2deck" build -q --out "$work/d2" "$v"
  if diff -r "$work/d1" "$work/d2" >/dev/null; then echo "- deterministic $(basename "$v"): PASS"; else echo "- deterministic $(basename "$v"): FAIL (outputs differ)"; fi
  break
done
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
