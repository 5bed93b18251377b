#!/usr/bin/env python3
"""Build the sample plan data in data/ from NHS England's published statistics.

Usage: python3 tools/make_sample_data.py [--realdata PATH] [--ibp COMMAND]

Real figures come from running the real importers (tools/import_realdata.sh with the built `ibp`) over the
shared NHS England files into a temporary data folder: A&E April 2021 to June 2025, cancer waiting times
April 2024 to March 2025, DM01 August to November 2024, workforce August and September 2024, sickness absence
April to December 2024, KH03 beds for Q2 and Q3 2024-25 and RTT for January 2026. The trusts' rows go into
actuals.csv, every other English provider's into context-actuals.csv (England-wide benchmarking), and the
measures are the importers' own (src/IbpPortal/Import/MeasureCatalogue.cs). Measures with no published source
(referrals, elective and outpatient activity, vacancies, finance, falls, complaints), every plan, trajectory
and scenario are synthetic and marked as illustrative. The output is deterministic: one seeded random
generator, drawn in a fixed order, LF line endings, invariant numbers. Standard library only (and `ibp`).
"""

import argparse
import csv
import io
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = 20250630


def month_range(first, last):
    y, m = int(first[:4]), int(first[5:])
    out = []
    while f"{y}-{m:02d}" <= last:
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# The reporting period is June 2025, the last month of real A&E data and the first quarter of the 2025-26 plan year.
REPORTING_PERIOD = "2025-06"
PERIODS = month_range("2021-04", REPORTING_PERIOD)  # the real A&E window; synthetic measures span it too
PLAN_PERIODS = month_range("2025-04", "2026-03")  # financial year 2025-26
LAST_YEAR = month_range("2024-04", "2025-03")  # financial year 2024-25
PLAN_QUARTERS = [p for p in PLAN_PERIODS if int(p[5:]) % 3 == 0]  # quarterly measures are stored at the quarter's last month

REGIONS = {"Y63": "North East and Yorkshire"}
ICBS = {
    "QHM": ("NHS North East and North Cumbria ICB", ["RR7", "RTD", "RTF", "RTR", "RVW", "RXP"]),
    "QWO": ("NHS West Yorkshire ICB", ["RAE", "RCF", "RR8", "RWY", "RXF"]),
}
LARGE_ACUTE_THRESHOLD = 19000  # mean monthly A&E attendances in 2024-25, all department types

SYNTHETIC = "Illustrative (synthetic) figures."
OGL = ("Contains public sector information licensed under the Open Government Licence v3.0 "
       "(NHS England; NHS England Organisation Data Service).")

# The synthetic measures: no file in shared/realdata publishes them.
# id, name, domain, unit, improvement, decimals, target, numerator, denominator, aggregate, meets_demand, description
METRICS = [
    ("referrals", "GP referrals", "demand", "count", "neutral", 0, None, "", "", "sum", "",
     "Referrals from GPs for a first outpatient appointment received in the month."),
    ("elective_activity", "Elective spells delivered", "capacity", "count", "increase", 0, None, "", "", "sum", "",
     "Planned inpatient and day-case hospital spells completed in the month."),
    ("outpatient_first", "First outpatient attendances", "capacity", "count", "increase", 0, None, "", "", "sum", "referrals",
     "First outpatient appointments attended in the month: the capacity that meets GP referrals for a first appointment, like for like."),
    ("vacancy_rate", "Vacancy rate", "workforce", "percent", "decrease", 1, 8, "", "", "mean", "",
     "Funded posts without a substantive post holder, as a share of the funded establishment."),
    ("income_expenditure", "Monthly surplus (deficit)", "finance", "gbp", "increase", 0, None, "", "", "sum", "",
     "The month's income less expenditure in pounds; a negative figure is a deficit."),
    ("agency_spend", "Agency staff spend", "finance", "gbp", "decrease", 0, None, "", "", "sum", "",
     "Money spent on agency staff in the month, in pounds. The 2025/26 planning guidance asks for agency spend at least 30% lower than in 2024/25."),
    ("falls_per_1000", "Inpatient falls per 1,000 bed days", "quality", "rate", "decrease", 2, None, "", "", "mean", "",
     "Falls reported by inpatient wards for every thousand occupied bed days."),
    ("complaints", "Formal complaints received", "quality", "count", "decrease", 0, None, "", "", "sum", "",
     "Written complaints received and logged under the NHS complaints procedure in the month."),
]
SYNTHETIC_IDS = [m[0] for m in METRICS]
# A volume is ranked only per a size measure ("N metric" is per N of that metric); a percentage or rate
# is averaged into an ICB figure only with a weight (without one it has no ICB figure).
# Agency spend is not ranked per staff FTE: the real workforce figures cover only August and September 2024, so the
# per-FTE figure would exist for two months and the June 2025 table would be empty. It is shown as a volume instead.
PER = {}
WEIGHT = {}

