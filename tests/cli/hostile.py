#!/usr/bin/env python3
"""Malformed and hostile input suite.

Makes every input here (nothing is checked in but this script): truncated
and invalid JSON, wrong JSON types at every level of a real plan, repeated
keys, nesting 100,000 deep, 100 MB strings, NUL bytes and invalid UTF-8 in
addresses and values, addresses that do not parse, references to things
that do not exist and cycles of them, instance keys with quotes, brackets,
newlines and XML-special characters, every format_version, state and
configuration files, an empty file, FIFOs with and without a writer, a
directory, a device, UTF-16, and report paths that cannot be written.

Each input goes through `plangraph check` with a JSON report (-o) and a
JUnit report (--junit) in a fresh folder, and must either
  - be refused: exit status 2, exactly one line on standard error that
    names the file (with line:column where the case says so) and matches
    the case's pattern, and no file at all left in the report folder; or
  - give a result: exit status 0 or 1, both reports present and well-formed
    (the JUnit parsed by Python's expat, which rejects characters XML does
    not allow), and no temporary file left behind.
Every run has a wall-clock limit (a hang fails) and a peak-memory bound
proportional to its input (measured with wait4's rusage).

Run by ctest as cli_hostile with PLANGRAPH and PG_SOURCE_DIR set.
"""
import copy
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.dom.minidom

PLANGRAPH = os.environ["PLANGRAPH"]
SRC = os.environ["PG_SOURCE_DIR"]
TIME_LIMIT = 120          # seconds per run; a hang fails the case
MB = 1 << 20

failures = []
counts = {"refused": 0, "result": 0}
peak_ratio = [0.0, ""]


def sample(name):
    with open(os.path.join(SRC, "samples", name, "plan.json"), "rb") as f:
        return f.read()


def dumps(doc):
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def run(args, env=None, stdin=None):
    """Runs plangraph with args; returns (status, stderr, stdout, peak RSS bytes)."""
    e = dict(os.environ)
    e["PLANGRAPH_INPUT_WAIT"] = "2"
    e["NO_COLOR"] = "1"
    if env:
        e.update(env)
    err = tempfile.TemporaryFile()
    out = tempfile.TemporaryFile()
    p = subprocess.Popen([PLANGRAPH] + args, stdout=out, stderr=err,
                         stdin=stdin if stdin is not None else subprocess.DEVNULL, env=e)
    timer = threading.Timer(TIME_LIMIT, p.kill)
    timer.start()
    _, status, usage = os.wait4(p.pid, 0)
    timer.cancel()
    killed = os.WIFSIGNALED(status)
    code = -os.WTERMSIG(status) if killed else os.WEXITSTATUS(status)
    err.seek(0)
    out.seek(0)
    return code, err.read().decode("utf-8", "replace"), out.read(), usage.ru_maxrss * 1024


def fail(case, why):
    failures.append("%s: %s" % (case, why))


