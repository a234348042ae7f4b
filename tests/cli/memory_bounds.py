#!/usr/bin/env python3
"""Peak memory on hostile inputs: issue 12's done-when, measured.

  "A plan of 2 MB cannot make plangraph use more than 20x its size in
   memory; a query file of 200 KB cannot make it use more than 1 GB or run
   past the default budget."

Every input is generated here (nothing from ../shared): plans of about
2 MB built to blow up a naive reader or graph, and query files of about
200 KB built to blow up a parser, checker or evaluator. Each run's peak
resident set (wait4's ru_maxrss, the child's own) is compared with the
bound: 20 x the plan's size for `stats` and `check` on a plan; 1 GiB for a
query file on a sample plan, which must also end by itself under the
default budget (no --timeout, no PLANGRAPH_MAX_STEPS) within a wall-clock
limit, with exit 0, 1 or 2 (a limit or error said on stderr), never a
signal. Prints each case's figures; exit 1 on any bound exceeded.

Run by ctest as cli_memory_bounds with PLANGRAPH and PG_SOURCE_DIR set.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

PLANGRAPH = os.path.abspath(os.environ["PLANGRAPH"])
SRC = os.environ["PG_SOURCE_DIR"]
KB, MB, GB = 1 << 10, 1 << 20, 1 << 30
PLAN_BYTES = 2 * MB
QUERY_BYTES = 200 * KB
WALL = 120  # seconds for one run; the default step budget must end it first
TIME = "/usr/bin/time"
failures = []


def run(args, limit=WALL):
    """Runs plangraph; returns (status, stderr text, peak RSS bytes, seconds).
    The peak is GNU time's %M: a child forked from this Python process
    would count the interpreter's pages it inherited until exec."""
    start = time.monotonic()
    with tempfile.NamedTemporaryFile() as peak:
        try:
            p = subprocess.run([TIME, "-q", "-f", "%M", "-o", peak.name, PLANGRAPH] + args,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               timeout=limit)
            code, err = p.returncode, p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired as e:
            code, err = -9, (e.stderr or b"").decode("utf-8", "replace") + " (timed out)"
        words = open(peak.name).read().split()
        kb = int(words[-1]) if words and words[-1].isdigit() else 0
    # GNU time reports a child killed by a signal as "Command terminated by
    # signal N" and exits 128 + N.
    if code > 128:
        code = 128 - code
    return code, err, kb * KB, time.monotonic() - start


def resource(address, rtype, name, after, index=None, mode="managed"):
    rc = {"address": address, "mode": mode, "type": rtype, "name": name,
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "change": {"actions": ["create"], "before": None, "after": after,
                     "after_unknown": {}, "before_sensitive": False, "after_sensitive": {}}}
    if index is not None:
        rc["index"] = index
    return rc


def plan_doc(changes, config=None):
    doc = {"format_version": "1.2", "terraform_version": "1.11.4", "resource_changes": changes}
    if config:
        doc["configuration"] = config
    return doc


# ---- plans of about 2 MB -----------------------------------------------------

def value_edges(n):
    """n data sources with one id, n resources with 10 attributes equal to it."""
    rc = [resource("data.aws_region.r[%d]" % i, "aws_region", "r",
                   {"id": "us-east-1", "name": "us-east-1"}, i, "data") for i in range(n)]
    for j in range(n):
        after = {"bucket": "b%d" % j}
        after.update({"a%d" % k: "us-east-1" for k in range(10)})
        rc.append(resource("aws_s3_bucket.b[%d]" % j, "aws_s3_bucket", "b", after, j))
    return plan_doc(rc)


def address_keys(n):
    """One address with n [""] keys."""
    return plan_doc([resource("aws_vpc.a" + '[""]' * n, "aws_vpc", "a", {})])


def references(n):
    """n resources in modules, each referring to the previous in 4 attributes."""
    rc, res = [], []
    for i in range(n):
        rc.append(resource("module.m.aws_security_group.g%d" % i, "aws_security_group",
                           "g%d" % i, {"name": "g%d" % i, "vpc_id": "vpc-1"}))
        exprs = {a: {"references": ["aws_security_group.g%d.id" % max(i - 1, 0),
                                    "aws_security_group.g%d" % max(i - 1, 0)]}
                 for a in ("vpc_id", "description", "name_prefix", "tags")}
        res.append({"address": "aws_security_group.g%d" % i, "mode": "managed",
                    "type": "aws_security_group", "name": "g%d" % i,
                    "provider_config_key": "aws", "expressions": exprs})
    config = {"provider_config": {"aws": {"name": "aws", "expressions": {
                  "region": {"constant_value": "us-east-1"}}}},
              "root_module": {"module_calls": {"m": {"source": "./m",
                                                     "module": {"resources": res}}}}}
    return plan_doc(rc, config)


