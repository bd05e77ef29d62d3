#!/usr/bin/env python3
"""Verifies Cordon's sample data set (bundles/org.cordon.sample/data/*.csv).

Reads the CSV files back on their own terms (docs/csv-formats.md; nothing is imported from
generate.py) and checks: the byte format (UTF-8 without BOM, LF, exact header, minimal RFC 4180
quoting, comment rows), every cell's type, codes and keys unique, every referenced code present,
the per-kind rules, the stock history, the marking of invented names, and the figures of the
report (shared/docs/domain.md, "Figures to reproduce").

Prints the summary as `key: value` lines on stdout and every problem on stderr; exits 1 when
there is any problem, 0 otherwise.

Usage: python3 releng/sample-data/verify.py [--data DIR]
"""

import argparse
import csv
import io
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT / "bundles" / "org.cordon.sample" / "data"

# kind -> [(column, type, optional)]; types: code, ref:KIND, text, date, bool, count, yuan, decimal,
# choice:a|b|c. Straight from docs/csv-formats.md.
SPEC = {
    "units": "code:code name:text short_name:text?",
    "townships": "code:code name:text kind:choice:town|township order:count",
    "communities": "code:code name:text township:ref:townships households:count",
    "pairings": "unit:ref:units? community:ref:communities",
    "persons": "code:code name:text job_title:text? unit:ref:units? phone:text?",
    "leading-groups": "code:code name:text remit:text?",
    "working-groups": "code:code name:text kind:choice:office|group leading_group:ref:leading-groups "
                      "host_unit:ref:units? order:count remit:text?",
    "positions": "code:code title:text role:choice:joint_leader|executive_deputy_leader|deputy_leader|member|"
                 "group_head|deputy_group_head|staff leading_group:ref:leading-groups working_group:ref:working-groups? "
                 "holder:ref:persons? order:count",
    "checkpoints": "code:code name:text level:count kind:choice:health_station|expressway_exit|railway_station|"
                   "bus_station|toll_station|provincial_road|county_road|village|community|compound "
                   "township:ref:townships? location:text? open:bool two_way:bool round_the_clock:bool",
    "checkpoint-counts": "date:date checkpoint:ref:checkpoints vehicles:count persons:count fever:count",
    "key-persons": "code:code name:text category:choice:student|migrant_worker|close_contact|other origin:text "
                   "township:ref:townships community:ref:communities? arrived:date? phone:text?",
    "quarantines": "code:code key_person:ref:key-persons kind:choice:centralised|home start:date end:date? place:text?",
    "follow-up-members": "key_person:ref:key-persons role:choice:education_cadre|township_cadre|village_doctor|"
                         "village_cadre|police_officer name:text phone:text?",
    "temperature-reports": "date:date key_person:ref:key-persons role:choice:education_cadre|township_cadre|"
                           "village_doctor|village_cadre|police_officer temperature_c:decimal",
    "daily-reports": "date:date township:ref:townships key_persons_found:count fever_found:count remarks:text?",
    "fever-cases": "date:date checkpoint:ref:checkpoints number:count status:choice:open|followed_up|closed "
                   "person_name:text? phone:text? key_person:ref:key-persons? outcome:text?",
    "building-leaders": "code:code community:ref:communities name:text building:text? party_member:bool",
    "fever-clinics": "code:code name:text hospital:text township:ref:townships? open_24h:bool",
    "medical-teams": "code:code name:text destination:text departed:date?",
    "medical-team-members": "code:code team:ref:medical-teams name:text role:text",
    "donors": "code:code name:text kind:choice:company|individual|organisation",
    "donations": "date:date donor:text donor_kind:choice:company|individual|organisation cash_yuan:yuan "
                 "item:text? quantity:count? unit:text?",
    "material-items": "code:code name:text unit:text",
    "stock-receipts": "code:code date:date item:ref:material-items quantity:count source:text?",
    "stock-issues": "code:code date:date item:ref:material-items quantity:count recipient_unit:ref:units? "
                    "recipient_township:ref:townships?",
    "fund-allocations": "code:code date:date source:text amount_yuan:yuan purpose:text",
    "expenditures": "code:code date:date allocation:ref:fund-allocations amount_yuan:yuan purpose:text payee:text?",
    "publicity-items": "code:code kind:choice:handbook|family_guide|open_letter|usb_drive|vehicle|other name:text unit:text",
    "publicity-distributions": "code:code date:date item:ref:publicity-items township:ref:townships? quantity:count",
    "schools": "code:code name:text township:ref:townships stage:choice:primary|junior|senior|nine_year|complete|"
               "vocational reopening_plan:bool disinfectant_litres:decimal online_teaching:bool online_classes:count "
               "online_teachers:count online_hours_per_day:count",
    "meetings": "code:code date:date title:text kind:choice:leading_group|push|video remarks:text?",
    "documents": "code:code date:date number:text? title:text kind:choice:document|notice effective_from:date?",
    "inspections": "code:code date:date target:text township:ref:townships? unannounced:bool inspectors:text?",
    "findings": "code:code inspection:ref:inspections description:text severity:choice:minor|major",
    "rectifications": "code:code finding:ref:findings status:choice:open|in_progress|done due:date? done_on:date? "
                      "remarks:text?",
    "volunteer-teams": "code:code name:text organiser:text? remarks:text?",
    "volunteers": "code:code name:text team:ref:volunteer-teams phone:text?",
}
IMPORT_ORDER = list(SPEC)  # the dictionary above is written in a valid import order