def check(case, path, expect, pattern=None, env=None, located=False, size=None,
          cmd=("check",), stdin=None, before=None, extra=()):
    """Runs one input and checks the outcome (see the module comment).
    expect is "refuse", "result" or "either" (a plan the reader may or may
    not take, e.g. a type the reader ignores there)."""
    outdir = tempfile.mkdtemp(prefix="pg-hostile-out-")
    try:
        args = [path if a == "{plan}" else a for a in cmd]
        if "{plan}" not in cmd:
            args.append(path)
        if cmd == ("check",):
            args += ["--format", "json", "-o", os.path.join(outdir, "report.json"),
                     "--junit", os.path.join(outdir, "report.xml")] + list(extra)
        if before:
            before()
        t0 = time.monotonic()
        code, err, _, rss = run(args, env=env, stdin=stdin)
        took = time.monotonic() - t0
        if took >= TIME_LIMIT:
            return fail(case, "did not finish in %d s" % TIME_LIMIT)
        if size is None:
            size = os.path.getsize(path) if os.path.isfile(path) else 0
        bound = 512 * MB + 12 * size
        if rss > bound:
            fail(case, "peak memory %d MB over the bound of %d MB" % (rss // MB, bound // MB))
        if size and rss / max(size, 1) > peak_ratio[0] and size > 10 * MB:
            peak_ratio[0], peak_ratio[1] = rss / size, case
        left = sorted(os.listdir(outdir))
        if code == 2 and expect in ("refuse", "either"):
            counts["refused"] += 1
            lines = err.rstrip("\n").split("\n") if err else []
            if len(lines) != 1:
                return fail(case, "wanted one message, got %d:\n%s" % (len(lines), err[:2000]))
            name = "<stdin>" if path == "-" else path
            head = re.escape(name) + (r":\d+:\d+: error: " if located else r"(:\d+:\d+)?: error: ")
            if not re.match(head, lines[0]) and not lines[0].startswith("plangraph"):
                return fail(case, "message does not name the file%s: %s" %
                            (" with line:column" if located else "", lines[0][:300]))
            if pattern and not re.search(pattern, lines[0]):
                return fail(case, "message does not match /%s/: %s" % (pattern, lines[0][:300]))
            if len(lines[0]) > 8192:
                fail(case, "message is %d bytes long" % len(lines[0]))
            if left:
                fail(case, "refused, but left files in the report folder: %s" % left)
            return
        if code in (0, 1) and expect in ("result", "either"):
            counts["result"] += 1
            if cmd != ("check",):
                return
            if left != ["report.json", "report.xml"]:
                return fail(case, "report folder holds %s" % left)
            try:
                with open(os.path.join(outdir, "report.json"), "rb") as f:
                    json.load(f)
                xml.dom.minidom.parse(os.path.join(outdir, "report.xml"))
            except Exception as ex:  # noqa: BLE001 - any parse error is the finding
                fail(case, "report is not well-formed: %s" % ex)
            return
        fail(case, "exit status %d (expected %s); stderr: %s" % (code, expect, err[:600]))
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


class Inputs:
    """A scratch folder of generated inputs, removed at the end."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="pg-hostile-")
        self.n = 0

    def write(self, name, data):
        self.n += 1
        path = os.path.join(self.dir, "%03d-%s" % (self.n, name))
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


# ---- the cases ------------------------------------------------------------

def truncations(inp):
    """A real plan cut at 60 places, and inside an escape and a UTF-8 sequence."""
    text = sample("dr-reference").rstrip()
    cuts = sorted(set([1, 2, len(text) - 1] + [len(text) * k // 61 for k in range(1, 61)]))
    esc = text.find(b'\\"')
    if esc > 0:
        cuts.append(esc + 1)
    for cut in cuts:
        check("truncated at byte %d" % cut, inp.write("cut%d.json" % cut, text[:cut]),
              "refuse", r"unexpected end of input|unterminated string|is not JSON|expected",
              located=True)
    multi = "é".encode("utf-8")
    doc = b'{"format_version": "1.2", "resource_changes": [{"address": "x' + multi[:1]
    check("truncated inside a UTF-8 sequence", inp.write("cututf8.json", doc), "refuse",
          r"UTF-8|end of input", located=True)


INVALID_JSON = [
    ("trailing comma", b'{"format_version": "1.2", "resource_changes": [],}', r"expected"),
    ("single quotes", b"{'format_version': '1.2'}", r"expected|not JSON"),
    ("comment", b'{"format_version": "1.2" /* x */, "resource_changes": []}', r"expected"),
    ("NaN", b'{"format_version": "1.2", "resource_changes": [NaN]}', r"expected|invalid"),
    ("leading zero", b'{"format_version": "1.2", "x": 01, "resource_changes": []}', r"number|expected"),
    ("plus sign", b'{"format_version": "1.2", "x": +1, "resource_changes": []}', r"expected|invalid"),
    ("bad escape", b'{"format_version": "1.\\x2", "resource_changes": []}', r"escape"),
    ("raw control character", b'{"format_version": "1.\x012", "resource_changes": []}',
     r"control character|invalid"),
    ("raw NUL byte", b'{"format_version": "1.2", "resource_changes": [], "x": "a\x00b"}',
     r"control character|NUL|invalid"),
    ("unterminated string", b'{"format_version": "1.2', r"unterminated string"),
    ("lone surrogate", b'{"format_version": "1.2", "x": "\\udc00", "resource_changes": []}',
     r"surrogate"),
    ("two top-level objects", b'{"format_version": "1.2"} {}', r"after the top-level"),
    ("top-level array", b'[{"format_version": "1.2"}]', r"JSON object at the top level"),
    ("top-level string", b'"plan"', r"JSON object at the top level"),
    ("binary junk", bytes(range(256)) * 4, r"not JSON|UTF"),
    ("empty object key chaos", b'{"": {"": {"": []}}}', r"format_version|not a plan"),
]


def invalid_json(inp):
    for name, data, pattern in INVALID_JSON:
        check(name, inp.write(re.sub(r"\W", "_", name) + ".json", data), "refuse", pattern)


def wrong_type(value):
    """A value of another JSON type than value."""
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, (int, float)):
        return "7"
    if isinstance(value, str):
        return 7
    if isinstance(value, list):
        return {"not": "a list"}
    if isinstance(value, dict):
        return ["not", "an", "object"]
    return {"was": "null"}


def paths(doc, prefix=()):
    """Every path in doc, arrays visited at their first element only."""
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(doc, list) and doc:
        yield from paths(doc[0], prefix + (0,))


def set_at(doc, path, value):
    for step in path[:-1]:
        doc = doc[step]
    doc[path[-1]] = value


def path_text(path):
    out = ""
    for step in path:
        out += "[%d]" % step if isinstance(step, int) else ("." if out else "") + step
    return out


# Fields the reader takes, by path pattern: a wrong type there must be
# refused, naming the field.
MUST_REFUSE = {
    "format_version", "resource_changes", "resource_changes[0]",
    "resource_changes[0].address", "resource_changes[0].type", "resource_changes[0].name",
    "resource_changes[0].change", "resource_changes[0].change.actions",
    "resource_changes[0].change.actions[0]",
}


def wrong_types(inp):
    base = json.loads(sample("single-region"))
    seen = set()
    for path in paths(base):
        if not path:
            continue
        text = path_text(path)
        if text in seen:
            continue
        seen.add(text)
        doc = copy.deepcopy(base)
        cur = doc
        for step in path[:-1]:
            cur = cur[step]
        set_at(doc, path, wrong_type(cur[path[-1]]))
        expect = "refuse" if text in MUST_REFUSE else "either"
        pattern = r"expected .*\(at %s" % re.escape(text) if expect == "refuse" else None
        check("wrong type at %s" % text, inp.write("type.json", dumps(doc)), expect, pattern)
    return len(seen)


def insert_after(text, anchor, extra, start=0):
    i = text.index(anchor, start) + len(anchor)
    return text[:i] + extra + text[i:]


def duplicate_keys(inp):
    text = sample("single-region").decode("utf-8")
    rc = text.index('"resource_changes"')
    cfg = text.index('"configuration"')
    cases = [
        ("top level", '{"format_version":"0.1",', 0, "{"),
        ("resource address", '"address":"aws_vpc.other",', rc, '"resource_changes":[{'),
        ("change actions", '"actions":["delete"],', rc, '"change":{'),
        ("configuration", '"resources":[],', cfg, '"root_module":{'),
    ]
    for name, extra, start, anchor in cases:
        if name == "top level":
            doc = '{"format_version":"0.1",' + text[1:]
        else:
            doc = insert_after(text, anchor, extra, start)
        check("duplicate key in %s" % name, inp.write("dup.json", doc), "refuse",
              r"duplicate", located=True)
    # The same address twice is a warning (deposed objects repeat one), and the
    # first is kept: a result, with a message on standard error.
    doc = json.loads(text)
    doc["resource_changes"].append(copy.deepcopy(doc["resource_changes"][0]))
    check("duplicate resource address", inp.write("dupaddr.json", dumps(doc)), "result")


def deep_nesting(inp):
    n = 100000
    check("100,000 objects deep", inp.write("deep1.json", b'{"a":' * n + b"1" + b"}" * n),
          "refuse", r"nested deeper than", located=True)
    check("100,000 arrays deep", inp.write("deep1a.json", b"[" * n + b"]" * n), "refuse",
          r"JSON object at the top level", located=True)
    check("100,000 objects deep, unterminated", inp.write("deep2.json", b'{"a":' * n),
          "refuse", r"nested deeper than", located=True)
    doc = b'{"format_version":"1.2","resource_changes":[{"address":"aws_vpc.a","mode":"managed",' \
          b'"type":"aws_vpc","name":"a","change":{"actions":["create"],"after":' + \
          b"[" * n + b"]" * n + b"}}]}"
    check("100,000 deep inside a value", inp.write("deep3.json", doc), "refuse",
          r"nested deeper than", located=True)


def resource_change(address, type_, name, after, actions=("create",), **extra):
    rc = {"address": address, "mode": "managed", "type": type_, "name": name,
          "provider_name": "registry.terraform.io/hashicorp/aws",
          "change": {"actions": list(actions), "before": None, "after": after,
                     "after_unknown": {}, "before_sensitive": False, "after_sensitive": {}}}
    rc.update(extra)
    return rc


def small_plan(changes, configuration=None, fv="1.2"):
    doc = {"format_version": fv, "terraform_version": "1.11.4", "resource_changes": changes}
    if configuration is not None:
        doc["configuration"] = configuration
    return doc


def big_strings(inp):
    big = "A" * (100 * MB)
    doc = small_plan([resource_change("aws_vpc.a", "aws_vpc", "a",
                                      {"cidr_block": "10.0.0.0/16", "tags": {"big": big}})])
    check("100 MB string value", inp.write("big1.json", dumps(doc)), "result")
    doc = small_plan([resource_change("aws_vpc.a", "aws_vpc", "a", {big: "key"})])
    check("100 MB object key", inp.write("big2.json", dumps(doc)), "result")
    doc = small_plan([resource_change("aws_vpc." + big, "aws_vpc", big, {})])
    check("100 MB resource name", inp.write("big3.json", dumps(doc)), "result")
    doc = small_plan([resource_change("aws_vpc.a" + big, "aws_vpc", "a", {})])
    check("100 MB address that does not match", inp.write("big4.json", dumps(doc)), "refuse",
          r"does not match")
    doc = small_plan([], fv="1." + big)
    check("100 MB format_version", inp.write("big5.json", dumps(doc)), "result")
    doc = small_plan([], fv="9" + big)
    check("100 MB unsupported format_version", inp.write("big6.json", dumps(doc)), "refuse",
          r"unsupported plan format_version")


def nul_and_utf8(inp):
    doc = small_plan([resource_change("aws_vpc.a\u0000b", "aws_vpc", "a\u0000b", {})])
    check("NUL in an address", inp.write("nul1.json", dumps(doc)), "refuse", r"NUL",
          located=True)
    doc = small_plan([resource_change("aws_vpc.a", "aws_vpc", "a",
                                      {"tags": {"Name": "x\u0000y\u0001z\u001b[31m"}})])
    check("NUL and control characters in a value", inp.write("nul2.json", dumps(doc)), "result")
    for name, raw in [("invalid UTF-8 in an address", b'"aws_vpc.\xff"'),
                      ("overlong UTF-8 in an address", b'"aws_vpc.\xc0\xaf"'),
                      ("truncated UTF-8 in a value", b'{"Name": "\xe2\x82"}')]:
        text = (b'{"format_version":"1.2","resource_changes":[{"address":' +
                (raw if b"address" in name.encode() else b'"aws_vpc.a"') +
                b',"mode":"managed","type":"aws_vpc","name":"a","change":{"actions":["create"],'
                b'"after":{"tags":' + (raw if b"value" in name.encode() else b"{}") + b'}}}]}')
        check(name, inp.write("utf8.json", text), "refuse", r"UTF-8", located=True)


BAD_ADDRESSES = ["aws_vpc", "aws_vpc.", ".a", "module..a", "aws_vpc.a[", 'aws_vpc.a["x]',
                 "module.m", "data.", "aws_vpc.a[01x]", "aws_vpc.b", "module.m.aws_vpc.a.b",
                 "aws_vpc.a[1][2]", "", " aws_vpc.a"]


def bad_addresses(inp):
    for addr in BAD_ADDRESSES:
        doc = small_plan([resource_change(addr, "aws_vpc", "a", {})])
        check("address %r" % addr, inp.write("addr.json", dumps(doc)), "refuse",
              r"does not match|no address", located=True)


def references(inp):
    """Dangling references, and cycles of them, load and check."""
    def res(name, refs, depends=()):
        return {"address": "aws_security_group." + name, "mode": "managed",
                "type": "aws_security_group", "name": name, "provider_config_key": "aws",
                "expressions": {"vpc_id": {"references": list(refs)}},
                "depends_on": list(depends)}
    config = {"provider_config": {"aws": {"name": "aws", "expressions": {
        "region": {"constant_value": "us-east-1"}}}},
              "root_module": {"resources": [
                  res("a", ["aws_security_group.b.id", "aws_security_group.b"]),
                  res("b", ["aws_security_group.a.id", "aws_security_group.a"]),
                  res("c", ["aws_vpc.nowhere.id", "module.nowhere.out", "var.nowhere",
                            "local.nowhere", "data.aws_vpc.nowhere.id"],
                      depends=["aws_nothing.here", "module.nothing"])],
                  "module_calls": {"loop": {"source": "./loop", "expressions": {
                      "x": {"references": ["module.loop.y"]}},
                      "module": {"variables": {"x": {}}, "outputs": {"y": {
                          "expression": {"references": ["var.x"]}}}}}}}}
    changes = [resource_change("aws_security_group." + n, "aws_security_group", n,
                               {"name": n}) for n in "abc"]
    for c in changes:
        c["provider_name"] = "registry.terraform.io/hashicorp/aws"
    path = inp.write("refs.json", dumps(small_plan(changes, config)))
    check("references to nothing and cycles", path, "result")
    for cmd in (("graph", "--format", "dot"), ("stats",),
                ("path", "{plan}", "aws_security_group.a", "aws_security_group.b")):
        check("references to nothing and cycles: %s" % cmd[0], path, "result", cmd=cmd)


ODD_KEYS = ['a"b', "c]d", "e[f", "g\nh", "<i&j>", "k'l", "m\u0001n", "o\\p", "\u00e9\u6f22",
            "q\u2028r", "s\tt"]


ODD_QUERY = """query odd-keys-everywhere
  title    "every subnet, by its odd key"
  severity low

check for each (s: aws_subnet)
  subject "{s}"
  expect  false
  message "{s} has tags {s.tags} and key {index(s)}"
"""


def odd_keys(inp):
    changes = []
    for i, key in enumerate(ODD_KEYS):
        addr = 'aws_subnet.s[%s]' % json.dumps(key, ensure_ascii=False)
        changes.append(resource_change(addr, "aws_subnet", "s", {
            "cidr_block": "10.0.%d.0/24" % i, "tags": {key: key}}, index=key))
    changes.append(resource_change('aws_lb.web["<x>&"]', "aws_lb", "web",
                                   {"internal": False, "subnets": ["subnet-<&>\"'"],
                                    "name": "a]]>b"}, index="<x>&"))
    path = inp.write("keys.json", dumps(small_plan(changes)))
    check("instance keys with quotes, brackets, newlines, XML and control characters",
          path, "result")
    # A query whose subjects and messages carry every odd key and value into
    # the JUnit report, where expat must still parse it.
    query = inp.write("odd.pgq", ODD_QUERY)
    check("odd keys in JUnit subjects and messages", path, "result",
          extra=("--queries", query, "--only", "odd-keys-everywhere"))
    for fmt in ("dot", "graphml", "json"):
        check("odd keys: graph --format %s" % fmt, path, "result",
              cmd=("graph", "--format", fmt))
    check("odd keys: explain", path, "result", cmd=("explain", "{plan}", 'aws_lb.web["<x>&"]'))
    # graph --format graphml must be well-formed XML too.
    code, err, out, _ = run(["graph", "--format", "graphml", path])
    try:
        xml.dom.minidom.parseString(out)
    except Exception as ex:  # noqa: BLE001
        fail("odd keys: GraphML", "not well-formed: %s" % ex)


def format_versions(inp):
    for fv in ["0.1", "0.2", "1.0", "1.1", "1.2", "1.99"]:
        doc = small_plan([resource_change("aws_vpc.a", "aws_vpc", "a", {})], fv=fv)
        check("format_version %s" % fv, inp.write("fv.json", dumps(doc)), "result")
    for fv in ["2.0", "0", "", "x.1", "10.0"]:
        doc = small_plan([resource_change("aws_vpc.a", "aws_vpc", "a", {})], fv=fv)
        check("format_version %r" % fv, inp.write("fv.json", dumps(doc)), "refuse",
              r"unsupported plan format_version", located=True)
    doc = small_plan([])
    del doc["format_version"]
    check("no format_version", inp.write("fv.json", dumps(doc)), "refuse", r"no format_version")


def other_documents(inp):
    state = os.path.join(SRC, "samples", "single-region", "terraform.tfstate")
    check("a terraform.tfstate file", state, "refuse", r"state file")
    show_state = {"format_version": "1.0", "terraform_version": "1.11.4",
                  "values": {"root_module": {"resources": []}}}
    check("terraform show -json of state", inp.write("show-state.json", dumps(show_state)),
          "refuse", r"state JSON")
    tf_json = {"resource": {"aws_vpc": {"main": {"cidr_block": "10.0.0.0/16"}}},
               "provider": {"aws": {"region": "us-east-1"}}}
    check("a .tf.json configuration file", inp.write("main.tf.json", dumps(tf_json)),
          "refuse", r"configuration in JSON syntax")
    schema = {"format_version": "1.0", "provider_schemas": {}}
    check("provider schemas", inp.write("schemas.json", dumps(schema)), "refuse",
          r"provider schema|not a plan")
    check("an empty file", inp.write("empty.json", b""), "refuse", r"is empty")
    check("whitespace only", inp.write("blank.json", b" \n\t\n"), "refuse", r"is empty")
    check("UTF-16 with a byte order mark",
          inp.write("utf16.json", '{"format_version": "1.2"}'.encode("utf-16")), "refuse",
          r"UTF-16")
    check("UTF-8 byte order mark", inp.write("bom.json", b"\xef\xbb\xbf" + dumps(
        small_plan([resource_change("aws_vpc.a", "aws_vpc", "a", {})]))), "result")
    check("a directory", inp.dir, "refuse", r"is a directory")
    check("a character device", "/dev/zero", "refuse", r"character device")
    check("a missing file", os.path.join(inp.dir, "missing.json"), "refuse",
          r"No such file")
    zipped = inp.write("plan.tfplan", b"PK\x03\x04" + b"\x00" * 64)
    check("a binary plan file terraform cannot read", zipped, "refuse", r"binary plan file",
          env={"PATH": "/nonexistent"})


def fifos(inp):
    quiet = os.path.join(inp.dir, "no-writer.fifo")
    os.mkfifo(quiet)
    check("a FIFO with no writer", quiet, "refuse", r"no data for 2 s",
          env={"PLANGRAPH_INPUT_WAIT": "2"})
    fed = os.path.join(inp.dir, "writer.fifo")
    os.mkfifo(fed)
    plan = sample("kms-ok")

    def feed():
        def write():
            with open(fed, "wb") as f:
                f.write(plan)
        threading.Thread(target=write, daemon=True).start()
    check("a FIFO with a writer", fed, "result", size=len(plan), before=feed)
    stalled = os.path.join(inp.dir, "stalled.fifo")
    os.mkfifo(stalled)
    hold = []

    def stall():
        def write():
            f = open(stalled, "wb")
            f.write(plan[:100])
            f.flush()
            hold.append(f)   # kept open, never finished
        threading.Thread(target=write, daemon=True).start()
    check("a FIFO whose writer stalls", stalled, "refuse", r"no data for 2 s",
          size=len(plan), before=stall)
    for f in hold:
        f.close()
    with open(os.path.join(SRC, "samples", "kms-ok", "plan.json"), "rb") as f:
        check("a plan on standard input", "-", "result", stdin=f, size=len(plan))


def limits(inp):
    plan = os.path.join(SRC, "samples", "dr-reference", "plan.json")
    check("PLANGRAPH_MAX_INPUT", plan, "refuse", r"over the limit of 1024 bytes",
          env={"PLANGRAPH_MAX_INPUT": "1K"})
    check("PLANGRAPH_MAX_NODES", plan, "refuse", r"more than 10 graph nodes",
          env={"PLANGRAPH_MAX_NODES": "10"})
    check("PLANGRAPH_MAX_STEPS", plan, "refuse", r"more than 100 steps",
          env={"PLANGRAPH_MAX_STEPS": "100"})
    check("a limit set to nonsense", plan, "refuse", r"PLANGRAPH_MAX_NODES=ten: wants",
          env={"PLANGRAPH_MAX_NODES": "ten"})


def report_paths(inp):
    plan = os.path.join(SRC, "samples", "kms-ok", "plan.json")
    targets = [("in a missing folder", os.path.join(inp.dir, "no", "such", "r.xml"),
                r"the folder .*/no/such does not exist"),
               ("where no file can be made", "/proc/plangraph-report.xml", r"cannot write"),
               ("that is a folder", inp.dir, r"Is a directory")]
    if os.access("/sys", os.F_OK):
        targets.append(("on a read-only file system", "/sys/plangraph-report.xml",
                        r"Read-only file system|Permission denied"))
    for what, target, pattern in targets:
        for opt in ("--junit", "-o"):
            code, err, _, _ = run(["check", plan, opt, target])
            lines = err.rstrip("\n").split("\n")
            case = "report %s %s" % (opt, what)
            if code != 2:
                fail(case, "exit status %d, wanted 2" % code)
            elif len(lines) != 1 or target not in lines[0] or not re.search(pattern, lines[0]):
                fail(case, "wanted one message naming %s (/%s/), got: %s" %
                     (target, pattern, err[:400]))
            else:
                counts["refused"] += 1
    leftovers = [n for n in os.listdir(inp.dir) if ".tmp" in n or n.startswith(".")]
    if leftovers:
        fail("report paths", "temporary files left: %s" % leftovers)


def main():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    inp = Inputs()
    try:
        steps = [truncations, invalid_json, wrong_types, duplicate_keys, deep_nesting,
                 nul_and_utf8, bad_addresses, references, odd_keys, format_versions,
                 other_documents, fifos, limits, report_paths]
        if os.environ.get("PG_HOSTILE_SKIP_BIG") != "1":
            steps.append(big_strings)
        for step in steps:
            t0 = time.monotonic()
            before = dict(counts)
            step(inp)
            print("%-16s %3d refused, %3d with a result  (%.1f s)" % (
                step.__name__, counts["refused"] - before["refused"],
                counts["result"] - before["result"], time.monotonic() - t0), flush=True)
    finally:
        inp.close()
    total = counts["refused"] + counts["result"]
    print("%d inputs: %d refused with one message, %d gave a result" % (
        total, counts["refused"], counts["result"]))
    if peak_ratio[1]:
        print("largest peak memory / input size: %.2f (%s)" % (peak_ratio[0], peak_ratio[1]))
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