# Ownership (illustrative): plan tolerance in % of plan, executive lead, board committee. Blank where not declared.
COO, CNO, CPO, CFO = "Chief Operating Officer", "Chief Nurse", "Chief People Officer", "Chief Financial Officer"
PFC, QC, WFC = "Performance and Finance Committee", "Quality Committee", "Workforce Committee"
OWNERSHIP = {
    "ae_4hr": (2, COO, PFC), "ae_attendances": ("", COO, PFC), "ae_breaches": ("", COO, PFC), "ae_within_4hr": ("", COO, PFC),
    "ae_12hr_dta": ("", COO, QC), "emergency_admissions": ("", COO, PFC),
    "rtt_18wk": (2, COO, PFC), "rtt_52wk_pct": ("", COO, PFC), "rtt_waiting_list": ("", COO, PFC),
    "cancer_fds": (2, COO, QC), "cancer_31d": ("", COO, QC), "cancer_62d": (2, COO, QC), "dm01_6wk": ("", COO, PFC),
    "referrals": ("", COO, PFC), "outpatient_first": ("", COO, PFC), "elective_activity": (5, COO, PFC),
    "ga_occupancy": ("", COO, QC), "ga_beds_available": ("", COO, PFC),
    "falls_per_1000": ("", CNO, QC), "complaints": ("", CNO, QC),
    "staff_fte": (3, CPO, WFC), "nurses_fte": ("", CPO, WFC), "doctors_fte": ("", CPO, WFC), "vacancy_rate": ("", CPO, WFC),
    "sickness_absence": ("", CPO, WFC), "agency_spend": (10, CFO, PFC), "income_expenditure": ("", CFO, PFC),
}

# Data-quality kitemark (illustrative): timeliness, completeness, validation, process, verdict. Metrics not listed are
# "not assessed". Chosen by rule, not at random, so the random stream of the figures is unchanged.
QUALITY = {
    "ae_attendances": ("good", "good", "good", "good", "assured"),
    "ae_breaches": ("good", "good", "good", "good", "assured"),
    "ae_within_4hr": ("good", "good", "good", "good", "assured"),
    "ae_4hr": ("good", "good", "good", "good", "assured"),
    "emergency_admissions": ("good", "good", "fair", "good", "reasonable"),
    "cancer_fds": ("fair", "good", "good", "good", "reasonable"),
    "cancer_62d": ("fair", "good", "good", "good", "reasonable"),
    "ga_occupancy": ("fair", "good", "fair", "fair", "reasonable"),
    "falls_per_1000": ("fair", "fair", "poor", "fair", "limited"),
    "vacancy_rate": ("fair", "good", "fair", "fair", "reasonable"),
    "sickness_absence": ("poor", "good", "fair", "fair", "limited"),
}
DECIMALS = {m[0]: m[5] for m in METRICS}
# Plans are made for these real measures too (they are illustrative like every plan).
PLANNED_REAL = ["ae_attendances", "ae_within_4hr", "ae_breaches", "emergency_admissions", "staff_fte", "ga_beds_available"]
DECIMALS.update({"ae_attendances": 0, "ae_within_4hr": 0, "ae_breaches": 0, "emergency_admissions": 0, "staff_fte": 1,
                 "ga_beds_available": 0})

# Deliberate special-cause patterns in synthetic series (also written into data/README.md).
SHIFT = ("RXF", "vacancy_rate", "2024-10", -3.0, "New recruitment model introduced")
TREND = ("RTD", "falls_per_1000", "2024-09")
OUTLIER = ("RCF", "complaints", "2024-01", 3.2)
SUPPRESSED = ("RVW", "falls_per_1000", "2024-11")
MISSING = ("RCF", "referrals", "2023-07")
NOT_APPLICABLE = ("RR7", "agency_spend", "2021-04")

# Larger teaching trusts carry more planned work than their A&E volume suggests.
COMPLEXITY = {"RTD": 1.5, "RR8": 1.6, "RAE": 1.15}

# Four-hour trajectories to the 2025/26 planning guidance's 78% in March 2026, for three trusts below it.
TRAJECTORY_TRUSTS = ["RCF", "RR8", "RXF"]
FOUR_HOUR_STANDARD = 78.0
NATIONAL_TARGETS = [("ae_4hr", "2026-03", "78"), ("rtt_18wk", "2026-03", "65")]


def title_case(upper_name):
    words = []
    for i, word in enumerate(upper_name.split()):
        low = word.lower()
        if word == "NHS":
            words.append(word)
        elif i > 0 and low in ("and", "of", "upon"):
            words.append(low)
        else:
            words.append(word[0] + low[1:])
    return " ".join(words)


def fmt(value, decimals):
    text = f"{value:.{decimals}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return text


def fmt_target(value):
    return "" if value is None else f"{value:g}"