def wide_value(n):
    """One resource whose value is a list of n small objects."""
    after = {"ingress": [{"from_port": i, "to_port": i, "cidr_blocks": ["10.0.0.0/8"]}
                         for i in range(n)]}
    return plan_doc([resource("aws_security_group.w", "aws_security_group", "w", after)])


def sized(make, target):
    """make(n) with n grown until the JSON is about target bytes."""
    n = 64
    while True:
        text = json.dumps(make(n))
        if len(text) >= target:
            return text
        n = max(n + 1, int(n * target / max(len(text), 1)) + 1)


PLANS = [("value edges", value_edges), ("address keys", address_keys),
         ("references", references), ("wide value", wide_value)]


def plans(tmp):
    for name, make in PLANS:
        path = os.path.join(tmp, name.replace(" ", "_") + ".json")
        with open(path, "w") as f:
            f.write(sized(make, PLAN_BYTES))
        size = os.path.getsize(path)
        for cmd in (["stats", path], ["check", path, "--jobs", "1"]):
            code, err, rss, secs = run(cmd)
            print("plan %-13s %-5s %5d KB: exit %d, peak %6d KB (%.1fx), %.1f s"
                  % (name, cmd[0], size // KB, code, rss // KB, rss / size, secs))
            if code < 0 or code > 2:
                failures.append("plan %s %s: exit %d: %s" % (name, cmd[0], code, err[:200]))
            if rss > 20 * size:
                failures.append("plan %s %s: peak %d KB over 20 x %d KB"
                                % (name, cmd[0], rss // KB, size // KB))


# ---- query files of about 200 KB -----------------------------------------------

def pad(text):
    """text followed by comment lines up to QUERY_BYTES."""
    line = "# " + "x" * 77 + "\n"
    return text + line * max(0, (QUERY_BYTES - len(text)) // len(line))


def fill(head, item, tail, sep=""):
    """head, as many items (item(i)) as fit in QUERY_BYTES, then tail."""
    parts, size, i = [], len(head) + len(tail), 0
    while size < QUERY_BYTES:
        s = item(i) + sep
        parts.append(s)
        size += len(s)
        i += 1
    body = "".join(parts)
    return head + (body[:-len(sep)] if sep else body) + tail


def doubling():
    defs = ["def d1(x) = x + x"] + ["def d%d(x) = d%d(d%d(x))" % (i, i - 1, i - 1)
                                    for i in range(2, 12)]
    return pad("\n".join(defs) + "\nmatch (t: aws_lb) return length(d11('a'))\n")


def list_doubling():
    defs = ["def l1(x) = x + x"] + ["def l%d(x) = l%d(l%d(x))" % (i, i - 1, i - 1)
                                    for i in range(2, 12)]
    return pad("\n".join(defs) + "\nmatch (t: aws_lb) return length(l11([1, 2]))\n")


QUERIES = [
    ("string doubling", doubling),
    ("list doubling", list_doubling),
    ("regex bomb", lambda: pad("match (t: aws_lb) return 'abc' =~ "
                               "'((a\\{1,255\\})\\{1,255\\})\\{1,255\\}'\n")),
    ("backtracking regex", lambda: pad(
        "match (t: aws_lb), s in ['" + "a" * 60 + "'] return "
        "s =~ '(.*)(.*)(.*)(.*)(.*)(.*)b'\n")),
    ("parse errors", lambda: fill("query q\n  title \"t\"\n",
                                  lambda i: "def f%d(x) = nosuch(x" % i,
                                  "check\n  subject \"s\"\n  expect true\n  message \"m\"\n", "\n")),
    ("chained defs", lambda: fill("def f0(x) = x\n",
                                  lambda i: "def f%d(x) = f%d(x)" % (i + 1, i),
                                  "match (t: aws_lb) return f100(1)\n", "\n")),
    ("not chain", lambda: fill("match (t: aws_lb) return ", lambda i: "not ", "true\n")),
    ("plus chain", lambda: fill("match (t: aws_lb) return ", lambda i: "1", "\n", " + ")),
    ("paren nesting", lambda: fill("match (t: aws_lb) return ", lambda i: "(", "1\n")),
    ("generators", lambda: fill("match ", lambda i: "x%d in [1, 2]" % i, " return 1\n", ", ")),
    ("cross product", lambda: pad("match (a), (b), (c), (d) return 1\n")),
    ("same subject", lambda: fill("query same\n  title \"t\"\ncheck for each i in [",
                                  lambda i: str(i),
                                  "]\n  subject \"same\"\n  expect false\n  message \"m\"\n",
                                  ",")),
    ("long string", lambda: fill("match (t: aws_lb) return length('", lambda i: "ab" * 32,
                                 "')\n")),
]


def queries(tmp):
    plan = os.path.join(SRC, "samples", "dr-flawed", "plan.json")
    for name, make in QUERIES:
        text = make()
        path = os.path.join(tmp, name.replace(" ", "_") + ".pgq")
        with open(path, "w") as f:
            f.write(text)
        size = os.path.getsize(path)
        adhoc = not text.startswith("query")
        cmd = (["query", plan, "-F", path] if adhoc else
               ["check", plan, "--no-builtin", "--queries", path, "--jobs", "1"])
        code, err, rss, secs = run(cmd)
        print("query %-18s %4d KB: exit %d, peak %7d KB, %.1f s%s"
              % (name, size // KB, code, rss // KB, secs,
                 "" if code in (0, 1) else ": " + (err.splitlines() or [""])[0][:90]))
        if code < 0 or code > 2 or secs >= WALL:
            failures.append("query %s: exit %d after %.1f s: %s" % (name, code, secs, err[:200]))
        elif code == 2 and not err.strip():
            failures.append("query %s: exit 2 with nothing said" % name)
        elif "usage:" in err:
            failures.append("query %s: refused as a usage error, so nothing was measured" % name)
        if rss > GB:
            failures.append("query %s: peak %d MB over 1 GiB" % (name, rss // MB))


# ---- what a comprehension keeps, not what it computes --------------------------

def scratch(tmp):
    """A comprehension over every resource of a 2 MB plan whose body builds
    a string of 512 x the resource's address (about 20 KB made per
    resource on the way) and keeps its length. Each binding's values are
    dropped when it is done (query/scratch.h), so the query peaks near
    `stats` on the plan (13 MB against 14 MB); keeping them all, as the
    evaluator did before, peaked at 67 MB. Bound:
    the stats peak plus 16 MB (issue 17: a check peaks at most 1.2x its
    load+build)."""
    path = os.path.join(tmp, "scratch_plan.json")
    with open(path, "w") as f:
        f.write(sized(value_edges, PLAN_BYTES))
    query = os.path.join(tmp, "scratch.pgq")
    defs = ["def d0(x) = x"] + ["def d%d(x) = d%d(x + x)" % (i, i - 1) for i in range(1, 10)]
    with open(query, "w") as f:
        f.write("\n".join(defs) + "\ncheck for each n in [count([(r: resource) | "
                "length(d9(address(r)))])]\n  subject \"kept\"\n  expect n > 0\n"
                "  message \"m\"\n")
    _, _, base, _ = run(["stats", path])
    code, err, rss, secs = run(["query", path, "-F", query])
    print("scratch: stats peak %d KB, comprehension peak %d KB, exit %d, %.1f s"
          % (base // KB, rss // KB, code, secs))
    if code != 0:
        failures.append("scratch: exit %d: %s" % (code, err[:200]))
    if rss > base + 16 * MB:
        failures.append("scratch: peak %d KB over the stats peak %d KB + 16 MB"
                        % (rss // KB, base // KB))


def main():
    if os.environ.get("PG_SANITIZE", "").upper() in ("ON", "1", "TRUE"):
        print("skipped: a sanitizer build (AddressSanitizer's shadow memory is in the peak)")
        return 77
    if not os.access(TIME, os.X_OK):
        print("skipped: %s (GNU time) is not installed" % TIME)
        return 77
    with tempfile.TemporaryDirectory(prefix="pg-memory-") as tmp:
        plans(tmp)
        queries(tmp)
        scratch(tmp)
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
