#!/usr/bin/env python3
"""Build the sample plan data in data/ from NHS England's published A&E statistics.

Usage: python3 tools/make_sample_data.py [--realdata PATH]

Real figures (A&E attendances, four-hour breaches, emergency admissions for April 2016 to
March 2019) come from ae_attendances_2016_2019.csv; organisations from the ODS trust extract.
Every other figure is synthetic and marked as illustrative. The output is deterministic:
one seeded random generator, drawn in a fixed order, LF line endings, invariant numbers.
Standard library only.
"""

import argparse
import csv
import io
import random
import statistics
import sys
from pathlib import Path

SEED = 20190331
PERIODS = [f"{2016 + (m + 3) // 12}-{(m + 3) % 12 + 1:02d}" for m in range(36)]  # 2016-04 .. 2019-03
PLAN_PERIODS = PERIODS[24:]  # financial year 2018-19
LAST_YEAR = PERIODS[12:24]  # financial year 2017-18

REGIONS = {"Y63": "North East and Yorkshire"}
ICBS = {
    "QHM": ("NHS North East and North Cumbria ICB", ["RR7", "RTD", "RTF", "RTR", "RVW", "RXP"]),
    "QWO": ("NHS West Yorkshire ICB", ["RAE", "RCF", "RR8", "RWY", "RXF"]),
}
LARGE_ACUTE_THRESHOLD = 15000  # mean monthly A&E attendances, all department types

REAL_SOURCE = "Source: NHS England A&E attendances and emergency admissions, Apr 2016 to Mar 2019."
SYNTHETIC = "Illustrative (synthetic) figures."
OGL = ("Contains public sector information licensed under the Open Government Licence v3.0 "
       "(NHS England; NHS England Organisation Data Service).")

# id, name, domain, unit, improvement, decimals, target, numerator, denominator, aggregate, meets_demand, real, description
METRICS = [
    ("ae_attendances", "A&E attendances, all types", "demand", "count", "neutral", 0, None, "", "", "sum", "", True,
     "Attendances at all A&E department types (major emergency departments, single-specialty units and "
     "urgent treatment centres or walk-in units) in the month."),
    ("emergency_admissions", "Emergency admissions via A&E", "demand", "count", "neutral", 0, None, "", "", "sum", "", True,
     "Patients admitted as an emergency after attending A&E in the month."),
    ("referrals", "GP referrals", "demand", "count", "neutral", 0, None, "", "", "sum", "", False,
     "Referrals from GPs for a first outpatient appointment received in the month."),
    ("ga_beds", "General and acute beds available", "capacity", "count", "increase", 0, None, "", "", "sum", "", False,
     "Average number of general and acute beds open and available in the month, including escalation beds."),
    ("elective_activity", "Elective spells delivered", "capacity", "count", "increase", 0, None, "", "", "sum", "", False,
     "Planned inpatient and day-case hospital spells completed in the month."),
    ("outpatient_first", "First outpatient attendances", "capacity", "count", "increase", 0, None, "", "", "sum", "referrals", False,
     "First outpatient appointments attended in the month: the capacity that meets GP referrals for a first appointment, like for like."),
    ("bed_occupancy", "G&A bed occupancy", "capacity", "percent", "decrease", 1, 92, "", "", "mean", "", False,
     "Share of available general and acute beds occupied at midnight, averaged over the month."),
    ("staff_wte", "Substantive staff in post", "workforce", "wte", "increase", 1, None, "", "", "sum", "", False,
     "Whole-time equivalent staff employed on permanent or fixed-term contracts at the end of the month."),
    ("vacancy_rate", "Vacancy rate", "workforce", "percent", "decrease", 1, 8, "", "", "mean", "", False,
     "Funded posts without a substantive post holder, as a share of the funded establishment."),
    ("sickness_absence", "Sickness absence rate", "workforce", "percent", "decrease", 2, 4.5, "", "", "mean", "", False,
     "Working time lost to sickness absence as a share of the time available."),
    ("income_expenditure", "Monthly surplus (deficit)", "finance", "gbp", "increase", 0, None, "", "", "sum", "", False,
     "The month's income less expenditure in pounds; a negative figure is a deficit."),
    ("agency_spend", "Agency staff spend", "finance", "gbp", "decrease", 0, None, "", "", "sum", "", False,
     "Money spent on agency staff in the month, in pounds."),
    ("falls_per_1000", "Inpatient falls per 1,000 bed days", "quality", "rate", "decrease", 2, None, "", "", "mean", "", False,
     "Falls reported by inpatient wards for every thousand occupied bed days."),
    ("complaints", "Formal complaints received", "quality", "count", "decrease", 0, None, "", "", "sum", "", False,
     "Written complaints received and logged under the NHS complaints procedure in the month."),
    ("ae_within_4hr", "A&E attendances seen within 4 hours", "performance", "count", "increase", 0, None, "", "", "sum", "", True,
     "Attendances where the patient was admitted, transferred or discharged within four hours of arrival "
     "(attendances less breaches)."),
    ("ae_4hr", "Four-hour A&E performance", "performance", "percent", "increase", 1, 95, "ae_within_4hr", "ae_attendances", "none", "", True,
     "Share of A&E attendances admitted, transferred or discharged within four hours of arrival, worked out "
     "from attendances seen within four hours and all attendances."),
    ("ae_breaches", "A&E attendances over 4 hours", "performance", "count", "decrease", 0, None, "", "", "sum", "", True,
     "Attendances where the patient spent more than four hours in A&E from arrival to admission, transfer "
     "or discharge."),
    ("rtt_18wk", "Patients waiting under 18 weeks for treatment", "performance", "percent", "increase", 1, 92, "", "", "mean", "", False,
     "Share of patients on the waiting list for consultant-led treatment who have waited less than 18 weeks."),
]
METRIC_IDS = [m[0] for m in METRICS]