KEYS = {  # kinds without a code column: their key columns
    "pairings": ("community",),
    "checkpoint-counts": ("date", "checkpoint"),
    "follow-up-members": ("key_person", "role"),
    "temperature-reports": ("date", "key_person", "role"),
    "daily-reports": ("date", "township"),
    "fever-cases": ("date", "checkpoint", "number"),
}

CODE_RE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
COUNT_RE = re.compile(r"^[0-9]+$")
YUAN_RE = re.compile(r"^[0-9]+(\.[0-9]{1,2})?$")
DEC_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")
DEC1_RE = re.compile(r"^[0-9]+(\.[0-9])?$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

MARK_NAMED = "# named in the report"
MARK_INVENTED = "# invented names below (not in the report)"
# People the report names; every other person name in the data must be generic (X某Y) and invented.
ARTICLE_PEOPLE = {"张建国", "李双会", "白旭平", "李考玉", "高艳军", "刘永红", "李拖顺", "张建明", "朱月平", "崔秀珑",
                  "李旭峰", "刘淑珍", "王保顺", "贾永强"}
GENERIC_NAME_RE = re.compile(r"^.某.{1,2}$")
PERSON_NAME_COLUMNS = {"persons": "name", "key-persons": "name", "follow-up-members": "name",
                       "building-leaders": "name", "medical-team-members": "name", "volunteers": "name",
                       "fever-cases": "person_name"}

problems = []


def fail(where, message):
    problems.append(f"{where}: {message}")


class Row(dict):
    """A data row: cells by column, plus its file line and the marker comment it sits under."""

    def __init__(self, cells, line, marker):
        super().__init__(cells)
        self.line = line
        self.marker = marker


def serialise(row):
    out = io.StringIO()
    csv.writer(out, lineterminator="", quoting=csv.QUOTE_MINIMAL).writerow(row)
    return out.getvalue()


def parse_spec(text):
    cols = []
    for part in text.split():
        name, kind = part.split(":", 1)
        optional = kind.endswith("?")
        cols.append((name, kind.rstrip("?"), optional))
    return cols


def read_kind(folder, kind):
    path = folder / f"{kind}.csv"
    where = path.name
    if not path.exists():
        fail(where, "missing file")
        return []
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(where, "starts with a byte-order mark")
    if b"\r" in raw:
        fail(where, "contains CR; lines must end with LF")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(where, f"not UTF-8: {e}")
        return []
    if not text.endswith("\n"):
        fail(where, "does not end with a line feed")
    lines = text.split("\n")[:-1]
    cols = parse_spec(SPEC[kind])
    header = [c[0] for c in cols]
    if not lines or lines[0] != ",".join(header):
        fail(f"{where}:1", f"header must be {','.join(header)}")
        return []
    if len(lines) < 2 or not lines[1].startswith("#"):
        fail(f"{where}:2", "the header must be followed by a comment saying what is from the report")
    rows, marker = [], None
    for number, line in enumerate(lines[1:], start=2):
        if line.startswith("#"):
            marker = line
            continue
        if line == "":
            continue
        cells = next(csv.reader([line]))
        if serialise(cells) != line:
            fail(f"{where}:{number}", "not minimally quoted RFC 4180 (or a quoted line break)")
        if len(cells) != len(cols):
            fail(f"{where}:{number}", f"{len(cells)} cells, expected {len(cols)}")
            continue
        row = Row(zip(header, cells), number, marker)
        for (name, ctype, optional), value in zip(cols, cells):
            check_cell(f"{where}:{number}: {name}", ctype, optional, value)
        rows.append(row)
    return rows


def check_cell(where, ctype, optional, value):
    if value == "":
        if not optional:
            fail(where, "required value missing")
        return
    if value != value.strip():
        fail(where, "surrounding spaces")
    if ctype == "code" or ctype.startswith("ref:"):
        if not CODE_RE.match(value):
            fail(where, f"{value!r} is not a code")
    elif ctype == "date":
        if not DATE_RE.match(value):
            fail(where, f"{value!r} is not yyyy-MM-dd")
        else:
            try:
                date.fromisoformat(value)
            except ValueError:
                fail(where, f"{value!r} is not a date")
    elif ctype == "bool":
        if value not in ("yes", "no"):
            fail(where, f"{value!r} is not yes/no")
    elif ctype == "count":
        if not COUNT_RE.match(value) or int(value) > 2147483647:
            fail(where, f"{value!r} is not a count")
    elif ctype == "yuan":
        if not YUAN_RE.match(value):
            fail(where, f"{value!r} is not a yuan amount (0 or more, at most 2 decimals)")
        elif not re.match(r"^[0-9]+\.[0-9]{2}$", value):
            fail(where, f"{value!r}: yuan are written with exactly 2 decimals")
    elif ctype == "decimal":
        if not DEC_RE.match(value):
            fail(where, f"{value!r} is not a decimal")
        elif "." in value and value.endswith("0"):
            fail(where, f"{value!r}: decimals are written without trailing zeros")
    elif ctype.startswith("choice:"):
        if value not in ctype[len("choice:"):].split("|"):
            fail(where, f"{value!r} is not one of {ctype[7:]}")


def dec(text):
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal(0)


def num(text):
    return int(text) if COUNT_RE.match(text or "") else 0


def plain(value):
    """A Decimal without exponent or trailing zeros."""
    text = format(value.normalize(), "f")
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    folder = args.data

    expected_files = {f"{k}.csv" for k in SPEC}
    present = {p.name for p in folder.glob("*")} if folder.is_dir() else set()
    for extra in sorted(present - expected_files):
        fail(extra, "not a record kind of docs/csv-formats.md")

    data = {kind: read_kind(folder, kind) for kind in SPEC}
    cols = {kind: parse_spec(SPEC[kind]) for kind in SPEC}

    # ---- codes and keys unique, references present, import order respected
    codes = {}
    for kind, rows in data.items():
        if any(c[1] == "code" for c in cols[kind]):
            seen = Counter(r["code"] for r in rows)
            for code, n in seen.items():
                if n > 1:
                    fail(f"{kind}.csv", f"code {code} used {n} times")
            codes[kind] = set(seen)
        if kind in KEYS:
            seen = Counter(tuple(r[c] for c in KEYS[kind]) for r in rows)
            for key, n in seen.items():
                if n > 1:
                    fail(f"{kind}.csv", f"key {'+'.join(key)} used {n} times")
    for kind, rows in data.items():
        for name, ctype, _ in cols[kind]:
            if not ctype.startswith("ref:"):
                continue
            target = ctype[4:]
            if IMPORT_ORDER.index(target) >= IMPORT_ORDER.index(kind):
                fail(f"{kind}.csv", f"column {name} refers to {target}, which is not imported before it")
            for r in rows:
                if r[name] and r[name] not in codes.get(target, set()):
                    fail(f"{kind}.csv:{r.line}: {name}", f"unknown {target} code {r[name]}")

    by_code = {kind: {r["code"]: r for r in rows} for kind, rows in data.items() if kind in codes}

    # ---- invented names marked; person names generic unless the report gives them
    for kind, rows in data.items():
        lines = (folder / f"{kind}.csv").read_text(encoding="utf-8").split("\n") if (folder / f"{kind}.csv").exists() else []
        column = PERSON_NAME_COLUMNS.get(kind)
        if column:
            for r in rows:
                name = r[column]
                if name == "":
                    continue
                if name in ARTICLE_PEOPLE:
                    if r.marker != MARK_NAMED:
                        fail(f"{kind}.csv:{r.line}", f"{name} is named in the report but not under '{MARK_NAMED}'")
                elif not GENERIC_NAME_RE.match(name):
                    fail(f"{kind}.csv:{r.line}", f"{name} is neither a name from the report nor generic (X某Y)")
                elif MARK_INVENTED not in lines[:r.line]:
                    fail(f"{kind}.csv:{r.line}", f"invented name {name} is not below '{MARK_INVENTED}'")
    for kind in ("units", "communities", "persons", "checkpoints", "key-persons", "follow-up-members",
                 "building-leaders", "fever-clinics", "donors", "donations", "schools", "documents", "volunteers",
                 "working-groups", "inspections"):
        lines = (folder / f"{kind}.csv").read_text(encoding="utf-8").split("\n") if (folder / f"{kind}.csv").exists() else []
        if MARK_INVENTED not in lines:
            fail(f"{kind}.csv", f"has invented names but no '{MARK_INVENTED}' row")
    for r in data["donors"]:
        if r["kind"] == "individual" and r["name"] not in ARTICLE_PEOPLE and not GENERIC_NAME_RE.match(r["name"]):
            fail(f"donors.csv:{r.line}", f"individual {r['name']} is not a generic invented name")

    # ---- organisation
    townships = data["townships"]
    for r in townships:
        want = "town" if r["name"].endswith("镇") else "township" if r["name"].endswith("乡") else None
        if r["kind"] != want:
            fail(f"townships.csv:{r.line}", f"{r['name']} has kind {r['kind']}, expected {want}")
    if len({r["name"] for r in townships}) != len(townships):
        fail("townships.csv", "township names repeat")
    town_by_name = {r["name"]: r["code"] for r in townships}
    comm_by_name = {r["name"]: r for r in data["communities"]}
    for name in ("湫水万安苑", "元倍花园"):
        if name not in comm_by_name:
            fail("communities.csv", f"{name} (named in the report) is missing")
    if "元倍花园" in comm_by_name and comm_by_name["元倍花园"]["township"] != town_by_name.get("木瓜坪乡"):
        fail("communities.csv", "元倍花园 is in 木瓜坪乡 according to the report")
    qwa = comm_by_name.get("湫水万安苑", {}).get("code")
    unit_names = " ".join(r["name"] + " " + r["short_name"] for r in data["units"])
    for word in ("卫健局", "住建局", "教科局"):
        if word not in unit_names:
            fail("units.csv", f"the report's {word} is missing")
    paired = defaultdict(list)
    for r in data["pairings"]:
        if r["unit"]:
            paired[r["unit"]].append(r["community"])
    paired_communities = {r["community"] for r in data["pairings"] if r["unit"]}
    unpaired = sorted(codes["communities"] - paired_communities)
    for u in codes["units"]:
        if not 1 <= len(paired[u]) <= 5:
            fail("pairings.csv", f"unit {u} answers for {len(paired[u])} communities, expected 1 to 5")
    housing = [r["code"] for r in data["units"] if "住建" in r["name"] + r["short_name"]]
    if housing and len(paired[housing[0]]) < 2:
        fail("pairings.csv", "the housing bureau should answer for several communities")

    if len(data["leading-groups"]) != 1 or data["leading-groups"][0]["name"] != "临县新冠肺炎疫情防控工作领导小组":
        fail("leading-groups.csv", "expected the one leading group 临县新冠肺炎疫情防控工作领导小组")
    wg = by_code["working-groups"]
    want_groups = {"G-OFFICE", "G-CHECKPOINTS", "G-SCREENING", "G-COMMUNITY", "G-MEDICAL", "G-MATERIALS", "G-FUNDS",
                   "G-PUBLICITY", "G-SCHOOLS", "G-SUPERVISION"}
    if set(wg) != want_groups:
        fail("working-groups.csv", f"codes {sorted(set(wg) ^ want_groups)} differ from the one office and nine groups")
    if wg.get("G-OFFICE", {}).get("kind") != "office" or sum(1 for r in wg.values() if r["kind"] == "office") != 1:
        fail("working-groups.csv", "G-OFFICE must be the one office")
    office_host = by_code["units"].get(wg.get("G-OFFICE", {}).get("host_unit", ""), {})
    if "卫健" not in office_host.get("name", "") + office_host.get("short_name", ""):
        fail("working-groups.csv", "the office sits in 县卫健局")
    persons = by_code["persons"]
    pos_by_role = defaultdict(list)
    heads = Counter()
    staff = Counter()
    for r in data["positions"]:
        if r["working_group"] and wg.get(r["working_group"], {}).get("leading_group") != r["leading_group"]:
            fail(f"positions.csv:{r.line}", "working_group does not belong to leading_group")
        if not r["working_group"]:
            pos_by_role[r["role"]].append(r)
        elif r["role"] in ("joint_leader", "executive_deputy_leader", "deputy_leader", "member"):
            fail(f"positions.csv:{r.line}", f"a {r['role']} seat belongs to the leading group itself")
        if r["role"] == "group_head":
            heads[r["working_group"]] += 1
        if r["role"] == "staff":
            staff[r["working_group"]] += 1
    holder = lambda r: persons.get(r["holder"], {})
    joint = pos_by_role["joint_leader"]
    if len(joint) != 2 or {holder(r).get("job_title") for r in joint} != {"县委书记", "县长"}:
        fail("positions.csv", "expected two joint leaders, the county party secretary and the county head")
    if "李双会" not in {holder(r).get("name") for r in joint}:
        fail("positions.csv", "李双会 (county head) should be a joint leader")
    if [holder(r).get("name") for r in pos_by_role["executive_deputy_leader"]] != ["白旭平"]:
        fail("positions.csv", "白旭平 should be the one executive deputy leader")
    if len(pos_by_role["deputy_leader"]) < 2:
        fail("positions.csv", "expected several deputy leaders")
    member_titles = [holder(r).get("job_title", "") for r in pos_by_role["member"]]
    for t in townships:
        if not any(x.startswith(t["name"]) and "书记" in x for x in member_titles):
            fail("positions.csv", f"{t['name']}'s party secretary is not a member")
        if not any(x.startswith(t["name"]) and x.endswith("长") for x in member_titles):
            fail("positions.csv", f"{t['name']}'s head is not a member")
    for g in want_groups:
        if heads[g] < 1 or staff[g] < 1:
            fail("positions.csv", f"{g} needs a head and staff")
    if heads["G-SUPERVISION"] != 2:
        fail("positions.csv", "the supervision group has two joint heads")

    # ---- checkpoints
    cps = by_code["checkpoints"]
    for r in cps.values():
        if not 1 <= num(r["level"]) <= 4:
            fail(f"checkpoints.csv:{r.line}", "level must be 1 to 4")
    stations = [r for r in cps.values() if r["kind"] == "health_station"]
    if not any("太佳高速" in r["name"] and "临县西服务区" in r["name"] and r["round_the_clock"] == "yes"
               and r["level"] == "1" for r in stations):
        fail("checkpoints.csv", "the Taijia expressway Lin County West service area station (level 1, round the clock)")
    exits = [r for r in cps.values() if r["kind"] == "expressway_exit"]
    if sum(1 for r in exits if r["open"] == "no") != 3:
        fail("checkpoints.csv", "3 expressway exits are closed")
    if sum(1 for r in exits if r["open"] == "yes" and r["two_way"] == "yes") != 2 or \
            sum(1 for r in exits if r["open"] == "yes") != 2:
        fail("checkpoints.csv", "2 expressway exits are open with two-way inspection")
    if not 20 <= len(cps) <= 40:
        fail("checkpoints.csv", f"{len(cps)} checkpoints, expected 20 to 40")
    for kind in ("railway_station", "bus_station", "toll_station", "provincial_road", "county_road", "village",
                 "community", "compound"):
        if not any(r["kind"] == kind for r in cps.values()):
            fail("checkpoints.csv", f"no {kind} checkpoint")
    count_days = {(date(2020, 1, 26) + timedelta(days=i)).isoformat() for i in range(19)}
    per_cp = defaultdict(set)
    vehicles = persons_checked = fever = 0
    persons_ge = 0
    for r in data["checkpoint-counts"]:
        v, p, f = num(r["vehicles"]), num(r["persons"]), num(r["fever"])
        vehicles += v
        persons_checked += p
        fever += f
        persons_ge += p >= v
        if f > p:
            fail(f"checkpoint-counts.csv:{r.line}", "fever exceeds persons")
        if r["date"] not in count_days:
            fail(f"checkpoint-counts.csv:{r.line}", "date outside 2020-01-26..2020-02-13")
        if cps.get(r["checkpoint"], {}).get("open") == "no":
            fail(f"checkpoint-counts.csv:{r.line}", "a closed checkpoint has counts")
        per_cp[r["checkpoint"]].add(r["date"])
    for code, r in cps.items():
        if r["open"] == "yes" and per_cp[code] != count_days:
            fail("checkpoint-counts.csv", f"open checkpoint {code} lacks {len(count_days - per_cp[code])} days")
    n_counts = len(data["checkpoint-counts"])
    if n_counts and persons_ge < 0.9 * n_counts:
        fail("checkpoint-counts.csv", f"persons >= vehicles on only {persons_ge} of {n_counts} rows")

    # ---- fever follow-up: a count with fever N has at least N cases, and at most N that are not closed
    cases = Counter((r["date"], r["checkpoint"]) for r in data["fever-cases"])
    not_closed = Counter((r["date"], r["checkpoint"]) for r in data["fever-cases"] if r["status"] != "closed")
    counted = {(r["date"], r["checkpoint"]): num(r["fever"]) for r in data["checkpoint-counts"]}
    for key, f in counted.items():
        if cases[key] < f:
            fail("fever-cases.csv", f"{key[1]} on {key[0]} found {f} with fever but has {cases[key]} follow-up cases")
        if not_closed[key] > f:
            fail("fever-cases.csv", f"{key[1]} on {key[0]} has {not_closed[key]} cases not closed, more than its fever {f}")
    for r in data["fever-cases"]:
        if (r["date"], r["checkpoint"]) not in counted:
            fail(f"fever-cases.csv:{r.line}", "a case without a count of its checkpoint and day")
        if r["number"] == "0":
            fail(f"fever-cases.csv:{r.line}: number", "cases are numbered from 1")
        if r["status"] == "closed" and r["outcome"] == "":
            fail(f"fever-cases.csv:{r.line}: outcome", "a closed case needs its outcome")

    # ---- screening
    kps = by_code["key-persons"]
    for r in kps.values():
        if r["arrived"] and r["arrived"] > "2020-02-13":
            fail(f"key-persons.csv:{r.line}", "arrived after 2020-02-13")
    qwa_kps = [r for r in kps.values() if r["community"] == qwa]
    if len(qwa_kps) != 56 or any(r["category"] not in ("migrant_worker", "other") for r in qwa_kps):
        fail("key-persons.csv", f"{len(qwa_kps)} returnees of 湫水万安苑, expected 56 (migrant_worker/other)")
    hubei = {c for c, r in kps.items() if r["origin"].startswith("湖北")}
    if not hubei or not any(kps[c]["category"] == "student" for c in hubei):
        fail("key-persons.csv", "expected students returned from Hubei")
    for r in data["quarantines"]:
        where = f"quarantines.csv:{r.line}"
        if r["end"] and r["end"] < r["start"]:
            fail(where, "end before start")
        if r["kind"] == "centralised" and not (r["end"] and r["end"] <= "2020-02-13"):
            fail(where, "centralised quarantine not ended by 2020-02-13 (定点隔离已全部解除)")
        arrived = kps.get(r["key_person"], {}).get("arrived")
        if arrived and r["start"] < arrived:
            fail(where, "starts before the person arrived")
    quarantined = {r["key_person"] for r in data["quarantines"]}
    for c in kps:
        if c not in quarantined:
            fail("quarantines.csv", f"key person {c} has no quarantine")
    roles = {"education_cadre", "township_cadre", "village_doctor", "village_cadre", "police_officer"}
    fu = defaultdict(set)
    for r in data["follow-up-members"]:
        fu[r["key_person"]].add(r["role"])
    for c in hubei:
        if fu[c] != roles:
            fail("follow-up-members.csv", f"{c} (from Hubei) lacks roles {sorted(roles - fu[c])}")
    person_days = defaultdict(set)
    for r in data["temperature-reports"]:
        t = dec(r["temperature_c"])
        if not (Decimal("34.0") <= t <= Decimal("43.0")) or not DEC1_RE.match(r["temperature_c"]):
            fail(f"temperature-reports.csv:{r.line}", "temperature must be 34.0 to 43.0 with one decimal")
        if r["role"] not in fu[r["key_person"]]:
            fail(f"temperature-reports.csv:{r.line}", "no follow-up member with this role for the person")
        person_days[(r["date"], r["key_person"])].add(r["role"])
    incomplete = sum(1 for s in person_days.values() if s != roles)
    if not person_days or incomplete == 0 or incomplete > len(person_days) // 5:
        fail("temperature-reports.csv", f"{incomplete} of {len(person_days)} person-days incomplete; expected a few")
    report_days = {(date(2020, 2, 1) + timedelta(days=i)).isoformat() for i in range(13)}
    for r in data["daily-reports"]:
        if r["date"] not in report_days:
            fail(f"daily-reports.csv:{r.line}", "date outside 2020-02-01..2020-02-13")
    not_reported = len(report_days) * len(townships) - len(data["daily-reports"])
    zero_reports = sum(1 for r in data["daily-reports"] if r["key_persons_found"] == "0" and r["fever_found"] == "0")
    if not 0 < not_reported <= 20 or zero_reports < 0.8 * len(data["daily-reports"]):
        fail("daily-reports.csv", f"{not_reported} missing, {zero_reports} zero reports: expected mostly zero, a few missing")

    # ---- community, medical
    bl = [r for r in data["building-leaders"] if r["community"] == qwa]
    if len(bl) != 13 or any(r["party_member"] != "yes" for r in bl) or "李拖顺" not in {r["name"] for r in bl}:
        fail("building-leaders.csv", "expected the 13 party-member building leaders of 湫水万安苑, 李拖顺 among them")
    clinics = data["fever-clinics"]
    if not clinics or any(r["open_24h"] != "yes" for r in clinics) or not any("临县人民医院" == r["hospital"] for r in clinics):
        fail("fever-clinics.csv", "fever clinics (县人民医院 among them) are open 24 hours")
    teams = [r for r in data["medical-teams"] if r["departed"] == "2020-02-09"]
    if len(teams) != 1:
        fail("medical-teams.csv", "expected the team sent to Hubei on 2020-02-09")
    else:
        members = {r["role"] for r in data["medical-team-members"] if r["team"] == teams[0]["code"]}
        if members != {"ICU deputy chief physician", "general-surgery deputy head nurse", "emergency nurse"}:
            fail("medical-team-members.csv", f"the three members' roles, found {sorted(members)}")

    # ---- donations
    donors = data["donors"]
    donor_kind = {}
    for r in donors:
        if r["name"] in donor_kind:
            fail(f"donors.csv:{r.line}", f"donor name {r['name']} repeats")
        donor_kind[r["name"]] = r["kind"]
    ledger_units = {"口罩": "只", "酒精消毒液": "箱", "医用酒精": "桶", "84消毒液": "桶", "次氯酸伤口护理液": "箱",
                    "牛奶": "箱", "防护服": "套"}
    cash = Decimal(0)
    goods = Counter()
    giving = defaultdict(set)
    for r in data["donations"]:
        where = f"donations.csv:{r.line}"
        giving[r["donor"]].add(r["donor_kind"])
        if r["donor"] not in donor_kind:
            fail(where, f"donor {r['donor']} is not in donors.csv")
        elif donor_kind[r["donor"]] != r["donor_kind"]:
            fail(where, f"donor kind {r['donor_kind']} differs from donors.csv")
        parts = [r["item"], r["quantity"], r["unit"]]
        if any(parts) and not all(parts):
            fail(where, "item, quantity and unit: all three or none")
        c = dec(r["cash_yuan"])
        if c <= 0 and not all(parts):
            fail(where, "neither cash above 0 nor goods")
        if r["item"]:
            if ledger_units.get(r["item"]) != r["unit"]:
                fail(where, f"{r['item']} should be counted in {ledger_units.get(r['item'])}")
            goods[r["item"]] += num(r["quantity"])
        cash += c
    for name, kind in donor_kind.items():
        if giving[name] != {kind}:
            fail("donations.csv", f"donor {name} ({kind}) has no gift of that kind in the ledger")
    kinds = Counter(donor_kind.values())
    if kinds["organisation"]:
        fail("donors.csv", "no organisation donors in the Red Cross ledger")
    rows = data["donations"]

    def gift(day, item=None, quantity=None, cash_yuan=None):
        return any(r["date"] == day and (item is None or (r["item"] == item and r["quantity"] == str(quantity)))
                   and (cash_yuan is None or dec(r["cash_yuan"]) == Decimal(cash_yuan)) for r in rows)

    for check, what in [
        (gift("2020-01-29", "口罩", 10000) and gift("2020-01-29", "酒精消毒液", 60) and gift("2020-01-29", "84消毒液", 100),
         "29 Jan shopping centre: 10000 masks, 60 boxes alcohol disinfectant, 100 of 84 disinfectant"),
        (gift("2020-01-29", "牛奶", 420), "29 Jan dairy distributor: 420 boxes of milk"),
        (len({r["donor"] for r in rows if r["date"] == "2020-01-30"}) == 9, "30 Jan: nine donors"),
        (sum(dec(r["cash_yuan"]) for r in rows if r["donor"] == "临县胜利煤焦有限责任公司") == 500000
         and gift("2020-02-05", "口罩", 35000) and gift("2020-02-05", "防护服", 100),
         "5 Feb coking company: 35000 masks, 100 protective suits, 500000.00 yuan"),
    ]:
        if not check:
            fail("donations.csv", f"missing the report's gift: {what}")

    # ---- materials
    items = by_code["material-items"]
    item_names = {r["name"]: r["unit"] for r in items.values()}
    for name, unit in ledger_units.items():
        if item_names.get(name) != unit:
            fail("material-items.csv", f"{name} ({unit}) missing")
    events = defaultdict(list)  # date -> [(order, item, delta, where)]; issues first: the strict reading
    for r in data["stock-receipts"]:
        events[r["date"]].append((1, r["item"], num(r["quantity"]), f"stock-receipts.csv:{r.line}"))
    for r in data["stock-issues"]:
        if bool(r["recipient_unit"]) == bool(r["recipient_township"]):
            fail(f"stock-issues.csv:{r.line}", "exactly one of recipient_unit, recipient_township")
        events[r["date"]].append((0, r["item"], -num(r["quantity"]), f"stock-issues.csv:{r.line}"))
    stock = Counter()
    for day in sorted(events):
        for _, item, delta, where in sorted(events[day], key=lambda e: e[0]):
            stock[item] += delta
            if stock[item] < 0:
                fail(where, f"takes {item} below zero on {day}")
    received_gifts = Counter()
    for r in data["stock-receipts"]:
        if (r["source"] or "").startswith("捐赠"):
            received_gifts[items.get(r["item"], {}).get("name")] += num(r["quantity"])
    for name in ledger_units:
        if received_gifts[name] != goods[name]:
            fail("stock-receipts.csv", f"donated {name} received {received_gifts[name]}, ledger has {goods[name]}")

    # ---- funds
    alloc = by_code["fund-allocations"]
    spent = Counter()
    for r in data["expenditures"]:
        spent[r["allocation"]] += dec(r["amount_yuan"])
        if r["allocation"] in alloc and r["date"] < alloc[r["allocation"]]["date"]:
            fail(f"expenditures.csv:{r.line}", "spent before the allocation")
    for code, r in alloc.items():
        if dec(r["amount_yuan"]) <= 0:
            fail(f"fund-allocations.csv:{r.line}", "amount must be above 0")
        if spent[code] > dec(r["amount_yuan"]):
            fail("expenditures.csv", f"{code} overspent: {spent[code]} > {r['amount_yuan']}")
    funds = sum((dec(r["amount_yuan"]) for r in alloc.values()), Decimal(0))

    # ---- publicity
    pitems = by_code["publicity-items"]
    pub = Counter()
    usb_towns = set()
    for r in data["publicity-distributions"]:
        kind = pitems.get(r["item"], {}).get("kind")
        pub[kind] += num(r["quantity"])
        if kind == "usb_drive" and num(r["quantity"]) > 0:
            usb_towns.add(r["township"])
    if usb_towns != codes["townships"]:
        fail("publicity-distributions.csv", "USB drives must go to all 23 townships")

    # ---- schools
    hours = {"primary": 4, "junior": 5, "nine_year": 5, "senior": 6, "complete": 6, "vocational": 6}
    schools = data["schools"]
    disinfect = [r for r in schools if dec(r["disinfectant_litres"]) > 0]
    online = [r for r in schools if r["online_teaching"] == "yes"]
    for r in schools:
        where = f"schools.csv:{r.line}"
        if r["reopening_plan"] != "yes":
            fail(where, "every school has a reopening plan")
        if not DEC1_RE.match(r["disinfectant_litres"]):
            fail(where, "disinfectant_litres: at most one decimal place")
        if r["online_teaching"] == "yes":
            if num(r["online_classes"]) < 1 or num(r["online_teachers"]) < 1:
                fail(where, "online teaching without classes or teachers")
            if num(r["online_hours_per_day"]) != hours[r["stage"]]:
                fail(where, f"{r['stage']} teaches {hours[r['stage']]} h a day online")
        elif (r["online_classes"], r["online_teachers"], r["online_hours_per_day"]) != ("0", "0", "0"):
            fail(where, "online counts must be 0 without online teaching")
    stages = Counter(r["stage"] for r in schools)
    if not stages["primary"] > stages["junior"] > stages["senior"] > 0:
        fail("schools.csv", f"stages implausible for a county: {dict(stages)}")

    # ---- office
    meetings = data["meetings"]
    lg_days = sorted(r["date"] for r in meetings if r["kind"] == "leading_group")
    if lg_days != ["2020-01-21", "2020-01-24", "2020-01-26", "2020-01-27", "2020-01-28"]:
        fail("meetings.csv", f"leading-group meetings on {lg_days}, expected 21, 24, 26, 27, 28 Jan")
    if sum(1 for r in meetings if r["kind"] == "push") != 1:
        fail("meetings.csv", "expected one push meeting")
    docs = data["documents"]
    titles = {r["title"] for r in docs}
    for t in ("关于进一步加强春节假期后新型冠状病毒肺炎疫情防控工作的通知", "临县党政机关节后疫情防控工作方案",
              "关于强化城区居民小区疫情防控工作责任的通知"):
        if t not in titles:
            fail("documents.csv", f"《{t}》 missing")
    if not any("一级响应" in r["title"] and r["effective_from"] == "2020-01-26" for r in docs):
        fail("documents.csv", "the level-1 response effective from 2020-01-26")
    if not any("婚丧嫁娶" in t for t in titles) or not any("聚集" in t for t in titles):
        fail("documents.csv", "the bans on banquets and on gatherings")

    # ---- supervision
    for r in data["rectifications"]:
        if r["status"] == "done" and not r["done_on"]:
            fail(f"rectifications.csv:{r.line}", "done without done_on")
        if r["status"] != "done" and r["done_on"]:
            fail(f"rectifications.csv:{r.line}", "done_on given but not done")
    statuses = {r["status"] for r in data["rectifications"]}
    if not {"open", "done"} <= statuses:
        fail("rectifications.csv", "expected some open and some done")
    if not any(r["unannounced"] == "yes" for r in data["inspections"]):
        fail("inspections.csv", "expected unannounced inspections")

    # ---- volunteers
    vteams = data["volunteer-teams"]
    if len(vteams) != 1 or vteams[0]["organiser"] != "共青团临县委员会":
        fail("volunteer-teams.csv", "expected the one Youth League team")
    volunteers = data["volunteers"]

    # ---- figures
    summary = [
        ("townships", len(townships)),
        ("communities", len(data["communities"])),
        ("units", len(data["units"])),
        ("unpaired_communities", len(unpaired)),
        ("schools", len(schools)),
        ("schools_with_disinfectant", len(disinfect)),
        ("disinfectant_litres", plain(sum((dec(r["disinfectant_litres"]) for r in schools), Decimal(0)))),
        ("online_schools", len(online)),
        ("online_classes", sum(num(r["online_classes"]) for r in schools)),
        ("online_teachers", sum(num(r["online_teachers"]) for r in schools)),
        ("vehicles_checked", vehicles),
        ("persons_checked", persons_checked),
        ("fever_found", fever),
        ("funds_yuan", f"{funds:.2f}"),
        ("donors_companies", kinds["company"]),
        ("donors_individuals", kinds["individual"]),
        ("donations_cash_yuan", f"{cash:.2f}"),
        ("masks_donated", goods["口罩"]),
        ("volunteers", len(volunteers)),
        ("handbooks", pub["handbook"]),
        ("family_guides", pub["family_guide"]),
        ("open_letters", pub["open_letter"]),
        ("usb_drives", pub["usb_drive"]),
        ("publicity_vehicles", pub["vehicle"]),
        ("alcohol_disinfectant_boxes", goods["酒精消毒液"]),
        ("medical_alcohol_barrels", goods["医用酒精"]),
        ("disinfectant_84_barrels", goods["84消毒液"]),
        ("hypochlorous_boxes", goods["次氯酸伤口护理液"]),
        ("milk_boxes", goods["牛奶"]),
        ("protective_suits", goods["防护服"]),
        ("meetings", len(meetings)),
        ("video_meetings", sum(1 for r in meetings if r["kind"] == "video")),
        ("documents", len(docs)),
    ]
    expected = {
        "townships": 23, "communities": 117, "units": 43, "unpaired_communities": 0, "schools": 142,
        "schools_with_disinfectant": 88, "disinfectant_litres": "1560", "online_schools": 94,
        "online_classes": 1300, "online_teachers": 3800, "vehicles_checked": 31000, "persons_checked": 64000,
        "fever_found": 0, "funds_yuan": "11630000.00", "donors_companies": 39, "donors_individuals": 27,
        "donations_cash_yuan": "3704738.00", "masks_donated": 67000, "volunteers": 50, "handbooks": 40000,
        "family_guides": 70000, "open_letters": 250000, "usb_drives": 650, "publicity_vehicles": 5,
        "alcohol_disinfectant_boxes": 172, "medical_alcohol_barrels": 450, "disinfectant_84_barrels": 1027,
        "hypochlorous_boxes": 13, "milk_boxes": 720, "protective_suits": 100, "meetings": 13, "video_meetings": 7,
        "documents": 11,
    }
    for key, value in summary:
        if str(value) != str(expected[key]):
            fail("figures", f"{key} is {value}, the report says {expected[key]}")
    if len(donors) != 66:
        fail("donors.csv", f"{len(donors)} donors, expected 39 + 27")

    for key, value in summary:
        print(f"{key}: {value}")
    for p in problems:
        print(f"FAIL {p}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"all checks passed ({len(SPEC)} files, {sum(len(r) for r in data.values())} rows)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
