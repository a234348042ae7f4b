#!/usr/bin/env python3
"""Outputs that cannot lie, clobber or leak (issue 12: findings 8, 9, 10,
15, 17, 18 of the 2026-11 adversarial round, and the last line of defence
against secrets). Each case names the finding it covers; each failed on
the code before outputs.c.

Run by ctest as cli_outputs with PLANGRAPH and PG_SOURCE_DIR set.
"""
import json
import os
import subprocess
import sys
import tempfile
import threading

P = os.environ["PLANGRAPH"]
SRC = os.environ["PG_SOURCE_DIR"]
DR = os.path.join(SRC, "samples/dr-flawed/plan.json")
SEC = os.path.join(SRC, "samples/secrets/plan.json")
INJ = os.path.join(SRC, "../shared/security/repro/terminal-injection-plan.json")
failed = []


def run(args, cwd=None, stdout=subprocess.PIPE):
    r = subprocess.run([P] + args, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE,
                       timeout=120)
    return r.returncode, r.stdout or b"", r.stderr.decode("utf-8", "replace")


def write_query(d, name, message):
    """A query file failing every SNS topic with `message` (bytes: the
    message template), in folder d; its path."""
    path = os.path.join(d, name + ".pgq")
    with open(path, "wb") as f:
        f.write(b'query %s\n  title "t"\n  severity low\n'
                b'check for each (t: aws_sns_topic)\n  subject "{t}"\n  expect false\n'
                b'  message "%s"\n' % (name.encode(), message))
    return path


def expect(name, cond, detail=""):
    if not cond:
        failed.append(name)
        print("FAIL %s %s" % (name, detail))


def secrets_guard():
    # The evaluator marks plan values, not query literals: two halves of a
    # secret joined with + reach the output unmarked; the guard refuses.
    # The refusal says where the secret is and whose it is, never what.
    q = "match (n: aws_ssm_parameter) return 'PGSECRET-variable-api-' + 'token' as x"
    for fmt in ("table", "json", "csv"):
        rc, out, err = run(["query", SEC, q, "--format", fmt])
        expect("guard-" + fmt, rc == 2 and out == b"" and
               "refusing to write: output would contain a value the plan marks "
               "sensitive (in standard output, line " in err and
               "; it comes from var.api_token)" in err and "PGSECRET" not in err,
               "rc=%d out=%r err=%r" % (rc, out[:80], err))
    rc, out, err = run(["query", SEC, "match (n: aws_ssm_parameter) return "
                        "'PGSECRET-sensitive-' + 'function-tag' as x", "--format", "csv"])
    expect("guard-origin-path", rc == 2 and "(in standard output, line 2; it comes from "
           "aws_sns_topic.alerts.tags.Webhook)" in err and "PGSECRET" not in err, err)
    # A report to a file is written as it is made, to a temporary file: a
    # secret in it leaves an existing file as it was, makes no new one and
    # leaves no temporary file behind.
    with tempfile.TemporaryDirectory() as d:
        leak = write_query(d, "leak", b"{'PGSECRET-variable-api-' + 'token'}")
        old = os.path.join(d, "old.json")
        with open(old, "w") as f:
            f.write("before\n")
        for target in (old, os.path.join(d, "new.json")):
            rc, out, err = run(["check", SEC, "--no-builtin", "--queries", leak,
                                "--format", "json", "-o", target])
            expect("guard-file-" + os.path.basename(target), rc == 2 and
                   "sensitive (in %s, line " % target in err and
                   "; it comes from var.api_token)" in err, "rc=%d %s" % (rc, err))
        expect("guard-file-kept", open(old).read() == "before\n" and
               sorted(os.listdir(d)) == ["leak.pgq", "old.json"], str(os.listdir(d)))


def stdout_full():  # finding 9
    cmds = [["query", DR, "match (n: node) return n"], ["stats", DR],
            ["explain", DR, "module.primary.aws_lb.app"], ["list-queries"],
            ["lint", os.path.join(SRC, "queries")], ["check", DR]]
    for c in cmds:
        with open("/dev/full", "wb") as full:
            rc, _, err = run(c, stdout=full)
        expect("stdout-full-" + c[0], rc == 2 and
               "plangraph: error: writing standard output: No space left on device" in err,
               "rc=%d %s" % (rc, err[-200:]))


def timeouts():  # finding 17
    for v in ("nan", "inf", "1e19", "5abc", "0", "-1", ""):
        for c in (["check", DR], ["query", DR, "match (a: aws_lb) return a"]):
            rc, _, err = run(c + ["--timeout", v])
            expect("timeout-%s-%s" % (c[0], v), rc == 2 and "--timeout wants" in err, err)
    rc, _, _ = run(["check", DR, "--timeout", "30"])
    expect("timeout-ok", rc == 1)