# Ownership (illustrative): plan tolerance in % of plan, executive lead, board committee. Blank where not declared.
OWNERSHIP = {
    "ae_4hr": (2, "Chief Operating Officer", "Performance and Finance Committee"),
    "ae_breaches": ("", "Chief Operating Officer", "Performance and Finance Committee"),
    "ae_within_4hr": ("", "Chief Operating Officer", "Performance and Finance Committee"),
    "rtt_18wk": (2, "Chief Operating Officer", "Performance and Finance Committee"),
    "elective_activity": (5, "Chief Operating Officer", "Performance and Finance Committee"),
    "bed_occupancy": (2, "Chief Operating Officer", "Quality Committee"),
    "ga_beds": ("", "Chief Operating Officer", "Performance and Finance Committee"),
    "outpatient_first": ("", "Chief Operating Officer", "Performance and Finance Committee"),
    "falls_per_1000": ("", "Chief Nurse", "Quality Committee"),
    "complaints": ("", "Chief Nurse", "Quality Committee"),
    "staff_wte": (3, "Chief People Officer", "Workforce Committee"),
    "vacancy_rate": ("", "Chief People Officer", "Workforce Committee"),
    "sickness_absence": ("", "Chief People Officer", "Workforce Committee"),
    "agency_spend": (10, "Chief Financial Officer", "Performance and Finance Committee"),
    "income_expenditure": ("", "Chief Financial Officer", "Performance and Finance Committee"),
}

# Data-quality kitemark (illustrative): timeliness, completeness, validation, process, verdict. Metrics not listed are "not assessed".
# Chosen by rule, not at random, so the random stream of the figures is unchanged.
QUALITY = {
    "ae_attendances": ("good", "good", "good", "good", "assured"),
    "ae_breaches": ("good", "good", "good", "good", "assured"),
    "ae_within_4hr": ("good", "good", "good", "good", "assured"),
    "ae_4hr": ("good", "good", "good", "good", "assured"),
    "emergency_admissions": ("good", "good", "fair", "good", "reasonable"),
    "rtt_18wk": ("good", "fair", "fair", "good", "reasonable"),
    "bed_occupancy": ("good", "good", "fair", "fair", "reasonable"),
    "falls_per_1000": ("fair", "fair", "poor", "fair", "limited"),
    "vacancy_rate": ("fair", "good", "fair", "fair", "reasonable"),
    "sickness_absence": ("poor", "good", "fair", "fair", "limited"),
}
# A volume is ranked only per a size measure ("N metric" is per N of that metric); a percentage or rate
# is averaged into an ICB figure only with a weight (without one it has no ICB figure).
PER = {"complaints": "100 ga_beds", "agency_spend": "staff_wte"}
WEIGHT = {"bed_occupancy": "ga_beds", "sickness_absence": "staff_wte", "falls_per_1000": "ga_beds"}
DECIMALS = {m[0]: m[5] for m in METRICS}
REAL_METRICS = ["ae_attendances", "ae_breaches", "ae_within_4hr", "emergency_admissions"]