def write_csv(path, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


def load_trusts(realdata):
    wanted = {code for _, codes in ICBS.values() for code in codes}
    trusts = {}
    with open(realdata / "ods_etr_trusts.csv", newline="", encoding="utf-8") as f:
        for row in csv.reader(f):
            code = row[0].strip()
            if code in wanted:
                trusts[code] = {"name": title_case(row[1].strip()), "region_code": row[2].strip(), "icb": row[3].strip()}
    missing = wanted - trusts.keys()
    if missing:
        sys.exit(f"ods_etr_trusts.csv: trusts not found: {', '.join(sorted(missing))}")
    for icb, (_, codes) in ICBS.items():
        for code in codes:
            if trusts[code]["icb"] != icb:
                sys.exit(f"ods_etr_trusts.csv: {code} belongs to {trusts[code]['icb']}, expected {icb}")
    return trusts


def import_real(ibp, realdata, repo, org_rows):
    """Run the real importers over the shared files into a temporary data folder and read back what they wrote.

    Returns the actuals rows (org, metric, period, value text as the importer wrote it), the metrics.csv rows the
    importers added (header first) and the bytes of context-organisations.csv and context-actuals.csv."""
    with tempfile.TemporaryDirectory(prefix="ibp-sample-import-") as folder:
        work = Path(folder)
        write_csv(work / "organisations.csv", ["code", "name", "type", "icb", "region", "peer_group"], org_rows)
        write_csv(work / "metrics.csv", ["id", "name", "domain", "unit", "improvement", "decimals", "target",
                                         "numerator", "denominator", "aggregate", "description"], [])
        write_csv(work / "actuals.csv", ["org", "metric", "period", "value"], [])
        command = ["bash", str(repo / "tools" / "import_realdata.sh"), ibp, str(work), str(realdata), "--add-metrics"]
        done = subprocess.run(command, cwd=repo, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"tools/import_realdata.sh failed ({done.returncode}):\n{done.stdout}{done.stderr}")
        with open(work / "actuals.csv", newline="", encoding="utf-8") as f:
            actuals = [(r["org"], r["metric"], r["period"], r["value"]) for r in csv.DictReader(f)]
        with open(work / "metrics.csv", newline="", encoding="utf-8") as f:
            metrics = list(csv.reader(f))
        context = {name: (work / name).read_bytes() for name in ("context-organisations.csv", "context-actuals.csv")}
    context["context-actuals.csv"] = recent_context(context["context-actuals.csv"])
    return actuals, metrics, context


CONTEXT_MONTHS = 13  # England-wide ranks use each measure's latest month; a year back keeps the repository small


def recent_context(data):
    """The England context rows of each measure's last CONTEXT_MONTHS months (the header and line order kept)."""
    lines = data.decode("utf-8").split("\n")
    header, rows = lines[0], [line for line in lines[1:] if line]
    latest = {}
    for line in rows:
        _, metric, period, _ = line.split(",", 3)
        latest[metric] = max(latest.get(metric, period), period)

    def months(period):
        year, month = period.split("-")
        return int(year) * 12 + int(month)

    kept = [line for line in rows
            if months(latest[line.split(",", 3)[1]]) - months(line.split(",", 3)[2]) < CONTEXT_MONTHS]
    return ("\n".join([header] + kept) + "\n").encode("utf-8")


def real_series(actuals, codes):
    """The imported actuals of the sample's trusts as {(org, metric, period): float or marker text}.

    ICB rows (the workforce and sickness files give ICBs' own staff) are left out: the portal aggregates
    an ICB's figures from its trusts."""
    series = {}
    for org, metric, period, value in actuals:
        if org in codes:
            series[(org, metric, period)] = float(value) if value not in ("", "*", "-") else value
    for code in codes:
        for period in PERIODS:
            if not isinstance(series.get((code, "ae_attendances", period)), float):
                sys.exit(f"the A&E files have no attendances for {code} in {period}")
    return series


def month_of(period):
    return int(period[5:])


def synthesise(rng, code, attendance_mean):
    """Synthetic monthly actuals for one trust; returns {(metric, period): value or marker}."""
    s = attendance_mean / 20000
    c = COMPLEXITY.get(code, 1.0) * rng.uniform(0.9, 1.1)
    out = {}

    ref_season = {4: 0.95, 5: 1.0, 6: 1.03, 7: 1.02, 8: 0.88, 9: 1.0, 10: 1.05, 11: 1.04, 12: 0.85, 1: 1.03, 2: 0.99, 3: 1.06}
    ref_base = 9000 * s * c
    for i, p in enumerate(PERIODS):
        out[("referrals", p)] = round(ref_base * 1.035 ** (i / 12) * ref_season[month_of(p)] * (1 + rng.gauss(0, 0.025)))

    el_season = {**ref_season, 1: 0.97, 12: 0.84}
    el_base = 0.55 * ref_base
    for i, p in enumerate(PERIODS):
        out[("elective_activity", p)] = round(el_base * 1.03 ** (i / 12) * el_season[month_of(p)] * (1 + rng.gauss(0, 0.03)))

    vac_season = {7: 0.4, 8: 0.4, 9: -0.5, 10: -0.3}
    vac_base = 11.2 if code == "RXF" else rng.uniform(6.0, 9.5)
    for i, p in enumerate(PERIODS):
        v = vac_base - 0.4 * i / 12 + vac_season.get(month_of(p), 0.0) + rng.gauss(0, 0.35)
        if (code, "vacancy_rate") == SHIFT[:2] and p >= SHIFT[2]:
            v += SHIFT[3]
        out[("vacancy_rate", p)] = round(v, 1)

    ie_bias = rng.uniform(-0.6, 0.4) * 500_000 * s * c
    for p in PERIODS:
        v = ie_bias + rng.gauss(0, 300_000 * s * c) + (700_000 * s * c if month_of(p) == 3 else 0)
        out[("income_expenditure", p)] = round(v, -3)

    # Agency spend follows vacancies in a notional establishment (the trust's real staff in post are
    # only published for two months here), falling as national agency caps bite.
    agency_season = {12: 1.1, 1: 1.12, 2: 1.08}
    establishment = 7500 * s * c
    for i, p in enumerate(PERIODS):
        v = (establishment * out[("vacancy_rate", p)] / 100 * 1500 * 0.97 ** (i / 12) * agency_season.get(month_of(p), 1.0)
             * (1 + rng.gauss(0, 0.08)))
        out[("agency_spend", p)] = round(v, -2)

    falls_season = {12: 0.6, 1: 0.8, 2: 0.5}
    falls_base = rng.uniform(5.0, 7.0)
    previous = None
    for p in PERIODS:
        v = falls_base + falls_season.get(month_of(p), 0.0) + rng.gauss(0, 0.35)
        if (code, "falls_per_1000") == TREND[:2] and p >= TREND[2]:
            v = previous + 0.09 + rng.uniform(0, 0.06)  # a steady rise: every month higher than the last
        previous = v
        out[("falls_per_1000", p)] = round(v, 2)

    complaints_base = 30 * s * rng.uniform(0.8, 1.2)
    for p in PERIODS:
        mu = complaints_base * (OUTLIER[3] if (code, "complaints", p) == OUTLIER[:3] else 1.0)
        out[("complaints", p)] = max(0, round(rng.gauss(mu, mu ** 0.5)))

    # First attendances follow referrals about a month later, with a drawn conversion rate, from a separate
    # random stream per trust.
    op = random.Random(f"{SEED}-outpatient_first-{code}")
    conversion = op.uniform(0.92, 0.97)
    for i, p in enumerate(PERIODS):
        referred = out[("referrals", PERIODS[max(i - 1, 0)])]
        out[("outpatient_first", p)] = round(referred * conversion * (1 + op.gauss(0, 0.02)))

    return out


def robust_window(values):
    """Values with missing entries and gross outliers replaced by the window's median."""
    present = [v for v in values if isinstance(v, (int, float))]
    med = statistics.median(present)
    mad = statistics.median(abs(v - med) for v in present) * 1.4826
    return [v if isinstance(v, (int, float)) and (mad == 0 or abs(v - med) <= 3.5 * mad) else med for v in values]


def smoothed_last_year(series, code, metric):
    """Last year's value for each month of the plan year, lightly smoothed with its neighbours."""
    first = PERIODS.index(LAST_YEAR[0]) - 1
    window = robust_window([series.get((code, metric, p)) for p in PERIODS[first:first + 14]])  # 2024-03 .. 2025-04
    return [0.25 * window[k] + 0.5 * window[k + 1] + 0.25 * window[k + 2] for k in range(12)]


PLAN_GROWTH = {"referrals": 1.03, "elective_activity": 1.045, "outpatient_first": 1.035,
               "complaints": 0.95, "agency_spend": 0.70, "falls_per_1000": 0.95, "emergency_admissions": 1.02}
PLAN_SHIFT = {"vacancy_rate": -0.5}
FOUR_HOUR_PROFILE = {12: -1.5, 1: -1.5, 2: -1.0}  # winter months planned lower than the year's line


def four_hour_last_year(series, code):
    att = sum(series[(code, "ae_attendances", p)] for p in LAST_YEAR)
    within = sum(series[(code, "ae_within_4hr", p)] for p in LAST_YEAR)
    return 100 * within / att


def latest(series, code, metric):
    values = [(p, v) for (c, m, p), v in series.items() if c == code and m == metric and isinstance(v, float)]
    return max(values)[1]


def make_plans(rng, series, codes):
    plans = {}
    four_hour = {}
    for code in codes:
        att_plan = [v * rng.uniform(1.01, 1.03) for v in smoothed_last_year(series, code, "ae_attendances")]
        ly_pct = four_hour_last_year(series, code)
        # 2025/26 planning guidance: 78% in March 2026; trusts above it plan one point more (at most 95%).
        end_pct = min(95.0, max(FOUR_HOUR_STANDARD, ly_pct + 1.0))
        four_hour[code] = (ly_pct, end_pct)
        for k, p in enumerate(PLAN_PERIODS):
            pct = ly_pct + (end_pct - ly_pct) * (k + 1) / 12 + FOUR_HOUR_PROFILE.get(month_of(p), 0.0)
            att = round(att_plan[k])
            within = round(att * pct / 100)
            plans[(code, "ae_attendances", p)] = att
            plans[(code, "ae_within_4hr", p)] = within
            plans[(code, "ae_breaches", p)] = att - within

        for metric in ["emergency_admissions"] + SYNTHETIC_IDS:
            base = smoothed_last_year(series, code, metric)
            if metric in PLAN_GROWTH:
                values = [v * PLAN_GROWTH[metric] for v in base]
            elif metric in PLAN_SHIFT:
                values = [v + PLAN_SHIFT[metric] for v in base]
            elif metric == "income_expenditure":
                mean = sum(base) / 12
                values = [v + 0.25 * abs(mean) for v in base]
            else:
                raise AssertionError(f"no plan rule for {metric}")
            for k, p in enumerate(PLAN_PERIODS):
                d = DECIMALS[metric]
                v = values[k]
                if metric in ("income_expenditure", "agency_spend"):
                    v = round(v, -3)
                plans[(code, metric, p)] = round(v, d) if d else round(v)

        # Workforce and beds: from the latest published figure (September 2024 staff, Q3 2024-25 beds), staff
        # growing 1.5% over the year and escalation beds open in the winter quarters.
        staff = latest(series, code, "staff_fte")
        for k, p in enumerate(PLAN_PERIODS):
            plans[(code, "staff_fte", p)] = round(staff * (1 + 0.015 * (k + 1) / 12), 1)
        beds = latest(series, code, "ga_beds_available")
        for p in PLAN_QUARTERS:
            plans[(code, "ga_beds_available", p)] = round(beds * (1.02 if month_of(p) in (12, 3) else 1.0))
    return plans, four_hour


def make_targets(series):
    """Four-hour trajectories to 78% in March 2026 for three trusts below it, in quarterly steps, and the
    national standards of March 2026 for every organisation."""
    rows = []
    for code in TRAJECTORY_TRUSTS:
        ly = four_hour_last_year(series, code)
        steps = [round(ly + (FOUR_HOUR_STANDARD - ly) * i / 4) for i in (1, 2, 3)] + [FOUR_HOUR_STANDARD]
        for k, p in enumerate(PLAN_PERIODS):
            rows.append((code, "ae_4hr", p, fmt(steps[k // 3], 1)))
    for metric, period, value in NATIONAL_TARGETS:
        rows.append(("*", metric, period, value))
    return sorted(rows)


SCENARIOS = """\
# Planning scenarios for IBP step 6. Each adjustment is an annual percentage change applied to
# the baseline (the recent level with its seasonal pattern), compounded monthly over horizon_months.
# A ratio metric (four-hour performance) moves through its numerator and denominator.
# Illustrative: the percentages are assumptions for the sample portal, not forecasts.
- id: do-nothing
  name: "Do nothing"
  description: "Demand grows by the assumed rates below and services carry on as they are."
  horizon_months: 12
  adjustments:
    ae_attendances: 3
    referrals: 4
    emergency_admissions: 3
- id: system-flow
  name: "System flow"
  description: "Investment in same-day emergency care treats more patients without a hospital stay, so fewer are admitted and more are seen within four hours."
  horizon_months: 12
  adjustments:
    ae_attendances: 1
    emergency_admissions: -2
    ae_within_4hr: 5
- id: workforce-first
  name: "Workforce first"
  description: "A recruitment and retention drive fills vacancies, cuts reliance on agency staff and frees capacity for planned operations."
  horizon_months: 12
  adjustments:
    vacancy_rate: -20
    agency_spend: -25
    elective_activity: 6
"""


def marker_value(row_key, value, metric):
    if row_key == SUPPRESSED:
        return "*"
    if row_key == MISSING:
        return ""
    if row_key == NOT_APPLICABLE:
        return "-"
    return fmt(value, DECIMALS[metric])


def check(data_dir, org_codes, metric_ids):
    """Re-read the written files and report problems and the range of every metric."""
    problems = []
    ranges = {}
    for name in ("actuals.csv", "plans.csv", "targets.csv", "rebase.csv", "context-actuals.csv"):
        with open(data_dir / name, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        keys = set()
        for line, row in enumerate(rows, start=2):
            key = (row["org"], row["metric"], row["period"])
            if key in keys:
                problems.append(f"{name}:{line}: duplicate key {key}")
            keys.add(key)
            if row["org"] not in org_codes and row["org"] != "*" and name != "context-actuals.csv":
                problems.append(f"{name}:{line}: unknown org {row['org']}")
            if row["metric"] not in metric_ids:
                problems.append(f"{name}:{line}: unknown metric {row['metric']}")
            p = row["period"]
            if not (len(p) == 7 and p[4] == "-" and p[:4].isdigit() and p[5:].isdigit() and 1 <= int(p[5:]) <= 12):
                problems.append(f"{name}:{line}: bad period {p}")
            if name in ("actuals.csv", "plans.csv") and row["value"] not in ("", "*", "-"):
                v = float(row["value"])
                lo, hi = ranges.setdefault((name, row["metric"]), [v, v])
                ranges[(name, row["metric"])] = [min(lo, v), max(hi, v)]
        if [(r["org"], r["metric"], r["period"]) for r in rows] != sorted(keys):
            problems.append(f"{name}: rows are not sorted by (org, metric, period)")
        print(f"{name}: {len(rows)} rows")
    print(f"{'file':<12} {'metric':<24} {'min':>14} {'max':>14}")
    for (name, metric), (lo, hi) in sorted(ranges.items()):
        print(f"{name:<12} {metric:<24} {lo:>14g} {hi:>14g}")
    return problems


def readme(peer_split, four_hour, counts, real_ids, context_counts):
    lines = []
    add = lines.append
    add("# Sample plan data")
    add("")
    add("The plan data behind the sample portal: 2 ICBs and their 11 acute trusts in North East and Yorkshire,")
    add(f"real NHS England statistics from April 2021 to June 2025 (reporting period {REPORTING_PERIOD}), England-wide")
    add("context for benchmarking, and illustrative plans for 2025-26.")
    add("Generated by `python3 tools/make_sample_data.py` (add `--realdata PATH` if `../shared/realdata` is")
    add("elsewhere, `--ibp COMMAND` to choose the `ibp` program); do not edit the CSV files by hand, change the script")
    add("and run it again. The script runs the real importers (`tools/import_realdata.sh`) into a temporary folder and")
    add("is deterministic (seeded random numbers), so a re-run gives byte-identical files.")
    add("")
    add("## Files")
    add("")
    add("| file | rows | holds |")
    add("|---|---|---|")
    add(f"| `organisations.csv` | {counts['organisations.csv']} | 2 ICBs (QHM, QWO) and their 11 trusts, with region and peer group |")
    add(f"| `metrics.csv` | {counts['metrics.csv']} | the importers' measures (ids and definitions from the default measure catalogue, with the 2025/26 planning guidance standards) and {len(SYNTHETIC_IDS)} synthetic measures |")
    add(f"| `actuals.csv` | {counts['actuals.csv']} | the 11 trusts' actuals: real where published, synthetic otherwise |")
    add(f"| `context-organisations.csv` | {context_counts['context-organisations.csv']} | every other provider in the files, with its type and sector (NHS trusts named from the ODS trust list) |")
    add(f"| `context-actuals.csv` | {context_counts['context-actuals.csv']} | their real figures: England-wide benchmarking (ranks among all English acute trusts) |")
    add(f"| `plans.csv` | {counts['plans.csv']} | illustrative plan trajectories for 2025-26 (2025-04 to 2026-03) |")
    add(f"| `targets.csv` | {counts['targets.csv']} | four-hour trajectories to 78% for {', '.join(TRAJECTORY_TRUSTS)}, and the March 2026 standards for every organisation (`*`) |")
    add(f"| `rebase.csv` | {counts['rebase.csv']} | SPC re-basing points |")
    add(f"| `quality.csv` | {counts['quality.csv']} | illustrative data-quality ratings (timeliness, completeness, validation, process, verdict) for {len(QUALITY)} measures; the rest are \"not assessed\" |")
    add("| `scenarios.yml` | 3 | `do-nothing`, `system-flow`, `workforce-first` (12-month horizon; annual % changes) |")
    add("")
    add("There are no ICB rows in `actuals.csv` or `plans.csv`: the portal aggregates ICB figures from their trusts by")
    add("each metric's `aggregate` rule (the workforce and sickness files' own ICB rows, the ICBs' own staff, are left")
    add("out). Ratio metrics (`ae_4hr`, `rtt_18wk`, `cancer_fds`, `dm01_6wk`, `sickness_absence`, `ga_occupancy` …) have")
    add("no rows either: they are worked out from their two counts, and aggregated as a ratio of sums.")
    add("")
    add("## Real figures")
    add("")
    add("Imported with `ibp import` from `realdata/` (see `realdata/README.md` and `realdata/nhse/README.md`):")
    add("")
    add("| publication | periods | measures |")
    add("|---|---|---|")
    pubs = [
        ("A&E attendances and emergency admissions (`nhse-ae`)", "2021-04 to 2025-06, monthly", "ae_"),
        ("Referral to treatment (`rtt`)", "2026-01 (one month)", "rtt_"),
        ("Cancer waiting times (`cancer`)", "2024-04 to 2025-03, monthly", "cancer_"),
        ("Diagnostics DM01 (`dm01`)", "2024-08 to 2024-11, monthly", "dm01_"),
        ("NHS Workforce Statistics (`workforce`)", "2024-08 and 2024-09", "_fte"),
        ("Sickness absence (`sickness`)", "2024-04 to 2024-12, monthly", "sickness_"),
        ("KH03 beds (`kh03`)", "Q2 and Q3 2024-25 (stored at 2024-09 and 2024-12)", "ga_"),
    ]
    for name, periods, key in pubs:
        ids = [m for m in real_ids if (m.endswith(key) if key.startswith("_") else m.startswith(key))]
        if key == "ae_":
            ids.append("emergency_admissions")
        add(f"| {name} | {periods} | " + ", ".join(f"`{m}`" for m in ids) + " |")
    add("")
    add("Organisation names, ICBs and regions come from the ODS trust extract `realdata/ods_etr_trusts.csv`,")
    add("converted from upper case to title case.")
    add("")
    add(OGL)
    add("")
    add("Things to know about the real figures:")
    add("")
    add(f"- The reporting period is {REPORTING_PERIOD}, the last month of A&E data and the end of the first quarter of")
    add("  the 2025-26 plan year. The other publications end earlier; scorecards and packs show each measure's latest")
    add("  month at or before the reporting period and name it.")
    add("- The RTT extract is for January 2026, after the reporting period: its figures are in `actuals.csv` and")
    add("  `context-actuals.csv` but the portal shows no month after the reporting period, so they appear only when")
    add("  `reporting_period` is moved to 2026-01 or later.")
    add("- A&E attendances count every department type and booked appointments, as the importer adds them up; department")
    add("  types open, close and are reclassified, which moves a trust's total with no change in demand.")
    add("- Four-hour performance in 2024-25 (all types) and the planned level for March 2026:")
    for code in sorted(four_hour):
        ly, plan = four_hour[code]
        add(f"  {code} {ly:.1f}% -> {plan:.1f}%" + (";" if code != sorted(four_hour)[-1] else "."))
    add(f"  Trusts below the 2025/26 planning guidance's {FOUR_HOUR_STANDARD:g}% plan to reach it in March 2026; the others plan")
    add("  one point more than in 2024-25. The plan rises in a straight line over the year and dips in December to February.")
    add("")
    add("## Synthetic (illustrative) figures")
    add("")
    add("No file in `realdata/` publishes these, so they are made up: " + ", ".join(f"`{m}`" for m in SYNTHETIC_IDS) + ".")
    add(f"Their descriptions in `metrics.csv` end with \"{SYNTHETIC}\" and the portal says so wherever it shows")
    add("them. So is every plan, trajectory and scenario. The figures are scaled to each trust's size (mean monthly A&E")
    add("attendances in 2024-25, with extra weight for the large teaching trusts RTD, RR8 and RAE), with seasonality")
    add("(falls and agency spend up in winter; referrals and elective activity down in August and December; a year-end")
    add("surplus in March) and random noise.")
    add("")
    add("Peer groups: \"Large acute\" for trusts with mean monthly A&E attendances (all types, 2024-25) of")
    add(f"{LARGE_ACUTE_THRESHOLD:,} or more, \"Medium acute\" otherwise:")
    for group, members in sorted(peer_split.items()):
        add(f"- {group}: " + ", ".join(f"{c} ({m:,.0f})" for c, m in members))
    add("")
    add("## Deliberate patterns")
    add("")
    add("Put in the synthetic series on purpose so that the SPC rules and the data markers have something to find")
    add("(the real series have special causes of their own):")
    add("")
    shift_points = len([p for p in PERIODS if p >= SHIFT[2]])
    trend_points = len([p for p in PERIODS if p >= TREND[2]])
    add(f"- **Shift**: {SHIFT[0]} `{SHIFT[1]}` drops by {abs(SHIFT[3]):g} points from {SHIFT[2]} and stays down")
    add(f"  (\"{SHIFT[4]}\"). `rebase.csv` re-bases the chart at that month, so the new segment has only")
    add(f"  {shift_points} points (fewer than 13: flagged as unreliable). Its agency spend falls with it.")
    add(f"- **Trend**: {TREND[0]} `{TREND[1]}` rises every month from {TREND[2]} to {REPORTING_PERIOD} ({trend_points - 1} rises in a")
    add("  row, each month higher than the last).")
    add(f"- **Outlier**: {OUTLIER[0]} `{OUTLIER[1]}` in {OUTLIER[2]} is about {OUTLIER[3]:g} times its usual level.")
    add(f"- **Suppressed** (`*`): {SUPPRESSED[0]} `{SUPPRESSED[1]}` {SUPPRESSED[2]}.")
    add(f"- **Missing** (blank value): {MISSING[0]} `{MISSING[1]}` {MISSING[2]}.")
    add(f"- **Not applicable** (`-`): {NOT_APPLICABLE[0]} `{NOT_APPLICABLE[1]}` {NOT_APPLICABLE[2]}.")
    add(f"- **Targets**: {', '.join(TRAJECTORY_TRUSTS)} four-hour trajectories rise in quarterly steps from their 2024-25 level")
    add(f"  to {FOUR_HOUR_STANDARD:g}% in January to March 2026; " + "; ".join(f"`*,{m},{p},{v}`" for m, p, v in NATIONAL_TARGETS)
        + " set the March 2026 standards for every organisation.")
    add("")
    add("## How plans were made")
    add("")
    add("For each month of 2025-26: the same month of 2024-25, smoothed with its neighbours (one quarter each")
    add("side) after replacing missing values and gross outliers with the median, then adjusted: A&E")
    add("attendances +1% to +3% (per trust), emergency admissions +2%, referrals +3%, first outpatient attendances")
    add("+3.5%, elective activity +4.5%, complaints -5%, agency spend -30% (the planning guidance's cut), falls -5%,")
    add("vacancy rate -0.5 points; surplus (deficit) improved by a quarter of last year's average month. Planned")
    add("`ae_within_4hr` is the planned attendances times the planned four-hour percentage; `ae_breaches` is the rest.")
    add("Staff in post start from September 2024's published FTE and grow 1.5% over the year; G&A beds (quarterly)")
    add("stay at Q3 2024-25's level, 2% higher in the two winter quarters.")
    add("")
    return "\n".join(lines)


def main():
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=repo.parent / "shared" / "realdata",
                        help="the shared realdata folder (ods_etr_trusts.csv, ae_monthly_2024_25/, nhse/)")
    built = repo / "src" / "IbpPortal.Cli" / "bin" / "Debug" / "net10.0" / "ibp"
    parser.add_argument("--ibp", default=str(built) if built.exists() else "dotnet run --project src/IbpPortal.Cli --",
                        help="the ibp program that imports the files (default: the built Debug ibp, else dotnet run)")
    args = parser.parse_args()
    realdata = args.realdata.resolve()
    data_dir = repo / "data"
    data_dir.mkdir(exist_ok=True)
    rng = random.Random(SEED)

    trusts = load_trusts(realdata)
    trust_codes = sorted(trusts)
    org_rows = []
    for icb, (name, _) in ICBS.items():
        org_rows.append((icb, name, "icb", "", REGIONS["Y63"], "ICB"))
    for c in trust_codes:
        t = trusts[c]
        if t["region_code"] not in REGIONS:
            sys.exit(f"ods_etr_trusts.csv: {c} has unexpected national grouping {t['region_code']}")
        org_rows.append([c, t["name"], "trust", t["icb"], REGIONS[t["region_code"]], ""])

    # Real figures: the importers over the shared files, with the organisations (peer groups come after)
    actuals, imported_metrics, context = import_real(args.ibp, realdata, repo, sorted(tuple(r) for r in org_rows))
    series = real_series(actuals, set(trust_codes))

    # Organisations and peer groups
    means = {c: sum(series[(c, "ae_attendances", p)] for p in LAST_YEAR) / len(LAST_YEAR) for c in trust_codes}
    peer = {c: "Large acute" if means[c] >= LARGE_ACUTE_THRESHOLD else "Medium acute" for c in trust_codes}
    peer_split = {}
    for c in trust_codes:
        peer_split.setdefault(peer[c], []).append((c, means[c]))
    for row in org_rows:
        if row[2] == "trust":
            row[5] = peer[row[0]]
    org_rows = sorted(tuple(r) for r in org_rows)
    write_csv(data_dir / "organisations.csv", ["code", "name", "type", "icb", "region", "peer_group"], org_rows)

    # Metrics: the importers' (the catalogue's) then the synthetic ones, in the importers' columns
    header = imported_metrics[0]
    metric_rows = [tuple(r) for r in imported_metrics[1:]]
    real_ids = [r[0] for r in metric_rows]
    for (mid, name, domain, unit, improvement, decimals, target, num, den, agg, meets, desc) in METRICS:
        cells = {"id": mid, "name": name, "domain": domain, "unit": unit, "improvement": improvement, "decimals": decimals,
                 "target": fmt_target(target), "numerator": num, "denominator": den, "aggregate": agg,
                 "description": f"{desc} {SYNTHETIC}", "meets_demand": meets, "per": PER.get(mid, ""),
                 "weight": WEIGHT.get(mid, ""), "frequency": "monthly"}
        metric_rows.append(tuple(cells.get(h, "") for h in header))
    owned = ("plan_tolerance", "executive_lead", "committee")
    metric_rows = [tuple(str(OWNERSHIP.get(row[0], ("", "", ""))[owned.index(h)]) if h in owned else cell
                         for h, cell in zip(header, row)) for row in metric_rows]
    write_csv(data_dir / "metrics.csv", header, metric_rows)
    quality_rows = [(c, m) + QUALITY[m] for c, *_ in org_rows for m in sorted(QUALITY)]
    write_csv(data_dir / "quality.csv", ["org", "metric", "timeliness", "completeness", "validation", "process", "verdict"], quality_rows)
    metric_ids = {r[0] for r in metric_rows}

    # Actuals: real then synthetic, drawing random numbers trust by trust in code order
    for c in trust_codes:
        for (metric, p), v in synthesise(rng, c, means[c]).items():
            series[(c, metric, p)] = v
    trend_values = [series[(TREND[0], TREND[1], p)] for p in PERIODS if p >= TREND[2]]
    assert all(b > a for a, b in zip(trend_values, trend_values[1:])), "trend is not strictly rising"
    for marked in (SUPPRESSED, MISSING, NOT_APPLICABLE):
        series[marked] = None  # the plan builder treats these as missing
    real_text = {(o, m, p): v for o, m, p, v in actuals}
    actual_rows = []
    for (c, metric, p), v in sorted(series.items()):
        text = real_text[(c, metric, p)] if metric in real_ids else marker_value((c, metric, p), v, metric)
        actual_rows.append((c, metric, p, text))
    write_csv(data_dir / "actuals.csv", ["org", "metric", "period", "value"], actual_rows)
    for name, data in sorted(context.items()):
        (data_dir / name).write_bytes(data.replace(b"\r\n", b"\n"))

    # Plans, targets, rebase, scenarios
    plans, four_hour = make_plans(rng, series, trust_codes)
    plan_rows = [(c, m, p, fmt(v, DECIMALS[m])) for (c, m, p), v in sorted(plans.items())]
    write_csv(data_dir / "plans.csv", ["org", "metric", "period", "value"], plan_rows)
    target_rows = make_targets(series)
    write_csv(data_dir / "targets.csv", ["org", "metric", "period", "value"], target_rows)
    rebase_rows = [(SHIFT[0], SHIFT[1], SHIFT[2], SHIFT[4])]
    write_csv(data_dir / "rebase.csv", ["org", "metric", "period", "reason"], rebase_rows)
    (data_dir / "scenarios.yml").write_bytes(SCENARIOS.encode("utf-8"))

    counts = {"organisations.csv": len(org_rows), "metrics.csv": len(metric_rows), "actuals.csv": len(actual_rows),
              "plans.csv": len(plan_rows), "targets.csv": len(target_rows), "rebase.csv": len(rebase_rows), "quality.csv": len(quality_rows)}
    context_counts = {name: data.count(b"\n") - 1 for name, data in context.items()}
    (data_dir / "README.md").write_bytes(readme(peer_split, four_hour, counts, real_ids, context_counts).encode("utf-8"))

    print("peer groups:")
    for group, members in sorted(peer_split.items()):
        print(f"  {group}: " + ", ".join(f"{c} {m:,.0f}" for c, m in members))
    print("four-hour % 2024-25 -> planned March 2026:")
    for c, (ly, plan) in sorted(four_hour.items()):
        print(f"  {c} {ly:.1f} -> {plan:.1f}")
    problems = check(data_dir, {r[0] for r in org_rows}, metric_ids)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
