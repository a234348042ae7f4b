#!/usr/bin/env python3
"""Hostile plans and inputs, round two (issue 12 items 3, 7, 12/13 and 18).

Each step makes its own inputs in a scratch folder (nothing is checked in
but this script) and runs the built plangraph on them:
  query_files   symlinks out of a query folder, FIFOs and non-query files
                in it: refused by name, and no text of a file that is not a
                query file is ever quoted (a token reached through a link)
  value_edges   N data sources holding one id, M resources with K
                attributes equal to it: edges and peak memory stay linear
                in the plan (the old code made N*M*K edges)
  address_keys  one address with 250k [""] keys: refused without a GB
  big_numbers   integers beyond int64 and reals beyond double in
                configuration, variables and values: loaded, kept as text,
                compared exactly, and never a silent end of secret masking
  tf_graph      --tf-graph through the bounded reader: FIFO with no writer,
                /dev/zero, a folder, stdin, an over-long name
  index         an "index" that disagrees with the address is refused
  convert       a binary plan is converted with terraform from PATH only
                through absolute PATH entries; its stderr is shown
Every run has a wall-clock limit; a hang fails.

Run by ctest as cli_hostile_round2 with PLANGRAPH and PG_SOURCE_DIR set.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

PLANGRAPH = os.path.abspath(os.environ["PLANGRAPH"])
SRC = os.environ["PG_SOURCE_DIR"]
TIME_LIMIT = 60
MB = 1 << 20
SECRET = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEyMyJ9.eyJzdWIiOiJzeXN0ZW0ifQ.sig"

failures = []
passed = [0]


def run(args, env=None, stdin=None, cwd=None, limit=TIME_LIMIT):
    """Runs plangraph; returns (status, stderr, stdout, peak RSS bytes)."""
    e = dict(os.environ)
    e["PLANGRAPH_INPUT_WAIT"] = "2"
    e["NO_COLOR"] = "1"
    if env:
        e.update(env)
    err = tempfile.TemporaryFile()
    out = tempfile.TemporaryFile()
    p = subprocess.Popen([PLANGRAPH] + args, stdout=out, stderr=err, cwd=cwd,
                         stdin=stdin if stdin is not None else subprocess.DEVNULL, env=e)
    timer = threading.Timer(limit, p.kill)
    timer.start()
    _, status, usage = os.wait4(p.pid, 0)
    timer.cancel()
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    err.seek(0)
    out.seek(0)
    return (code, err.read().decode("utf-8", "replace"),
            out.read().decode("utf-8", "replace"), usage.ru_maxrss * 1024)


# Peak memory is measured in plain builds only: under AddressSanitizer the
# peak holds its shadow memory and quarantine (130 MB against 28 MB for the
# refused 10^5-module plan), and the plain pass runs the same cases.
MEASURE_MEMORY = os.environ.get("PG_SANITIZE", "").upper() not in ("ON", "1", "TRUE")


def expect_memory(case, rss, bound, size):
    if MEASURE_MEMORY:
        expect(case, rss <= bound, "peak %d KB for a %d KB plan" % (rss // 1024, size // 1024))


def expect(case, ok, why):
    if ok:
        passed[0] += 1
    else:
        failures.append("%s: %s" % (case, why))


def refused(case, result, pattern, name=None):
    """Exit 2 with one message that matches pattern (and names name)."""
    code, err, _, _ = result
    lines = err.rstrip("\n").split("\n") if err else []
    ok = (code == 2 and len(lines) >= 1 and re.search(pattern, lines[0]) is not None
          and (name is None or name in lines[0]))
    expect(case, ok, "wanted exit 2 and /%s/%s, got %d: %s" % (
        pattern, " naming " + name if name else "", code, err[:500]))


def sample(name):
    return os.path.join(SRC, "samples", name, "plan.json")


# ---- query files (finding 3) ----------------------------------------------

def query_files(tmp):
    proj = os.path.join(tmp, "proj")
    qdir = os.path.join(proj, ".plangraph", "queries")
    os.makedirs(os.path.join(qdir, "lib"))
    token = os.path.join(tmp, "token")
    with open(token, "w") as f:
        f.write(SECRET)
    plan = sample("secrets")
    good = ('query ok\ntitle "t"\ncheck for each v in [1]\n  subject "{v}"\n'
            '  expect v == 1\n  message "m"\n')

    def clean():
        for n in os.listdir(qdir):
            p = os.path.join(qdir, n)
            if os.path.isdir(p) and not os.path.islink(p):
                shutil.rmtree(p)
            else:
                os.unlink(p)

    def no_secret(case, r):
        expect(case, SECRET[:20] not in r[1] + r[2], "quotes the token: " + r[1][:300])

    os.symlink(token, os.path.join(qdir, "a.pgq"))
    r = run(["check", plan], cwd=proj)
    refused("project query: symlink out of the folder", r, r"outside", ".plangraph/queries/a.pgq")
    no_secret("project query: symlink out of the folder", r)
    r = run(["check", plan, "--no-builtin", "--queries", qdir])
    refused("--queries DIR: symlink out of the folder", r, r"outside", "a.pgq")
    no_secret("--queries DIR: symlink out of the folder", r)

    clean()
    os.mkfifo(os.path.join(qdir, "f.pgq"))
    r = run(["check", plan], cwd=proj, limit=20)
    refused("project query: a FIFO", r, r"not a regular file", "f.pgq")

    clean()
    with open(os.path.join(qdir, "real.txt"), "w") as f:
        f.write(good)
    os.symlink("real.txt", os.path.join(qdir, "z.pgq"))
    r = run(["list-queries", "--no-builtin"], cwd=proj)
    expect("a symlink inside the folder is followed", r[0] == 0 and "ok" in r[2],
           "exit %d: %s" % (r[0], r[1][:300]))

    # Not a query file: no quote, whatever the reason.
    for case, data in (("a token in the folder", SECRET.encode()),
                       ("comments, then a token", ("# x\n#y\n\n" + SECRET + "\n").encode()),
                       ("binary", b"\x89PNG\r\n\x1a\n" + SECRET.encode()),
                       ("not UTF-8", b"query \xff" + SECRET.encode()),
                       ("a netrc", ("machine h login u password " + SECRET).encode())):
        clean()
        with open(os.path.join(qdir, "x.pgq"), "wb") as f:
            f.write(data)
        r = run(["check", plan], cwd=proj)
        refused("not a query file: " + case, r, r"not a query file", "x.pgq")
        no_secret("not a query file: " + case, r)
    # A query file's own mistakes are still quoted.
    clean()
    with open(os.path.join(qdir, "q.pgq"), "w") as f:
        f.write('query q\ntitle "t"\nsevrity high\n')
    r = run(["check", plan], cwd=proj)
    expect("a query file's parse error is quoted", r[0] == 2 and "sevrity high" in r[1],
           r[1][:300])

    # Imports: a library must stay in the importing file's folder.
    clean()
    outside = os.path.join(tmp, "outside")
    os.makedirs(outside)
    with open(os.path.join(outside, "l.pgq"), "w") as f:
        f.write("def k() = 1\n")
    os.rmdir(os.path.join(qdir, "lib")) if os.path.isdir(os.path.join(qdir, "lib")) else None
    os.symlink(outside, os.path.join(qdir, "lib"))
    with open(os.path.join(qdir, "i.pgq"), "w") as f:
        f.write(good.replace("title", 'import "lib/l.pgq"\ntitle').replace("v == 1", "v == k()"))
    r = run(["check", plan], cwd=proj)
    refused("import through a symlinked folder", r, r"outside", "lib/l.pgq")


# ---- value edges (finding 6a) ----------------------------------------------

def value_edges(tmp):
    """N data sources holding one id, M resources with K attributes equal to
    it: the old code drew N*M*K value edges (44M and 3.8 GB at 2000/2000/10)."""
    n, m, k = 2000, 2000, 10
    rc = []
    for i in range(n):
        rc.append({"address": "data.aws_region.r[%d]" % i, "mode": "data", "type": "aws_region",
                   "name": "r", "index": i, "change": {"actions": ["read"], "before": None,
                   "after": {"id": "us-east-1", "name": "us-east-1"}}})
    for j in range(m):
        after = {"bucket": "b%d" % j}
        after.update({"a%d" % x: "us-east-1" for x in range(k)})
        rc.append({"address": "aws_s3_bucket.b[%d]" % j, "mode": "managed",
                   "type": "aws_s3_bucket", "name": "b", "index": j,
                   "change": {"actions": ["create"], "before": None, "after": after}})
    path = os.path.join(tmp, "ve.json")
    with open(path, "w") as f:
        json.dump({"format_version": "1.2", "resource_changes": rc}, f)
    size = os.path.getsize(path)
    code, err, out, rss = run(["stats", path])
    edges = re.search(r"edges: (\d+)", out)
    expect("value edges: loads", code == 0 and edges, "exit %d: %s" % (code, err[:300]))
    expect("value edges: linear", edges and int(edges.group(1)) <= 4 * (n + m * k),
           "edges: %s" % (edges.group(1) if edges else "?"))
    expect_memory("value edges: memory under 20x the plan", rss, 20 * size + 64 * MB, size)


def long_lists(tmp):
    """A list of 40,000 values, each element marked in after_unknown and
    after_sensitive as terraform writes them ([false, ...]): each element's
    marks were looked up from the list's start, so reading the list took
    18 s (n^2); reading, walking and showing it now take a moment."""
    n = 40000
    cidrs = ["10.%d.%d.0/24" % (i // 256, i % 256) for i in range(n)]
    after = {"addresses": cidrs, "name": "big", "scope": "REGIONAL"}
    rc = {"address": "aws_wafv2_ip_set.big", "mode": "managed", "type": "aws_wafv2_ip_set",
          "name": "big", "change": {"actions": ["create"], "before": None, "after": after,
                                     "after_unknown": {"addresses": [False] * n, "arn": True},
                                     "after_sensitive": {"addresses": [False] * n}}}
    path = write_json(tmp, "long.json", {"format_version": "1.2", "resource_changes": [rc]})
    for what, args, want in (
            ("read", ["query", path, "match (s: aws_wafv2_ip_set) return count(s.addresses)"],
             str(n)),
            ("walked", ["query", path,
                        "match (s: aws_wafv2_ip_set) return count(paths(s, 'addresses*'))"],
             str(n)),
            ("shown", ["explain", path, "aws_wafv2_ip_set.big"], cidrs[-1])):
        code, err, out, _ = run(args, limit=15)
        expect("a 40,000-value list: " + what, code == 0 and want in out,
               "exit %d: %s" % (code, err[:300]))


# ---- addresses (finding 6b) and instance keys (finding 18) ------------------

def one_resource(address, extra=None, module_address=None):
    rc = {"address": address, "mode": "managed", "type": "aws_vpc", "name": "a",
          "change": {"actions": ["create"], "before": None, "after": {}}}
    if module_address:
        rc["module_address"] = module_address
    rc.update(extra or {})
    return {"format_version": "1.2", "resource_changes": [rc]}


def write_json(tmp, name, doc):
    path = os.path.join(tmp, name)
    with open(path, "w") as f:
        json.dump(doc, f)
    return path


def address_keys(tmp):
    """One address with 250k [""] keys took 1 GB (a page per key); a chain
    of 10^5 module calls, each a node holding its whole address, is
    quadratic: both stay within 20x the plan."""
    path = write_json(tmp, "keys.json", one_resource("aws_vpc.a" + '[""]' * 250000))
    size = os.path.getsize(path)
    r = run(["stats", path])
    refused("250k keys: refused", r, r"does not match its mode, type and name", "keys.json")
    expect_memory("250k keys: memory under 20x the plan", r[3], 20 * size + 64 * MB, size)
    mod = ".".join(['module.a[""]'] * 100000)
    path = write_json(tmp, "deep.json", one_resource(mod + ".aws_vpc.a", module_address=mod))
    size = os.path.getsize(path)
    r = run(["stats", path])
    refused("10^5 nested module calls: refused", r, r"nests 100000 module calls; plangraph "
            r"reads at most 64", "deep.json")
    expect_memory("10^5 nested module calls: memory under 20x the plan", r[3],
                  20 * size + 64 * MB, size)
    mod = ".".join(['module.a[%d]' % i for i in range(64)])
    path = write_json(tmp, "deep64.json", one_resource(mod + ".aws_vpc.a", module_address=mod))
    r = run(["stats", path])
    expect("64 nested module calls load", r[0] == 0, "exit %d: %s" % (r[0], r[1][:300]))


def index(tmp):
    """The entry's "index" must name the instance its address names."""
    cases = (
        ("index 7 on [1]", "aws_vpc.a[1]", 7, r"index 7 does not match the key of its "
         r'address "aws_vpc.a\[1\]" \(at resource_changes\[0\]\)'),
        ("index \"x\" on [\"k\"]", 'aws_vpc.a["k"]', "x", r'index "x" does not match'),
        ("index 0 on no key", "aws_vpc.a", 0, r"index 0 does not match"),
        ("index \"1\" on [1]", "aws_vpc.a[1]", "1", r'index "1" does not match'),
        ("a 20-digit key", "aws_vpc.a[99999999999999999999]", None,
         r'address "aws_vpc.a\[99999999999999999999\]" has an index beyond 64-bit integers'),
        ("a 20-digit index", "aws_vpc.a[1]", 99999999999999999999,
         r"index 99999999999999999999 is beyond 64-bit integers"))
    for i, (case, address, idx, pattern) in enumerate(cases):
        extra = {"index": idx} if idx is not None else {}
        path = write_json(tmp, "i%d.json" % i, one_resource(address, extra))
        refused(case, run(["stats", path]), pattern, "i%d.json" % i)
    for i, (address, idx) in enumerate((("aws_vpc.a[1]", 1), ('aws_vpc.a["k"]', "k"),
                                        ('aws_vpc.a["k\\"q"]', 'k"q'), ("aws_vpc.a", None))):
        extra = {"index": idx} if idx is not None else {}
        path = write_json(tmp, "ok%d.json" % i, one_resource(address, extra))
        r = run(["query", path, "match (v: aws_vpc) return index(v)"])
        want = "null" if idx is None else str(idx)
        expect("index %s on %s loads" % (idx, address), r[0] == 0 and want in r[2],
               "exit %d: %s%s" % (r[0], r[1][:300], r[2][:300]))


