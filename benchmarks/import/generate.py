#!/usr/bin/env python3
"""The import benchmark's data: CHECKPOINTS checkpoints and one checkpoint-counts row per checkpoint
and day, DAYS days from 2020-01-01, in the CSV formats of docs/csv-formats.md. Deterministic: the
same arguments always give the same bytes.

usage: generate.py OUT_DIR [CHECKPOINTS DAYS]   (default 1000 x 1000 = 1,000,000 rows)
writes OUT_DIR/checkpoints.csv and OUT_DIR/checkpoint-counts.csv
"""
import datetime
import os
import random
import sys


def main():
    out = sys.argv[1]
    checkpoints = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    days = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    os.makedirs(out, exist_ok=True)
    codes = ["BK-%04d" % (i + 1) for i in range(checkpoints)]
    with open(os.path.join(out, "checkpoints.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("code,name,level,kind,township,location,open,two_way,round_the_clock\n")
        for i, code in enumerate(codes):
            f.write("%s,Benchmark checkpoint %d,%d,county_road,,Road %d,yes,yes,yes\n" % (code, i + 1, 1 + i % 4, i + 1))
    rng = random.Random(2020)
    first = datetime.date(2020, 1, 1)
    lines = ["date,checkpoint,vehicles,persons,fever\n"]
    for day in range(days):
        date = (first + datetime.timedelta(days=day)).isoformat()
        for code in codes:
            vehicles = rng.randrange(0, 400)
            persons = vehicles + rng.randrange(0, 2 * vehicles + 10)
            # about one row in 2,000 finds a person with fever, as the county's checkpoints did at most
            fever = 1 if rng.random() < 0.0005 else 0
            lines.append("%s,%s,%d,%d,%d\n" % (date, code, vehicles, persons, fever))
    with open(os.path.join(out, "checkpoint-counts.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(lines)


if __name__ == "__main__":
    main()
