#!/usr/bin/env bash
# IBP Portal benchmark. Run from the repository root:  bench/run.sh [--quick | --memory]
# Builds the CLI in Release, generates a national-scale portal (42 ICBs x 5 trusts, 40 metrics,
# 36 months) and 2,000 markdown pages, and times ibp (and Hugo, and Chromium where practical).
# Prints a markdown table and writes it to bench/results/latest.md. --quick: smaller sizes, no large portal.
# --memory: only the large portal's peak memory (798,000 actual and 798,000 plan rows), written to bench/results/memory.md.
# --no-large: the full run without the large portal's memory builds (which take 5-15 minutes each).
# --shards: only the sharded build of the national portal (4 shards one after another, then the merge), written to
# bench/results/shards.md; with --quick, of the smaller portal.
set -euo pipefail

QUICK=0
MEMORY_ONLY=0
SHARDS_ONLY=0
SKIP_LARGE=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --memory) MEMORY_ONLY=1 ;;
    --shards) SHARDS_ONLY=1 ;;
    --no-large) SKIP_LARGE=1 ;;
    *) echo "unknown option $arg; use --quick, --memory, --shards or --no-large" >&2; exit 2 ;;
  esac
done
ROOT="$(pwd)"
[[ -f "$ROOT/IbpPortal.sln" ]] || { echo "run bench/run.sh from the repository root" >&2; exit 2; }
if (( QUICK )); then ICBS=6; PAGES=200; else ICBS=42; PAGES=2000; fi

if (( ! MEMORY_ONLY && ! SHARDS_ONLY )) && ! command -v hugo >/dev/null; then
  if [[ $(id -u) == 0 ]]; then apt-get install -y -qq hugo >/dev/null || true; fi
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/ibp-bench.XXXXXX")"
# On any failure the table so far is kept in bench/results/partial.md before the work folder goes.
trap 'mkdir -p "$ROOT/bench/results"; [[ -f "$WORK/table.md" ]] && cp "$WORK/table.md" "$ROOT/bench/results/partial.md"; rm -rf "$WORK"' EXIT
RESULTS="$ROOT/bench/results"; mkdir -p "$RESULTS"
TABLE="$WORK/table.md"

echo "Building the CLI (Release)..." >&2
dotnet build -c Release src/IbpPortal.Cli -v q -nologo >&2
IBP="$ROOT/src/IbpPortal.Cli/bin/Release/net10.0/ibp"
# ibp as users install it (README, "Install as a .NET tool"): the tool package, with one package per common platform
# compiled ahead of time (ReadyToRun), and on linux-x64 with a C compiler the native program (Native AOT) in place of
# its ReadyToRun package, installed with 'dotnet tool install' from that folder alone, into its own tool path and
# package cache. Every timed build runs this program (the national portal, its shards and edits, and the 2,000-page
# comparison with Hugo); the Release build above compiles its code as it runs and is timed beside it on the 2,000
# pages for comparison, and runs the importers and the preview.
IBP_TOOL="$WORK/tool/ibp"
TOOL_KIND="ReadyToRun"
if (( ! MEMORY_ONLY )); then
  echo "Packing and installing the .NET tool..." >&2
  dotnet pack src/IbpPortal.Cli -c Release -o "$WORK/feed" -v q -nologo >&2
  if [[ "$(uname -s)-$(uname -m)" == "Linux-x86_64" ]] && { command -v gcc || command -v clang; } >/dev/null; then
    dotnet pack src/IbpPortal.Cli -c Release -r linux-x64 -p:NativeTool=true -o "$WORK/feed" -v q -nologo >&2
    TOOL_KIND="native (Native AOT)"
  fi
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="bench" value="%s" /></packageSources></configuration>\n' "$WORK/feed" >"$WORK/nuget.config"
  (cd "$WORK" && NUGET_PACKAGES="$WORK/nuget-packages" dotnet tool install IbpPortal.Tool --tool-path "$WORK/tool" --configfile "$WORK/nuget.config" >&2)