# ---- --tf-graph through the bounded reader (finding 16) ---------------------

def tf_graph(tmp):
    # The plan away from its .tf files: the locals the graph resolves are
    # not read from their text first.
    plan = os.path.join(tmp, "plan.json")
    shutil.copyfile(sample("dr-two-region"), plan)
    dot = os.path.join(SRC, "samples", "dr-two-region", "tf-graph.dot")

    def added(r):
        m = re.search(r'"tf_graph_edges_added": (\d+)', r[2])
        return int(m.group(1)) if m else None

    base = run(["stats", plan, "--tf-graph", dot, "--format", "json"])
    expect("a file: edges added", base[0] == 0 and added(base) == 4,
           "exit %d, %s: %s" % (base[0], added(base), base[1][:300]))
    fifo = os.path.join(tmp, "g.fifo")
    os.mkfifo(fifo)
    r = run(["stats", plan, "--tf-graph", fifo], limit=20)
    refused("a FIFO with no writer", r, r"no data for 2 s", "g.fifo")
    refused("/dev/zero", run(["stats", plan, "--tf-graph", "/dev/zero"], limit=20),
            r"is a character device; expected the DOT text that `terraform graph` writes",
            "/dev/zero")
    refused("a folder", run(["stats", plan, "--tf-graph", tmp]),
            r"is a directory; expected the DOT text", tmp)
    with open(dot, "rb") as f:
        r = run(["stats", plan, "--tf-graph", "-", "--format", "json"], stdin=f)
    expect("'-' is standard input", r[0] == 0 and added(r) == 4,
           "exit %d, %s: %s" % (r[0], added(r), r[1][:300]))
    with open(plan, "rb") as f:
        r = run(["stats", "-", "--tf-graph", "-"], stdin=f)
    refused("'-' for both", r, r"standard input is the plan", "<stdin>")
    r = run(["stats", plan, "--tf-graph", dot], env={"PLANGRAPH_MAX_INPUT": "300000"})
    expect("the size limit: the plan fits", r[0] == 0, r[1][:300])
    big = os.path.join(tmp, "big.dot")
    with open(big, "w") as f:
        f.write("digraph {\n" + " " * 400000 + "}\n")
    refused("the size limit", run(["stats", plan, "--tf-graph", big],
                                  env={"PLANGRAPH_MAX_INPUT": "300000"}),
            r"over the limit of 300000 bytes", "big.dot")
    # Lines of any length are read whole: never split into false arrows,
    # never refused, names never cut short.
    long_lines = os.path.join(tmp, "long.dot")
    with open(dot) as f, open(long_lines, "w") as out:
        for line in f:
            out.write(" " * 100000 + line if "->" in line else line)
        out.write('"' + "x" * 9000 + ' -> aws_vpc.a" -> "' + "y" * 9000 + '"\n')
    r = run(["stats", plan, "--tf-graph", long_lines, "--format", "json"])
    expect("100 KB lines", r[0] == 0 and added(r) == 4,
           "exit %d, %s: %s" % (r[0], added(r), r[1][:300]))


