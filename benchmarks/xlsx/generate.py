#!/usr/bin/env python3
"""The xlsx benchmark's data: one township, KEY_PERSONS key persons and a temperature from each of
the five roles of 五包一 for DAYS days, in the CSV formats of docs/csv-formats.md (the workbook of
the same rows is exported from them by Cordon itself). Deterministic: the same arguments always
give the same bytes.

usage: generate.py OUT_DIR [KEY_PERSONS DAYS]   (default 20000 x 2 = 200,000 temperature-reports rows)
writes OUT_DIR/townships.csv, OUT_DIR/key-persons.csv and OUT_DIR/temperature-reports.csv
"""
import datetime
import os
import random
import sys

ROLES = ["education_cadre", "township_cadre", "village_doctor", "village_cadre", "police_officer"]


def main():
    out = sys.argv[1]
    persons = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    days = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "townships.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("code,name,kind,order\nBT-01,基准镇,town,0\n")
    codes = ["KP-%05d" % (i + 1) for i in range(persons)]
    with open(os.path.join(out, "key-persons.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("code,name,category,origin,township,community,arrived,phone\n")
        for i, code in enumerate(codes):
            f.write("%s,重点人员%d,close_contact,武汉,BT-01,,2020-01-%02d,\n" % (code, i + 1, 1 + i % 28))
    rng = random.Random(2020)
    first = datetime.date(2020, 2, 1)
    with open(os.path.join(out, "temperature-reports.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("date,key_person,role,temperature_c\n")
        for day in range(days):
            date = (first + datetime.timedelta(days=day)).isoformat()
            for code in codes:
                for role in ROLES:
                    f.write("%s,%s,%s,%.1f\n" % (date, code, role, 36.0 + rng.randrange(0, 15) / 10))


if __name__ == "__main__":
    main()