def targets(d):  # finding 8
    plan = os.path.join(d, "plan.json")
    q = os.path.join(d, "q.pgq")
    open(plan, "wb").write(open(DR, "rb").read())
    open(q, "w").write(open(os.path.join(SRC, "queries/replica-per-region.pgq")).read()
                       if os.path.exists(os.path.join(SRC, "queries/replica-per-region.pgq"))
                       else "")
    before = open(plan, "rb").read()
    for c in (["check", plan, "--format", "json", "-o", plan], ["check", plan, "--junit", plan],
              ["graph", plan, "-o", plan]):
        rc, _, err = run(c)
        expect("clobber-plan-" + c[0], rc == 2 and "it is the input" in err and
               open(plan, "rb").read() == before, err)
    qb = open(q, "rb").read()
    rc, _, err = run(["check", plan, "--queries", q, "--junit", q])
    expect("clobber-query", rc == 2 and open(q, "rb").read() == qb, err)
    same = os.path.join(d, "same.xml")
    rc, _, err = run(["check", plan, "-o", same, "--junit", same, "--format", "json"])
    expect("two-outputs", rc == 2 and "another output names the same file" in err and
           not os.path.exists(same), err)
    ok = os.path.join(d, "ok.xml")
    rc, _, err = run(["check", plan, "--junit", ok, "-o", "/nonexistent/dir/r.json"])
    expect("no-partial-junit", rc == 2 and not os.path.exists(ok), err)
    # Symbolic links are written through: the link stays, its target changes.
    os.mkdir(os.path.join(d, "shared"))
    os.symlink("shared/report.xml", os.path.join(d, "link.xml"))
    open(os.path.join(d, "shared/report.xml"), "w").write("stale")
    rc, _, err = run(["check", plan, "--junit", "link.xml"], cwd=d)
    expect("symlink-kept", rc == 1 and os.path.islink(os.path.join(d, "link.xml")) and
           open(os.path.join(d, "shared/report.xml")).read().startswith("<?xml"), err)
    # A 254-byte name (the temporary name is shorter than it).
    long = os.path.join(d, "r" * 250 + ".xml")
    rc, _, err = run(["check", plan, "--junit", long])
    expect("long-name", rc == 1 and os.path.getsize(long) > 0, err)
    # A FIFO is written directly, and stays a FIFO.
    fifo = os.path.join(d, "r.fifo")
    os.mkfifo(fifo)
    got = []
    t = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
    t.start()
    rc, _, err = run(["check", plan, "--format", "json", "-o", fifo])
    t.join(30)
    expect("fifo", rc == 1 and got and json.loads(got[0])["summary"] and
           os.path.exists(fifo) and not os.path.isfile(fifo), err)
    # A character device is written directly, never renamed over: made
    # here (as root) so that the real /dev is never at stake.
    if os.getuid() == 0:
        null = os.path.join(d, "null")
        subprocess.run(["mknod", "-m", "666", null, "c", "1", "3"], check=True)
        rc, _, err = run(["check", plan, "--junit", null])
        expect("char-device", rc == 1 and not os.path.isfile(null) and
               os.path.exists(null), err)
    left = [f for f in os.listdir(d) if ".tmp" in f or f.startswith(".plangraph-")]
    expect("no-temps", not left, str(left))


def integrity():  # findings 10 and 15
    rc, out, err = run(["query", SEC, "match (t: aws_sns_topic) return 'é'[0] as x",
                        "--format", "json"])
    try:
        out.decode("utf-8")
        ok = True
    except UnicodeDecodeError:
        ok = False
    expect("utf8-json", rc in (0, 1) and ok and ("invalid UTF-8" in err or "é" in out.decode()),
           "rc=%d %r %s" % (rc, out[:60], err))
    # The same into a file, which is repaired where it was written.
    with tempfile.TemporaryDirectory() as d:
        broken = write_query(d, "broken", b"a stray \xff byte")
        target = os.path.join(d, "r.json")
        rc, _, err = run(["check", SEC, "--no-builtin", "--queries", broken,
                          "--format", "json", "-o", target])
        try:
            text = open(target, "rb").read().decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            text = "unreadable: %s" % e
        expect("utf8-json-file", rc == 1 and "invalid UTF-8 in %s" % target in err and
               "\ufffd" in text and json.loads(text)["summary"]["failed"] > 0 and
               sorted(os.listdir(d)) == ["broken.pgq", "r.json"],
               "rc=%d %r %s" % (rc, text[:60], err))
    if os.path.exists(INJ):
        rc, out, err = run(["check", INJ, "--only", "db-instance-class"])
        expect("no-forged-lines", rc == 1 and b"\x1b" not in out and b"\r" not in out and
               out.count(b"\n") == 3, repr(out))  # two lines of a finding, a summary
    rc, out, err = run(["query", SEC, "match (t: aws_sns_topic) return '=HYPERLINK(1)' as x",
                        "--format", "csv"])
    expect("csv-formula", b"'=HYPERLINK(1)" in out, repr(out))


def main():
    secrets_guard()
    stdout_full()
    timeouts()
    with tempfile.TemporaryDirectory() as d:
        targets(d)
    integrity()
    print("%d failed" % len(failed))
    return 1 if failed else 0


sys.exit(main())