# ---- binary plans: which terraform runs, and for how long (finding 18) -----

def convert(tmp):
    plan = os.path.join(tmp, "plan.tfplan")
    with open(plan, "wb") as f:
        f.write(b"PK\x03\x04" + b"\0" * 64)
    marker = os.path.join(tmp, "ran")

    def fake(folder, body):
        os.makedirs(folder, exist_ok=True)
        exe = os.path.join(folder, "terraform")
        with open(exe, "w") as f:
            f.write("#!/bin/sh\n" + body)
        os.chmod(exe, 0o755)

    fake(tmp, "touch '%s'\necho '{}'\n" % marker)
    for entries in (":/usr/bin:/bin", "/usr/bin::/bin", ".:/usr/bin", "/usr/bin:/bin:"):
        r = run(["stats", "plan.tfplan"], env={"PATH": entries}, cwd=tmp)
        refused("PATH=%s: no ./terraform" % entries, r,
                r"is a binary plan file; plangraph reads its JSON form", "plan.tfplan")
        expect("PATH=%s: ./terraform never ran" % entries, not os.path.exists(marker),
               "the working directory's terraform ran")
    bad = os.path.join(tmp, "bad")
    fake(bad, "echo 'Error: the plan file is from terraform 9.9' >&2\nexit 1\n")
    r = run(["stats", plan], env={"PATH": bad + ":/usr/bin:/bin"})
    refused("terraform's message is kept", r, r'`terraform show -json` failed on it '
            r'\(terraform: "Error: the plan file is from terraform 9.9"\)', "plan.tfplan")
    slow = os.path.join(tmp, "slow")
    fake(slow, "exec sleep 60\n")
    r = run(["stats", plan], env={"PATH": slow + ":/usr/bin:/bin", "PLANGRAPH_INPUT_WAIT": "1"},
            limit=20)
    refused("a terraform that hangs is stopped", r, r"ran longer than 1 s \(PLANGRAPH_INPUT_WAIT\)",
            "plan.tfplan")