fi

row() { echo "| $* |" >>"$TABLE"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# measure NAME CMD...: wall time and peak RSS via /usr/bin/time -v; keeps stdout in $WORK/NAME.out
measure() {
  local name="$1"; shift
  local loadavg; loadavg="$(load)"
  /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || {
    echo "FAILED: $name" >&2; tail -20 "$WORK/$name.err" "$WORK/$name.out" >&2; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$WORK/$name.time" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident/{printf "%.0f", $2/1024}' "$WORK/$name.time")
  echo "$wall" >"$WORK/$name.wall"
  local stages; stages=$(grep -E '^(Load|Validate|Analyse|Plan|Assemble|Render|Index|Write) ' "$WORK/$name.out" | awk '{printf "%s %s; ", $1, $2}' || true)
  row "$name | ${wall}s | ${rss} MB | $loadavg | ${stages}"
}

summary_counts() { grep -hE '^Built:' "$WORK/$1.out" | sed -E 's/.*Built: ([0-9,]+) pages, ([0-9,]+) other files.* in ([0-9.]+)s.*/\1 \2 \3/' | tr -d ,; }

{
  echo "# IBP Portal benchmark"
  echo
  echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/Mem:/{print $2}') GB memory ($(free -g | awk '/Mem:/{print $7}') GB available); $(uname -sr); .NET $(dotnet --version); $(hugo version 2>/dev/null | cut -d' ' -f1-2 || echo 'no hugo')"
  echo "Date: $(date -u +%Y-%m-%dT%H:%MZ); commit $(git rev-parse --short HEAD)$( (( QUICK )) && echo '; QUICK sizes')"
  echo
  echo "| run | wall | peak RSS | load avg (1/5/15 min) at start | stages (ibp --verbose) |"
  echo "|---|---:|---:|---|---|"
} >"$TABLE"

# --- large portal memory: 798,000 actual and 798,000 plan rows (252 organisations, 40 metrics, 100 months) ---
# The peak memory target is for this size. Generated outside the repository so that it uses the built-in theme (a
# theme linked from outside the portal is refused). Run on its own with: bench/run.sh --memory
LARGE_TARGET_KIB=1464843 # 1.5 GB (1.5e9 bytes); /usr/bin/time reports KiB
large_portal_memory() {
  local large="$WORK/large"
  (cd "$WORK" && "$IBP" sample --icbs 42 --trusts-per-icb 5 --metrics 40 --months 100 --pages 0 --seed 1 --out "$large" >&2)
  measure "large portal (798,000 + 798,000 rows), cold, no search" "$IBP" build --root "$large" --clean --no-search --verbose
  measure "large portal (798,000 + 798,000 rows), cold, no search, no packs" "$IBP" build --root "$large" --clean --no-search --no-packs --verbose
  rm -rf "$large"
  local name kib
  for name in "large portal (798,000 + 798,000 rows), cold, no search" "large portal (798,000 + 798,000 rows), cold, no search, no packs"; do
    kib=$(awk -F': ' '/Maximum resident/{print $2}' "$WORK/$name.time")
    echo "$name: peak RSS $(awk -v k="$kib" 'BEGIN{printf "%.2f GB (%.0f MB)", k*1024/1e9, k/1024}') against the target of 1.5 GB: $( (( kib < LARGE_TARGET_KIB )) && echo met || echo '**missed**')" >>"$WORK/large.md"
    echo >>"$WORK/large.md"
  done
}
if (( MEMORY_ONLY )); then
  large_portal_memory
  { cat "$TABLE"; echo; cat "$WORK/large.md"; } | tee "$RESULTS/memory.md"
  echo >&2; echo "Written to bench/results/memory.md" >&2
  exit 0
fi

# --- national-scale data portal ---
DATA="$WORK/national"
"$IBP" sample --icbs "$ICBS" --trusts-per-icb 5 --metrics 40 --months 36 --pages 0 --seed 1 --out "$DATA" >&2

# --- the national portal as a CI matrix would build it: 4 shards (here one after another), then the merge ---
# On 4 runners the wall time would be about the longest shard plus the merge (plus moving the artefacts).
SHARDS=4
sharded_build() {
  local k walls=()
  for k in $(seq 1 "$SHARDS"); do
    measure "shard $k of $SHARDS, cold, no search" "$IBP_TOOL" build --root "$DATA" --shard "$k/$SHARDS" --output "$WORK/shards/$k-of-$SHARDS" --clean --no-search --verbose
    walls+=("$(cat "$WORK/shard $k of $SHARDS, cold, no search.wall")")
  done
  measure "merge of $SHARDS shards (listings, links, write)" "$IBP_TOOL" merge "$WORK"/shards/*-of-"$SHARDS" --root "$DATA" --output "$WORK/merged" --verbose
  local sum longest merge
  sum=$(printf '%s\n' "${walls[@]}" | awk '{s+=$1} END {printf "%.2f", s}')
  longest=$(printf '%s\n' "${walls[@]}" | sort -g | tail -1)
  merge=$(cat "$WORK/merge of $SHARDS shards (listings, links, write).wall")
  SHARD_LINE="$SHARDS shards, one after another: sum ${sum}s, longest ${longest}s; merge ${merge}s; on $SHARDS runners about $(awk -v l="$longest" -v m="$merge" 'BEGIN{printf "%.2f", l+m}')s (longest shard + merge)"
  rm -rf "$WORK/shards" "$WORK/merged"
}
if (( SHARDS_ONLY )); then
  sharded_build
  { cat "$TABLE"; echo; echo "Sharded build: $SHARD_LINE"; } | tee "$RESULTS/shards.md"
  echo >&2; echo "Written to bench/results/shards.md" >&2
  exit 0
fi
measure "cold build, with search" "$IBP_TOOL" build --root "$DATA" --clean --verbose
measure "cold build, no search" "$IBP_TOOL" build --root "$DATA" --clean --no-search --verbose
# The cold builds leave gigabytes of the site still to be written to disk, which a user editing a page minutes later
# never meets; the edits are timed after that writing is done (as the 2,000 pages are, below). A run on 2026-12-07
# without this measured the one-page edit at 1.64 s, its Validate stage 0.16 s instead of 0.03 s.
sync
# Same options as the build before it, so nothing has changed.
measure "no-change rebuild" "$IBP_TOOL" build --root "$DATA" --no-search --verbose
# Three edits, each a new line on the home page, and their median: one run of a 1.5-second build moves by a tenth of a
# second with the machine (the 2,000 pages are likewise medians).
for r in 1 2 3; do
  echo "Edited for the benchmark ($r)." >>"$DATA/input/index.md"
  measure "one-page edit rebuild, run $r" "$IBP_TOOL" build --root "$DATA" --no-search --verbose
done
cat "$WORK/one-page edit rebuild, run"*.wall | sort -n | sed -n 2p >"$WORK/one-page edit rebuild.wall"
# One organisation's figure for one month changed (the first trust's first actual, plus one): that organisation's
# page and pack, its ICB's, and the measure's benchmark pages change; nothing else should be rebuilt.
awk -F, -v OFS=, 'NR==2 { $4 = $4 + 1 } { print }' "$DATA/data/actuals.csv" >"$WORK/actuals.csv" && mv "$WORK/actuals.csv" "$DATA/data/actuals.csv"
measure "one data row edited, rebuild" "$IBP_TOOL" build --root "$DATA" --no-search --verbose
sharded_build

if (( ! QUICK && ! SKIP_LARGE )); then large_portal_memory; fi

# --- 2,000 markdown pages: ibp vs Hugo ---
# The national builds above leave gigabytes still to be written to disk. Under such pressure Hugo (which writes from
# many threads) slows more than ibp: on 2026-12-07 the ratio came out 0.95 here where a quiet machine gave 1.33, and
# 2.2 GB of pending writes made on purpose gave 1.18. So the pending writes are finished first.
sync
# ibp here is the installed tool ($IBP_TOOL), as users run it.
PAGESITE="$WORK/pages"
"$IBP_TOOL" sample --icbs 0 --pages "$PAGES" --seed 1 --out "$PAGESITE" >&2
measure "ibp, $PAGES pages, cold, no search" "$IBP_TOOL" build --root "$PAGESITE" --clean --no-search --verbose
measure "ibp, $PAGES pages, no-change rebuild" "$IBP_TOOL" build --root "$PAGESITE" --no-search --verbose
first_page=$(find "$PAGESITE/input/topics" -name '*.md' | sort | sed -n 1p)
echo "One more line, edited for the benchmark." >>"$first_page"
measure "ibp, $PAGES pages, one-page edit" "$IBP_TOOL" build --root "$PAGESITE" --no-search --verbose

HUGOSITE="$WORK/hugo"
if command -v hugo >/dev/null; then
  mkdir -p "$HUGOSITE/layouts/_default" "$HUGOSITE/content"
  cat >"$HUGOSITE/config.yaml" <<'YAML'
baseURL: "http://localhost/"
title: "Generated planning portal"
disableKinds: ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
YAML
  cat >"$HUGOSITE/layouts/_default/single.html" <<'HTML'
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
HTML
  cat >"$HUGOSITE/layouts/_default/list.html" <<'HTML'
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
HTML
  cp -r "$PAGESITE/input/." "$HUGOSITE/content/"
  mv "$HUGOSITE/content/index.md" "$HUGOSITE/content/_index.md"
  measure "hugo, $PAGES pages, cold" hugo --source "$HUGOSITE" --destination "$WORK/hugo-out" --quiet
  # One run each is at the mercy of the file system: on ext4, creating thousands of files where thousands were just
  # deleted makes the kernel search for free inodes, and a folder that is emptied and refilled gets slower each time
  # (seen here: the same ibp build took 1.3 s of system time writing to a fresh folder, 3.3-5 s refilling its own).
  # So both tools are run three more times, alternately, each into a new folder beside the other's, and the ratio is
  # of the medians of all four runs.
  for r in 2 3 4; do
    measure "ibp, $PAGES pages, cold, no search, run $r" "$IBP_TOOL" build --root "$PAGESITE" --clean --no-search --verbose --output "$WORK/ibp-out-$r"
    measure "hugo, $PAGES pages, cold, run $r" hugo --source "$HUGOSITE" --destination "$WORK/hugo-out-$r" --quiet
    measure "ibp Release build (compiled as it runs), $PAGES pages, cold, no search, run $r" "$IBP" build --root "$PAGESITE" --clean --no-search --verbose --output "$WORK/jit-out-$r"
  done
else
  row "hugo | skipped: hugo not installed | | | "
fi

# --- importers: every NHS England file in shared/realdata, into the sample's organisations ---
REALDATA="$(cd "$ROOT/.." && pwd)/shared/realdata"
IMPORT_LINE="skipped: no shared/realdata beside the repository"
if [[ -d "$REALDATA/nhse" ]]; then
  IMPORTDATA="$WORK/import/data"; mkdir -p "$IMPORTDATA"
  cp "$ROOT/data/organisations.csv" "$IMPORTDATA/"
  head -1 "$ROOT/data/metrics.csv" >"$IMPORTDATA/metrics.csv"
  echo "org,metric,period,value" >"$IMPORTDATA/actuals.csv"
  measure "import every shared NHS England file (8 publications)" "$ROOT/tools/import_realdata.sh" "$IBP" "$IMPORTDATA" "$REALDATA" --add-metrics
  IMPORT_LINE="$(cat "$WORK/import every shared NHS England file (8 publications).wall")s for $(find "$REALDATA" -type f ! -name '*.md' | wc -l) files ($(du -sh "$REALDATA" | cut -f1)): $(( $(wc -l <"$IMPORTDATA/actuals.csv") - 1 )) portal rows and $(( $(wc -l <"$IMPORTDATA/context-actuals.csv") - 1 )) England context rows (target < 30 s, < 1 GB)"
fi

# --- board packs vs headless Chromium ---
PACKS_LINE="skipped: no packs"
pack=$(find "$DATA/output/board-packs" -name '*.pdf' 2>/dev/null | sort | sed -n 1p || true)
if [[ -n "$pack" ]] && command -v chromium >/dev/null; then
  html="${pack%.pdf}.html"; [[ -f "$html" ]] || html="$(dirname "$pack")/index.html"
  if [[ -f "$html" ]]; then
    start=$(date +%s.%N)
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking --print-to-pdf="$WORK/chromium.pdf" "file://$html" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    PACKS_LINE="Chromium printed $(basename "$html") in $(echo "$end - $start" | bc)s"
  else
    PACKS_LINE="skipped: packs exist but no HTML edition of a pack to print"
  fi
fi

# --- the installed tool makes the same site as the Release build (the sample portal, with search and packs) ---
SAME_LINE="skipped"
if (( ! MEMORY_ONLY )); then
  "$IBP" build --root "$ROOT" --clean --quiet --output "$WORK/same-release" >/dev/null 2>&1 || true
  "$IBP_TOOL" build --root "$ROOT" --clean --quiet --output "$WORK/same-tool" >/dev/null 2>&1 || true
  if [[ -d "$WORK/same-tool" ]] && diff -r "$WORK/same-release" "$WORK/same-tool" >/dev/null; then
    SAME_LINE="the sample portal built by the installed tool ($TOOL_KIND) is byte for byte the Release build's ($(find "$WORK/same-tool" -type f | wc -l) files)"
  else
    SAME_LINE="**the installed tool ($TOOL_KIND) and the Release build made different sites from the sample portal**"
  fi
  rm -rf "$WORK/same-release" "$WORK/same-tool"
fi

# --- preview: one-page edit to browser reload, on the sample portal ---
PREVIEW_LINE="$(python3 "$ROOT/bench/preview_latency.py" "$IBP" "$ROOT" 5 2>/dev/null || echo 'preview latency: failed')"

# --- derived figures ---
{
  echo
  read -r p f t < <(summary_counts "cold build, no search" || echo "0 0 1")
  pdfs=$(find "$DATA/output" -name '*.pdf' 2>/dev/null | wc -l || true)
  # Each web chart drawing is an SVG file in a charts/ folder beside its page (wide and phone drawings both counted).
  svgs=$(find "$DATA/output" -path '*/charts/*.svg' 2>/dev/null | wc -l || true)
  echo "National data portal (cold, no search): ${p:-0} pages, ${svgs} chart drawings (SVG files), ${pdfs} board packs in ${t:-?}s build time:" \
       "$(awk -v p="${p:-0}" -v c="$svgs" -v k="$pdfs" -v t="${t:-1}" 'BEGIN{printf "%.1f pages/s, %.1f charts/s, %.2f packs/s", p/t, c/t, k/t}')"
  if [[ -f "$WORK/hugo, $PAGES pages, cold.wall" ]]; then
    median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
    i=$(cat "$WORK/ibp, $PAGES pages, cold, no search"*.wall | median); h=$(cat "$WORK/hugo, $PAGES pages, cold"*.wall | median)
    read -r pp _ pt < <(summary_counts "ibp, $PAGES pages, cold, no search" || echo "0 0 1")
    echo
    jit=$(cat "$WORK/ibp Release build (compiled as it runs), $PAGES pages, cold, no search"*.wall | median)
    RATIO=$(awk -v a="$i" -v b="$h" 'BEGIN{printf "%.2f", a/b}')
    echo "$PAGES pages: ibp ${i}s (the installed tool, $TOOL_KIND; ${pp} pages, $(awk -v p="$pp" -v t="$pt" 'BEGIN{printf "%.0f", p/t}') pages/s in-process), hugo ${h}s (medians of 4 alternate runs); ratio ibp/hugo = ${RATIO}; the Release build, compiled as it runs, ${jit}s (median of 3), ratio $(awk -v a="$jit" -v b="$h" 'BEGIN{printf "%.2f", a/b}')"
  fi
  echo
  [[ -f "$WORK/large.md" ]] && cat "$WORK/large.md"
  echo "Sharded build of the national portal: $SHARD_LINE"
  echo
  echo "Importers: $IMPORT_LINE"
  echo
  echo "Board packs vs Chromium: $PACKS_LINE"
  echo
  echo "Sample portal, ibp preview: $PREVIEW_LINE"
  echo
  echo "Installed tool: $TOOL_KIND; $SAME_LINE"
} >>"$TABLE"

# --- the goals of issue #23, each with its figure and target ---
wall_of() { cat "$WORK/$1.wall" 2>/dev/null || echo ""; }
rss_of() { awk -F': ' '/Maximum resident/{printf "%.0f", $2/1024}' "$WORK/$1.time" 2>/dev/null || echo ""; }
# verdict FIGURE TARGET: met when the figure is at most the target (a "≤" goal); below: strictly under it (a "<" goal).
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "") print "not measured"; else if (v + 0 <= t + 0) print "met"; else print "**missed**" }'; }
below() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "") print "not measured"; else if (v + 0 < t + 0) print "met"; else print "**missed**" }'; }
goal() { echo "| $1 | $2 | $3 | $4 |" >>"$TABLE"; }
{
  echo
  echo "## Goals"
  echo
  echo "| goal | figure | target | |"
  echo "|---|---:|---|---|"
} >>"$TABLE"
if [[ -n "${RATIO:-}" ]]; then
  goal "$PAGES markdown pages, ibp wall / Hugo wall (medians)" "$RATIO" "≤ 1.00" "$(verdict "$RATIO" 1.00)"
fi
cold=$(wall_of "cold build, no search"); cold_rss=$(rss_of "cold build, no search")
goal "national portal cold, no search: wall" "${cold}s" "≤ 30 s" "$(verdict "$cold" 30)"
goal "national portal cold, no search: peak memory" "${cold_rss} MB" "≤ 1,024 MB" "$(verdict "$cold_rss" 1024)"
searched=$(wall_of "cold build, with search")
goal "national portal cold, with search: wall" "${searched}s" "≤ 40 s" "$(verdict "$searched" 40)"
edit=$(wall_of "one-page edit rebuild")
edit_runs=$(cat "$WORK/one-page edit rebuild, run"*.wall 2>/dev/null | tr '\n' ' ' | sed 's/ $//; s/ /, /g')
goal "national portal, one markdown page edited (median of 3: ${edit_runs} s)" "${edit}s" "< 1.5 s" "$(below "$edit" 1.5)"
row_edit=$(wall_of "one data row edited, rebuild")
goal "national portal, one organisation's data row edited" "${row_edit}s" "< 5 s" "$(below "$row_edit" 5)"
preview_ms=$(sed -n 's/.*median \([0-9]*\) ms.*/\1/p' <<<"$PREVIEW_LINE")
goal "sample portal, ibp preview: page saved to browser reload" "${preview_ms:-?} ms" "< 500 ms" "$(below "$preview_ms" 500)"
import_wall=$(wall_of "import every shared NHS England file (8 publications)")
goal "every shared NHS England file imported" "${import_wall}s" "< 30 s" "$(below "$import_wall" 30)"
goal "national portal in $SHARDS shards on $SHARDS runners (longest shard + merge)" "$SHARD_LINE" "" ""

cat "$TABLE"
cp "$TABLE" "$RESULTS/latest.md"
echo >&2; echo "Written to bench/results/latest.md" >&2
