#!/usr/bin/env bash
# Imports every NHS England file in shared/realdata into a portal's data folder with the `ibp import` commands,
# one publication after another, as an analyst would: the ODS trust list first (it names England's trusts), then
# each publication with all of its files at once.
#
# Usage: tools/import_realdata.sh IBP DATA_FOLDER [REALDATA_FOLDER] [--add-metrics]
#   IBP              the ibp program to run (a path, or "dotnet run --project src/IbpPortal.Cli --")
#   DATA_FOLDER      the portal's data/ folder (it must hold organisations.csv, metrics.csv and actuals.csv)
#   REALDATA_FOLDER  shared/realdata (default: ../shared/realdata beside the repository)
#   --add-metrics    add each publication's measures that metrics.csv lacks
# bench/run.sh times this script; tools/make_sample_data.py runs it to put real figures in the sample portal.
set -euo pipefail

IBP="$1"; DATA="$2"; shift 2
REAL="$(cd "$(dirname "$0")/../.." && pwd)/shared/realdata"
ADD=()
for arg in "$@"; do
  if [[ "$arg" == "--add-metrics" ]]; then ADD=(--add-metrics); else REAL="$arg"; fi
done
[[ -d "$REAL/nhse" ]] || { echo "no NHS England files at $REAL/nhse" >&2; exit 2; }

run() { echo "ibp import $1" >&2; $IBP import "$@" --data "$DATA" ${ADD[@]+"${ADD[@]}"}; }

$IBP import ods "$REAL/ods_etr_trusts.csv" --data "$DATA"
shopt -s nullglob
run nhse-ae "$REAL"/nhse/ae_monthly/*.csv "$REAL"/ae_monthly_2024_25/*.csv
run rtt "$REAL"/nhse/rtt/*.zip
run cancer "$REAL"/nhse/cancer_cwt/*.xlsx
run dm01 "$REAL"/nhse/diagnostics_dm01/*.xls
run workforce "$REAL"/nhse/workforce/*.xlsx
run sickness "$REAL"/nhse/workforce_sickness_absence/*.csv
run kh03 "$REAL"/nhse/beds_kh03/*.xlsx