# ---- big numbers (finding 13, and 18: beyond double) ------------------------

def big_numbers(tmp):
    """Integers beyond int64 and numbers beyond double, as terraform writes
    them (samples/bignum) and as a hand-made plan may (1e400): loaded, kept
    as text, compared exactly, and never the end of secret masking."""
    plan = sample("bignum")
    d = "(d: terraform_data where name(d) == 'd'), (c: terraform_data where name(c) == 'c')"
    cols = [("d.input.huge", "123456789012345678901234567890"),
            ("c.input.direct", "123456789012345678901234567891"),
            ("d.input.huge == c.input.direct", "false"),   # equal as doubles
            ("d.input.huge < c.input.direct", "true"),
            ("d.input.huge == 123456789012345678901234567890", "true"),
            ("d.input.huge == 123456789012345678901234567891", "false"),
            ("d.input.huge == 123456789012345680000000000000", "false"),
            ("d.input.huge > 100000000000000000000", "true"),
            ("d.input.beyond < c.input.beyond", "true"),    # 1e400 < 2e400
            ("d.input.beyond == c.input.beyond", "false"),
            ("-d.input.neg < d.input.beyond", "true"),       # 1.5e330 < 1e400
            ("d.input.neg < -1000", "true"),
            ("number('123456789012345678901234567891') == c.input.direct", "true"),
            ("string(d.input.var)", "98765432109876543210987654321"),
            ("sort([d.input.huge, c.input.direct, 5])[1]", "123456789012345678901234567890")]
    r = run(["query", plan, "match %s return %s" % (d, ", ".join(c for c, _ in cols)),
             "--format", "json"])
    try:
        row = json.loads(r[2])[0]
    except (ValueError, IndexError):
        row = {}
    expect("bignum sample: query", r[0] == 0 and row, "exit %d: %s" % (r[0], r[1][:300]))
    for col, want in cols:
        got = json.dumps(row.get(col))
        expect("bignum: " + col, got.strip('"') == want, "got %s, want %s" % (got, want))
    r = run(["query", plan, "match (t: terraform_data where name(t) == 'd') return t.input.beyond"])
    expect("bignum: 1e400 renders as its 401 digits", r[0] == 0 and "1" + "0" * 400 in r[2],
           r[1][:300] + r[2][:200])
    r = run(["query", plan, "match (t: terraform_data) return t.input.huge + 1"])
    refused("bignum: arithmetic is refused, not rounded", r,
            r"arithmetic on a number beyond double precision")
    # Hand-made forms: exponents (1e400 as text), in configuration,
    # variables and values, next to a secret whose copy must stay masked.
    with open(os.path.join(SRC, "samples", "secrets", "plan.json")) as f:
        text = f.read()
    doc = json.loads(text)
    for rc in doc["resource_changes"]:
        if rc["address"] == "aws_sns_topic.alerts":
            rc["change"]["after"]["zz_big"] = "@BIG1@"
            rc["change"]["after"]["zz_neg"] = "@BIG2@"
    doc["variables"]["zz_var"] = {"value": "@BIG3@"}
    text = json.dumps(doc).replace('"@BIG1@"', "1e400").replace('"@BIG2@"', "-2E+400")
    text = text.replace('"@BIG3@"', "123456789012345678901234567890123")
    path = os.path.join(tmp, "secrets-big.json")
    with open(path, "w") as f:
        f.write(text)
    r = run(["query", path, "match (t: aws_sns_topic) return t.tags_all, t.zz_big, "
             "t.zz_big > 1000, t.zz_neg < -1000, t.zz_big == 1"])
    expect("1e400 in values: loads", r[0] == 0, "exit %d: %s" % (r[0], r[1][:300]))
    expect("1e400 in values: the secret stays masked", "PGSECRET" not in r[1] + r[2], r[2][:500])
    expect("1e400 in values: renders as written, compares as a number",
           "1e400" in r[2] and "true   true" in re.sub(r" +", "   ", r[2]) and "null" not in r[2],
           r[2][:500])
    r = run(["explain", path, "aws_sns_topic.alerts"])
    expect("1e400 in values: explain keeps them", r[0] == 0 and '"zz_big": 1e400' in r[2]
           and "PGSECRET" not in r[2], r[1][:300] + r[2][:300])


def main():
    tmp = tempfile.mkdtemp(prefix="pg-round2-")
    try:
        for step in STEPS:
            before = (passed[0], len(failures))
            step(os.path.join(tmp, step.__name__) if os.makedirs(
                os.path.join(tmp, step.__name__)) is None else tmp)
            print("%-14s %3d passed, %d failed" % (
                step.__name__, passed[0] - before[0], len(failures) - before[1]), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


STEPS = [query_files, value_edges, long_lists, address_keys, big_numbers, index, tf_graph, convert]

if __name__ == "__main__":
    sys.exit(main())
