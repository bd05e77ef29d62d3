#!/usr/bin/env python3
"""Crash and bad-folder tests of the materialised product: crash-test.py PRODUCT_FOLDER WORK_FOLDER

Runs bin/cordon as a user would, kills it with SIGKILL at awkward moments, and checks that the
database then opens without repair and holds whole files or nothing of them. See docs/reliability.md.
"""
import datetime
import os
import shutil
import signal
import subprocess
import sys
import time

product, work = sys.argv[1], sys.argv[2]
cordon = os.path.join(product, "bin", "cordon")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = dict(os.environ, CORDON_WORKSPACE=os.path.join(work, "workspace"))


def fail(message):
    print("CRASH TEST FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def ok(message):
    print("  ok: " + message, flush=True)


def run(*args, expect=0):
    result = subprocess.run([cordon, *args], capture_output=True, text=True, env=env)
    if expect is not None and result.returncode != expect:
        fail("cordon %s exited with %d, not %d:\n%s%s" % (" ".join(args), result.returncode, expect, result.stdout, result.stderr))
    return result


def summary(data):
    out = run("--data", data, "summary").stdout
    return dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)


def open_checkpoints(data):
    exported = os.path.join(work, "checkpoints.csv")
    run("--data", data, "export", "checkpoints", exported)
    with open(exported, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split(",") for line in f.readlines()[1:]]
    # name may be quoted but holds no comma in the sample; "open" is the 7th column
    return [r[0] for r in rows if r[6] == "yes"]


def write_counts(path, checkpoints, first_day, days):
    """One row per checkpoint and day, 1 vehicle and 2 persons each: a file's rows are easy to count."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("date,checkpoint,vehicles,persons,fever\n")
        for d in range(days):
            day = (first_day + datetime.timedelta(days=d)).isoformat()
            for code in checkpoints:
                f.write("%s,%s,1,2,0\n" % (day, code))
    return days * len(checkpoints)


def log_size(data):
    folder = os.path.join(data, "db", "log")
    return sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder)) if os.path.isdir(folder) else 0


print("Crash tests of " + product, flush=True)
data = os.path.join(work, "county")
before = summary(data)
vehicles_before = int(before["vehicles_checked"])
checkpoints = open_checkpoints(data)

# 1. SIGKILL during one large import: none or all of the file, never part; then it imports again.
big = os.path.join(work, "big.csv")
days = 600_000 // len(checkpoints) + 1
rows = write_counts(big, checkpoints, datetime.date(2021, 1, 1), days)
start_log = log_size(data)
importing = subprocess.Popen([cordon, "--data", data, "import", "checkpoint-counts", big], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env=env)
deadline = time.time() + 600
# Kill once the import is writing: Derby's transaction log has grown by a few megabytes.
while importing.poll() is None and log_size(data) < start_log + 4_000_000 and time.time() < deadline:
    time.sleep(0.05)
if importing.poll() is not None:
    fail("the import of %d rows ended before it could be killed:\n%s" % (rows, importing.stdout.read()))
importing.send_signal(signal.SIGKILL)
importing.wait()
after = summary(data)  # also proves the database boots without repair
vehicles_after = int(after["vehicles_checked"])
if vehicles_after not in (vehicles_before, vehicles_before + rows):
    fail("after SIGKILL the database holds %d vehicles: neither %d (none of the file) nor %d (all of it)"
         % (vehicles_after, vehicles_before, vehicles_before + rows))
ok("SIGKILL during an import of %d rows: the database opens and holds %s of the file"
   % (rows, "none" if vehicles_after == vehicles_before else "all"))
run("--data", data, "import", "checkpoint-counts", big)
vehicles_again = int(summary(data)["vehicles_checked"])
if vehicles_again != vehicles_before + rows:
    fail("the second import left %d vehicles, not %d" % (vehicles_again, vehicles_before + rows))
ok("the same file imports in full afterwards")

# 2. SIGKILL between and during many small committed imports: every reported file is there, whole.
files = []
per_file_days = 40
base = datetime.date(2100, 1, 1)
for i in range(60):
    path = os.path.join(work, "part-%02d.csv" % i)
    write_counts(path, checkpoints, base + datetime.timedelta(days=i * per_file_days), per_file_days)
    files.append(path)
importing = subprocess.Popen([cordon, "--data", data, "import", "checkpoint-counts", *files], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, env=env)
reported = 0
while reported < 5:
    line = importing.stdout.readline()
    if not line:
        fail("the import of many files ended early after %d files" % reported)
    if line.startswith("imported "):
        reported += 1
importing.send_signal(signal.SIGKILL)
importing.wait()
exported = os.path.join(work, "counts-after.csv")
run("--data", data, "export", "checkpoint-counts", exported)
per_file = [0] * len(files)
with open(exported, encoding="utf-8") as f:
    next(f)
    for line in f:
        day = datetime.date.fromisoformat(line[:10])
        if day >= base:
            per_file[(day - base).days // per_file_days] += 1
whole = per_file_days * len(checkpoints)
for i, count in enumerate(per_file):
    allowed = (whole,) if i < reported else (0, whole) if i == reported else (0,)
    if count not in allowed:
        fail("file %d of %d has %d of its %d rows after SIGKILL (%d files were reported imported)"
             % (i + 1, len(files), count, whole, reported))
ok("SIGKILL after %d of %d committed imports: those %d files are there whole, the one in progress whole or not at all, "
   "the rest absent" % (reported, len(files), reported))

# 3. A damaged database folder: one sentence, no stack trace, and a backup brings the data back.
backup = os.path.join(work, "backup")
run("--data", data, "db", "backup", "--to", backup)
damaged = os.path.join(work, "county", "db")
with open(os.path.join(damaged, "service.properties"), "w") as f:
    f.write("\0 not what Derby wrote")
for log in os.listdir(os.path.join(damaged, "log")):
    with open(os.path.join(damaged, "log", log), "wb") as f:
        f.write(b"\1\2\3")
result = run("--data", data, "summary", expect=1)
if len(result.stderr.strip().splitlines()) != 1 or "Exception" in result.stderr or "may be damaged" not in result.stderr:
    fail("a damaged database said: " + result.stderr)
ok("damaged database: " + result.stderr.strip())
run("--data", data, "db", "restore", "--from", backup)
if int(summary(data)["vehicles_checked"]) != vehicles_again + sum(per_file):
    fail("the restored database does not hold what was backed up")
ok("db restore brings back the backup")

# 4. A full disk: one sentence, and an import that runs out of room writes nothing.
if os.geteuid() == 0 and shutil.which("mount"):
    tiny = os.path.join(work, "tiny")
    os.makedirs(tiny)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", tiny]).returncode == 0:
        try:
            result = run("--data", os.path.join(tiny, "data"), "init", "--empty", expect=1)
            if "No space left on device" not in result.stderr or len(result.stderr.strip().splitlines()) != 1:
                fail("a full disk said: " + result.stderr)
            ok("full disk: " + result.stderr.strip())
        finally:
            subprocess.run(["umount", tiny])
    else:
        fail("could not mount a small tmpfs to fill")
else:
    print("  (full-disk case not run: it needs root to mount a small tmpfs)")
print("Crash tests passed.")