# Deliberate special-cause patterns (also written into data/README.md).
SHIFT = ("RXF", "vacancy_rate", "2018-06", -3.0, "New recruitment model introduced")
TREND = ("RTD", "sickness_absence", "2018-07")
OUTLIER = ("RCF", "complaints", "2018-01", 3.2)
SUPPRESSED = ("RVW", "falls_per_1000", "2018-11")
MISSING = ("RCF", "rtt_18wk", "2017-07")
NOT_APPLICABLE = ("RR7", "agency_spend", "2016-04")

# Larger teaching trusts carry more beds, staff and planned work than their A&E volume suggests.
COMPLEXITY = {"RTD": 1.5, "RR8": 1.6, "RAE": 1.15}


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


def load_ae(realdata, codes):
    """Sum every department type per trust and month."""
    totals = {}
    types = {}
    with open(realdata / "ae_attendances_2016_2019.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["org_code"].strip()
            if code not in codes:
                continue
            period = row["period"][:7]
            t = totals.setdefault((code, period), [0, 0, 0])
            t[0] += int(row["attendances"])
            t[1] += int(row["breaches"])
            t[2] += int(row["admissions"])
            types.setdefault((code, period), set()).add(row["type"].strip())
    series = {}
    for code in codes:
        for period in PERIODS:
            if (code, period) not in totals:
                sys.exit(f"ae_attendances_2016_2019.csv: no rows for {code} in {period}")
            att, breaches, adm = totals[(code, period)]
            series[(code, "ae_attendances", period)] = att
            series[(code, "ae_breaches", period)] = breaches
            series[(code, "ae_within_4hr", period)] = att - breaches
            series[(code, "emergency_admissions", period)] = adm
    return series, types


def month_of(period):
    return int(period[5:])


def synthesise(rng, code, attendance_mean):
    """Synthetic monthly actuals for one trust; returns {(metric, period): value or marker}."""
    s = attendance_mean / 15000
    c = COMPLEXITY.get(code, 1.0) * rng.uniform(0.9, 1.1)
    out = {}

    ref_season = {4: 0.95, 5: 1.0, 6: 1.03, 7: 1.02, 8: 0.88, 9: 1.0, 10: 1.05, 11: 1.04, 12: 0.85, 1: 1.03, 2: 0.99, 3: 1.06}
    ref_base = 9000 * s * c
    for i, p in enumerate(PERIODS):
        out[("referrals", p)] = round(ref_base * 1.035 ** (i / 12) * ref_season[month_of(p)] * (1 + rng.gauss(0, 0.025)))

    el_season = {**ref_season, 1: 0.97, 12: 0.84}
    el_base = 0.55 * ref_base
    for i, p in enumerate(PERIODS):
        out[("elective_activity", p)] = round(el_base * 1.02 ** (i / 12) * el_season[month_of(p)] * (1 + rng.gauss(0, 0.03)))

    bed_season = {12: 1.03, 1: 1.04, 2: 1.035, 3: 1.02}
    bed_base = 700 * s * c
    for i, p in enumerate(PERIODS):
        out[("ga_beds", p)] = round(bed_base * 0.995 ** (i / 12) * bed_season.get(month_of(p), 1.0) * (1 + rng.gauss(0, 0.004)))

    occ_season = {12: 2.0, 1: 3.5, 2: 3.0, 3: 1.5, 7: -1.0, 8: -1.2}
    occ_base = 94.0 if code in ("RR8", "RXF") else rng.uniform(87.5, 92.0)
    for i, p in enumerate(PERIODS):
        v = occ_base + 0.5 * i / 12 + occ_season.get(month_of(p), 0.0) + rng.gauss(0, 0.8)
        out[("bed_occupancy", p)] = round(min(v, 99.0), 1)

    wte_season = {9: 1.006, 10: 1.008, 11: 1.006}
    wte_base = 6000 * s * c
    for i, p in enumerate(PERIODS):
        out[("staff_wte", p)] = round(wte_base * 1.015 ** (i / 12) * wte_season.get(month_of(p), 1.0) * (1 + rng.gauss(0, 0.003)), 1)

    vac_season = {7: 0.4, 8: 0.4, 9: -0.5, 10: -0.3}
    vac_base = 11.2 if code == "RXF" else rng.uniform(7.0, 10.5)
    for p in PERIODS:
        v = vac_base + vac_season.get(month_of(p), 0.0) + rng.gauss(0, 0.35)
        if (code, "vacancy_rate") == SHIFT[:2] and p >= SHIFT[2]:
            v += SHIFT[3]
        out[("vacancy_rate", p)] = round(v, 1)

    sick_season = {11: 0.3, 12: 0.7, 1: 0.8, 2: 0.5, 3: 0.2}
    sick_base = rng.uniform(3.9, 4.6)
    previous = None
    for p in PERIODS:
        v = sick_base + sick_season.get(month_of(p), 0.0) + rng.gauss(0, 0.15)
        if (code, "sickness_absence") == TREND[:2] and p >= TREND[2]:
            v = previous + 0.09 + rng.uniform(0, 0.06)  # a steady rise: every month higher than the last
        previous = v
        out[("sickness_absence", p)] = round(v, 2)

    ie_bias = rng.uniform(-0.6, 0.4) * 400_000 * s * c
    for p in PERIODS:
        v = ie_bias + rng.gauss(0, 250_000 * s * c) + (600_000 * s * c if month_of(p) == 3 else 0)
        out[("income_expenditure", p)] = round(v, -3)

    agency_season = {12: 1.1, 1: 1.12, 2: 1.08}
    for p in PERIODS:
        v = out[("staff_wte", p)] * out[("vacancy_rate", p)] / 100 * 1400 * agency_season.get(month_of(p), 1.0) * (1 + rng.gauss(0, 0.08))
        out[("agency_spend", p)] = round(v, -2)

    falls_season = {12: 0.6, 1: 0.8, 2: 0.5}
    falls_base = rng.uniform(5.0, 7.0)
    for p in PERIODS:
        out[("falls_per_1000", p)] = round(falls_base + falls_season.get(month_of(p), 0.0) + rng.gauss(0, 0.35), 2)

    complaints_base = 30 * s * rng.uniform(0.8, 1.2)
    for p in PERIODS:
        mu = complaints_base * (OUTLIER[3] if (code, "complaints", p) == OUTLIER[:3] else 1.0)
        out[("complaints", p)] = max(0, round(rng.gauss(mu, mu ** 0.5)))

    rtt_season = {12: -0.5, 1: -0.8, 2: -0.4}
    rtt_base = rng.uniform(89.0, 93.5)
    rtt_decline = rng.uniform(1.0, 1.5)
    for i, p in enumerate(PERIODS):
        v = rtt_base - rtt_decline * i / 12 + rtt_season.get(month_of(p), 0.0) + rng.gauss(0, 0.4)
        out[("rtt_18wk", p)] = round(min(v, 99.0), 1)

    # First attendances follow referrals about a month later, with a drawn conversion rate. A separate random
    # stream per trust keeps every other synthetic figure as it was before this measure was added.
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
    window = robust_window([series[(code, metric, p)] for p in PERIODS[11:25]])  # 2017-03 .. 2018-04
    return [0.25 * window[k] + 0.5 * window[k + 1] + 0.25 * window[k + 2] for k in range(12)]


PLAN_GROWTH = {"referrals": 1.03, "elective_activity": 1.045, "outpatient_first": 1.035, "ga_beds": 1.0, "staff_wte": 1.02,
               "complaints": 0.95, "agency_spend": 0.85, "falls_per_1000": 0.95, "emergency_admissions": 1.02}
PLAN_SHIFT = {"bed_occupancy": -1.0, "vacancy_rate": -0.5, "sickness_absence": -0.2, "rtt_18wk": 0.5}
FOUR_HOUR_PROFILE = {12: -1.5, 1: -1.5, 2: -1.0, 3: -0.5}  # winter months planned lower; the rest +0.5625


def make_plans(rng, series, codes):
    plans = {}
    four_hour = {}
    for code in codes:
        att_plan = [v * rng.uniform(1.015, 1.03) for v in smoothed_last_year(series, code, "ae_attendances")]
        ly_att = sum(series[(code, "ae_attendances", p)] for p in LAST_YEAR)
        ly_within = sum(series[(code, "ae_within_4hr", p)] for p in LAST_YEAR)
        ly_pct = 100 * ly_within / ly_att
        base_pct = ly_pct + 4.0 if ly_pct < 87 else min(95.0, max(90.0, ly_pct + 1.0))
        four_hour[code] = (ly_pct, base_pct)
        for k, p in enumerate(PLAN_PERIODS):
            pct = min(95.0, base_pct + FOUR_HOUR_PROFILE.get(month_of(p), 4.5 / 8))
            att = round(att_plan[k])
            within = round(att * pct / 100)
            plans[(code, "ae_attendances", p)] = att
            plans[(code, "ae_within_4hr", p)] = within
            plans[(code, "ae_breaches", p)] = att - within

        for metric in METRIC_IDS:
            if metric in ("ae_attendances", "ae_within_4hr", "ae_breaches", "ae_4hr"):
                continue
            base = smoothed_last_year(series, code, metric)
            if metric in PLAN_GROWTH:
                values = [v * PLAN_GROWTH[metric] for v in base]
            elif metric in PLAN_SHIFT:
                values = [v + PLAN_SHIFT[metric] for v in base]
                if metric == "rtt_18wk":
                    values = [min(max(v, b), 92.0) if b < 92.0 else b for v, b in zip(values, base)]
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
    return plans, four_hour


def make_targets():
    rows = []
    steps = {"RR8": (90.0, 91.0, 92.0), "RXF": (90.0, 91.0, 92.0), "RAE": (88.0, 89.0, 90.0)}
    for code, (first, second, third) in steps.items():
        for p in PLAN_PERIODS:
            m = month_of(p)
            value = first if 4 <= m <= 9 else second if m >= 10 else third
            rows.append((code, "ae_4hr", p, fmt(value, 1)))
    rows.append(("*", "rtt_18wk", "2019-03", "92"))
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
  description: "Investment in same-day emergency care treats more patients without a hospital stay, so fewer are admitted, more are seen within four hours and fewer beds are occupied."
  horizon_months: 12
  adjustments:
    ae_attendances: 1
    emergency_admissions: -2
    ae_within_4hr: 5
    bed_occupancy: -3
- id: workforce-first
  name: "Workforce first"
  description: "A recruitment and retention drive fills vacancies, cuts reliance on agency staff and frees capacity for planned operations."
  horizon_months: 12
  adjustments:
    staff_wte: 4
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


def check(data_dir, org_codes, trust_codes):
    """Re-read the written files and report problems and the range of every metric."""
    problems = []
    ranges = {}
    for name in ("actuals.csv", "plans.csv", "targets.csv", "rebase.csv"):
        with open(data_dir / name, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        keys = set()
        for line, row in enumerate(rows, start=2):
            key = (row["org"], row["metric"], row["period"])
            if key in keys:
                problems.append(f"{name}:{line}: duplicate key {key}")
            keys.add(key)
            if row["org"] not in org_codes and row["org"] != "*":
                problems.append(f"{name}:{line}: unknown org {row['org']}")
            if row["metric"] not in METRIC_IDS:
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
    print(f"{'file':<12} {'metric':<22} {'min':>14} {'max':>14}")
    for (name, metric), (lo, hi) in sorted(ranges.items()):
        print(f"{name:<12} {metric:<22} {lo:>14g} {hi:>14g}")
    return problems


def readme(peer_split, four_hour, counts, types):
    lines = []
    add = lines.append
    add("# Sample plan data")
    add("")
    add("The plan data behind the sample portal: 2 ICBs and their 11 acute trusts in North East and")
    add("Yorkshire, 36 months of actuals (April 2016 to March 2019) and plans for 2018-19.")
    add("Generated by `python3 tools/make_sample_data.py` (add `--realdata PATH` if `../shared/realdata`")
    add("is elsewhere); do not edit the CSV files by hand, change the script and run it again.")
    add("The script is deterministic (seeded random numbers), so a re-run gives byte-identical files.")
    add("")
    add("## Files")
    add("")
    add("| file | rows | holds |")
    add("|---|---|---|")
    add(f"| `organisations.csv` | {counts['organisations.csv']} | 2 ICBs (QHM, QWO) and their 11 trusts, with region and peer group |")
    add(f"| `metrics.csv` | {counts['metrics.csv']} | the {counts['metrics.csv']} metrics: domain, unit, improvement direction, national standard, ratio parts, ICB aggregation rule, demand a capacity metric meets like for like (`outpatient_first` meets `referrals`), the size measure a volume is ranked per (`per`) and the weight of an ICB average (`weight`) |")
    add(f"| `actuals.csv` | {counts['actuals.csv']} | monthly actuals for every trust and metric except `ae_4hr`, 2016-04 to 2019-03 |")
    add(f"| `plans.csv` | {counts['plans.csv']} | plan trajectories for 2018-19 (2018-04 to 2019-03), every trust and metric except `ae_4hr` |")
    add(f"| `targets.csv` | {counts['targets.csv']} | org-specific four-hour improvement trajectories, and one `*` (every organisation) row |")
    add(f"| `rebase.csv` | {counts['rebase.csv']} | SPC re-basing points |")
    add(f"| `quality.csv` | {counts['quality.csv']} | illustrative data-quality ratings (timeliness, completeness, validation, process, verdict) for ten measures; the rest are \"not assessed\" |")
    add("| `scenarios.yml` | 3 | `do-nothing`, `system-flow`, `workforce-first` (12-month horizon; annual % changes) |")
    add("")
    add("There are no ICB rows in `actuals.csv` or `plans.csv`: the generator aggregates ICB figures from")
    add("their trusts by each metric's `aggregate` rule. `ae_4hr` has no rows either: it is a ratio metric")
    add("(`ae_within_4hr` / `ae_attendances`, aggregated as a ratio of sums), so its plan comes from the")
    add("planned components.")
    add("")
    add("## Real figures")
    add("")
    add("`ae_attendances`, `ae_breaches`, `ae_within_4hr` (attendances less breaches), `emergency_admissions`,")
    add("and so `ae_4hr`, are NHS England's published A&E statistics, summed over all department types")
    add("(type 1, type 2 and other) for each trust and month, from `realdata/ae_attendances_2016_2019.csv`")
    add("(NHSRdatasets `ae_attendances`). Organisation names, ICBs and regions come from the ODS trust")
    add("extract `realdata/ods_etr_trusts.csv`, converted from upper case to title case.")
    add("")
    add(OGL)
    add("")
    add("Things to know about the real figures:")
    add("")
    changes = []
    for code in sorted({c for c, _ in types}):
        seq = [(p, tuple(sorted(types[(code, p)]))) for p in PERIODS]
        for (p0, t0), (p1, t1) in zip(seq, seq[1:]):
            if t0 != t1:
                changes.append(f"{code} {p1} ({'+'.join(t0)} -> {'+'.join(t1)})")
    add("- Department types come and go as units open, close or are reclassified, which moves a trust's")
    add("  total with no change in real demand: " + "; ".join(changes) + ".")
    add("- Within unchanged types, services moved between trusts or were recounted. In April 2017 RVW's")
    add("  type 1 attendances fell by about 1,900 a month while its 'other' attendances rose by about 6,700,")
    add("  so its total jumps from about 7,600 to about 12,400 a month; the same month RXP's and RTR's 'other'")
    add("  attendances fall by about 2,800 and 3,000. In April 2018 RTD's 'other' attendances rise by about")
    add("  2,500. SPC charts of these totals show shifts that are counting changes, not changes in demand.")
    add("- The plans for 2018-19 are built from 2017-18, so RTD (whose 'other' attendances grew in April")
    add("  2018) runs about 17% above its attendance plan in every month; RCF and RXF, which gained")
    add("  department types that month, are above plan in most months.")
    add("- RXF's ODS name today is \"Mid Yorkshire Teaching NHS Trust\"; in 2016-19 it was Mid Yorkshire")
    add("  Hospitals NHS Trust. The portal uses today's names for every trust.")
    add("- Four-hour performance in 2017-18 (all types) and the planned 2018-19 level:")
    for code in sorted(four_hour):
        ly, plan = four_hour[code]
        add(f"  {code} {ly:.1f}% -> {plan:.1f}%" + (";" if code != sorted(four_hour)[-1] else "."))
    add("  Trusts below 87% plan a 4-point improvement; the others plan one point more, at least 90% and")
    add("  capped at the 95% standard (so RTR and RVW, already above it, plan 95%).")
    add("  The monthly plan dips in December to March and is higher in spring and summer.")
    add("")
    add("## Synthetic (illustrative) figures")
    add("")
    add("Every other metric (`referrals`, `outpatient_first`, `ga_beds`, `elective_activity`, `bed_occupancy`, `staff_wte`,")
    add("`vacancy_rate`, `sickness_absence`, `income_expenditure`, `agency_spend`, `falls_per_1000`,")
    add("`complaints`, `rtt_18wk`) is made up. Its description in `metrics.csv` ends with")
    add(f"\"{SYNTHETIC}\" and the portal must say so wherever it shows them. The figures are scaled")
    add("to each trust's size (mean monthly A&E attendances, with extra weight for the large teaching trusts RTD, RR8")
    add("and RAE), with seasonality (bed occupancy, sickness absence, falls and agency spend up in winter;")
    add("referrals and elective activity down in August and December; escalation beds open December to")
    add("March; a year-end surplus in March; a slow national decline in 18-week performance) and random noise.")
    add("")
    add("Peer groups: \"Large acute\" for trusts with mean monthly A&E attendances (all types, 36 months) of")
    add(f"{LARGE_ACUTE_THRESHOLD:,} or more, \"Medium acute\" otherwise:")
    for group, members in sorted(peer_split.items()):
        add(f"- {group}: " + ", ".join(f"{c} ({m:,.0f})" for c, m in members))
    add("")
    add("## Deliberate patterns")
    add("")
    add("Put in on purpose so that the SPC rules and the data markers have something to find:")
    add("")
    add(f"- **Shift**: {SHIFT[0]} `{SHIFT[1]}` drops by {abs(SHIFT[3]):g} points from {SHIFT[2]} and stays down")
    add(f"  (\"{SHIFT[4]}\"). `rebase.csv` re-bases the chart at that month, so the new segment has only")
    add("  10 points (fewer than 13: flagged as unreliable). Its agency spend falls with it.")
    add(f"- **Trend**: {TREND[0]} `{TREND[1]}` rises every month from {TREND[2]} to 2019-03 (9 rises in a")
    add("  row, each month higher than the last); the last points are also above the upper limit.")
    add(f"- **Outlier**: {OUTLIER[0]} `{OUTLIER[1]}` in {OUTLIER[2]} is about {OUTLIER[3]:g} times its usual level.")
    add(f"- **Suppressed** (`*`): {SUPPRESSED[0]} `{SUPPRESSED[1]}` {SUPPRESSED[2]}.")
    add(f"- **Missing** (blank value): {MISSING[0]} `{MISSING[1]}` {MISSING[2]}.")
    add(f"- **Not applicable** (`-`): {NOT_APPLICABLE[0]} `{NOT_APPLICABLE[1]}` {NOT_APPLICABLE[2]}.")
    add("- **Targets**: RR8 and RXF four-hour trajectories step from 90% (Apr-Sep 2018) to 91% (Oct-Dec) and")
    add("  92% (Jan-Mar 2019); RAE from 88% to 89% and 90%. `*,rtt_18wk,2019-03,92` sets a target for every")
    add("  organisation.")
    add("")
    add("Like real NHS series, many synthetic ones are seasonal or growing, so expect special causes besides")
    add("the planted ones: winter peaks beyond the limits, shifts and trends from steady growth, and noise.")
    add("")
    add("## How plans were made")
    add("")
    add("For each month of 2018-19: the same month of 2017-18, smoothed with its neighbours (one quarter each")
    add("side) after replacing missing values and gross outliers with the median, then adjusted: A&E")
    add("attendances +1.5% to +3% (per trust), emergency admissions +2%, referrals +3%, first outpatient attendances +3.5%, elective activity +4.5%,")
    add("staff in post +2%, complaints -5%, agency spend -15%, falls -5%, beds unchanged; bed occupancy -1 point,")
    add("vacancy rate -0.5, sickness -0.2, 18-week performance +0.5 (up to 92%); surplus (deficit) improved")
    add("by a quarter of last year's average month. Planned `ae_within_4hr` is the planned attendances times")
    add("the planned four-hour percentage; `ae_breaches` is the rest.")
    add("")
    return "\n".join(lines)


def main():
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdata", type=Path, default=repo.parent / "shared" / "realdata",
                        help="folder holding ae_attendances_2016_2019.csv and ods_etr_trusts.csv")
    args = parser.parse_args()
    data_dir = repo / "data"
    data_dir.mkdir(exist_ok=True)
    rng = random.Random(SEED)

    trusts = load_trusts(args.realdata)
    trust_codes = sorted(trusts)
    series, types = load_ae(args.realdata, set(trust_codes))

    # Organisations and peer groups
    means = {c: sum(series[(c, "ae_attendances", p)] for p in PERIODS) / len(PERIODS) for c in trust_codes}
    peer = {c: "Large acute" if means[c] >= LARGE_ACUTE_THRESHOLD else "Medium acute" for c in trust_codes}
    peer_split = {}
    for c in trust_codes:
        peer_split.setdefault(peer[c], []).append((c, means[c]))
    org_rows = []
    for icb, (name, _) in ICBS.items():
        org_rows.append((icb, name, "icb", "", REGIONS["Y63"], "ICB"))
    for c in trust_codes:
        t = trusts[c]
        if t["region_code"] not in REGIONS:
            sys.exit(f"ods_etr_trusts.csv: {c} has unexpected national grouping {t['region_code']}")
        org_rows.append((c, t["name"], "trust", t["icb"], REGIONS[t["region_code"]], peer[c]))
    org_rows.sort()
    write_csv(data_dir / "organisations.csv", ["code", "name", "type", "icb", "region", "peer_group"], org_rows)

    # Metrics
    metric_rows = []
    for (mid, name, domain, unit, improvement, decimals, target, num, den, agg, meets, real, desc) in METRICS:
        desc = f"{desc} {REAL_SOURCE}" if real else f"{desc} {SYNTHETIC}"
        tolerance, lead, committee = OWNERSHIP.get(mid, ("", "", ""))
        metric_rows.append((mid, name, domain, unit, improvement, decimals, fmt_target(target), num, den, agg, desc, meets,
                            PER.get(mid, ""), WEIGHT.get(mid, ""), tolerance, lead, committee))
    write_csv(data_dir / "metrics.csv", ["id", "name", "domain", "unit", "improvement", "decimals", "target",
                                         "numerator", "denominator", "aggregate", "description", "meets_demand", "per", "weight",
                                         "plan_tolerance", "executive_lead", "committee"], metric_rows)
    quality_rows = [(c, m) + QUALITY[m] for c, *_ in org_rows for m in METRIC_IDS if m in QUALITY]
    write_csv(data_dir / "quality.csv", ["org", "metric", "timeliness", "completeness", "validation", "process", "verdict"], quality_rows)

    # Actuals: real then synthetic, drawing random numbers trust by trust in code order
    for c in trust_codes:
        for (metric, p), v in synthesise(rng, c, means[c]).items():
            series[(c, metric, p)] = v
    trend_values = [series[(TREND[0], TREND[1], p)] for p in PERIODS if p >= TREND[2]]
    assert all(b > a for a, b in zip(trend_values, trend_values[1:])), "trend is not strictly rising"
    for marked in (SUPPRESSED, MISSING, NOT_APPLICABLE):
        series[marked] = None  # the plan builder treats these as missing
    actual_rows = []
    for (c, metric, p), v in sorted(series.items()):
        actual_rows.append((c, metric, p, marker_value((c, metric, p), v, metric)))
    write_csv(data_dir / "actuals.csv", ["org", "metric", "period", "value"], actual_rows)

    # Plans, targets, rebase, scenarios
    plans, four_hour = make_plans(rng, series, trust_codes)
    plan_rows = [(c, m, p, fmt(v, DECIMALS[m])) for (c, m, p), v in sorted(plans.items())]
    write_csv(data_dir / "plans.csv", ["org", "metric", "period", "value"], plan_rows)
    target_rows = make_targets()
    write_csv(data_dir / "targets.csv", ["org", "metric", "period", "value"], target_rows)
    rebase_rows = [(SHIFT[0], SHIFT[1], SHIFT[2], SHIFT[4])]
    write_csv(data_dir / "rebase.csv", ["org", "metric", "period", "reason"], rebase_rows)
    (data_dir / "scenarios.yml").write_bytes(SCENARIOS.encode("utf-8"))

    counts = {"organisations.csv": len(org_rows), "metrics.csv": len(metric_rows), "actuals.csv": len(actual_rows),
              "plans.csv": len(plan_rows), "targets.csv": len(target_rows), "rebase.csv": len(rebase_rows), "quality.csv": len(quality_rows)}
    (data_dir / "README.md").write_bytes(readme(peer_split, four_hour, counts, types).encode("utf-8"))

    print("peer groups:")
    for group, members in sorted(peer_split.items()):
        print(f"  {group}: " + ", ".join(f"{c} {m:,.0f}" for c, m in members))
    print("four-hour % 2017-18 -> planned 2018-19:")
    for c, (ly, plan) in sorted(four_hour.items()):
        print(f"  {c} {ly:.1f} -> {plan:.1f}")
    problems = check(data_dir, {r[0] for r in org_rows}, trust_codes)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
