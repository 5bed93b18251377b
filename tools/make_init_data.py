#!/usr/bin/env python3
"""Write the example plan data that `ibp init` gives a new portal (templates/init/data) from the sample's data/.

Usage: python3 tools/make_init_data.py   (after tools/make_sample_data.py; reads data/, writes templates/init/data/)

A small, current example on real NHS England figures: three West Yorkshire acute trusts (Bradford, Airedale, Leeds),
A&E for the 24 months to June 2025, cancer 28-day Faster Diagnosis Standard for 2024-25 and RTT for January 2026 (the
one month the shared files hold, after the June 2025 reporting period, so shown as "latest: Jan 2026"), with the
sample's illustrative 2025-26 A&E plans and four-hour trajectories. Their ICB (West Yorkshire, QWO) is listed so the
example shows ICB figures, which are made from these three of its five trusts only (templates/init/data/README.md says so).
Deterministic: rows in the sample's order, LF endings.
"""

import csv
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data"
OUT = ROOT / "templates" / "init" / "data"
ICB = "QWO"
TRUSTS = ["RAE", "RCF", "RR8"]
A_AND_E = ["ae_attendances", "ae_breaches", "ae_within_4hr", "ae_4hr", "emergency_admissions", "ae_12hr_dta"]
CANCER = ["cancer_fds_within", "cancer_fds_total", "cancer_fds"]
RTT = ["rtt_waiting_list", "rtt_within_18wk", "rtt_known_clock_start", "rtt_18wk", "rtt_52wk_pct", "rtt_over_52wk"]
METRICS = A_AND_E + CANCER + RTT
FIRST_MONTH = {**{m: "2023-07" for m in A_AND_E}, **{m: "2024-04" for m in CANCER}, **{m: "2026-01" for m in RTT}}
PLANNED = ["ae_attendances", "ae_breaches", "ae_within_4hr", "emergency_admissions"]


def read(name):
    with open(SAMPLE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(name, header, rows):
    buffer = io.StringIO()
    w = csv.writer(buffer, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow([row[h] for h in header])
    (OUT / name).write_text(buffer.getvalue(), encoding="utf-8", newline="\n")
    return len(rows)


def main():
    orgs = [o for o in read("organisations.csv") if o["code"] in [ICB] + TRUSTS]
    write("organisations.csv", ["code", "name", "type", "icb", "region", "peer_group"], orgs)

    metrics = [m for m in read("metrics.csv") if m["id"] in METRICS]
    header = list(read("metrics.csv")[0].keys())
    write("metrics.csv", header, sorted(metrics, key=lambda m: METRICS.index(m["id"])))

    actuals = [r for r in read("actuals.csv")
               if r["org"] in TRUSTS and r["metric"] in FIRST_MONTH and r["period"] >= FIRST_MONTH[r["metric"]]]
    n = write("actuals.csv", ["org", "metric", "period", "value"], actuals)
    plans = [r for r in read("plans.csv") if r["org"] in TRUSTS and r["metric"] in PLANNED]
    p = write("plans.csv", ["org", "metric", "period", "value"], plans)
    targets = [r for r in read("targets.csv") if r["org"] in TRUSTS + ["*"] and r["metric"] in METRICS]
    t = write("targets.csv", ["org", "metric", "period", "value"], targets)
    write("rebase.csv", ["org", "metric", "period", "reason"], [])
    print(f"templates/init/data: {len(orgs)} organisations, {len(metrics)} measures, {n} actuals, {p} plan rows, {t} targets")


if __name__ == "__main__":
    main()
