#!/usr/bin/env python3
"""Control characters from plans and query text never reach a person raw
(issue 12, finding 15's remaining part): `stats` and `explain` escape
them in addresses, for_each keys, values and reasons, and a query
diagnostic escapes them in its source snippet, the caret kept under the
place. An ad-hoc query's run-time error names its place once (issue 12:
"<query>: error: <query>:1:36: ..." said it twice).

Run by ctest as cli_visible_text with PLANGRAPH set; makes its inputs in
a scratch folder.
"""
import json
import os
import subprocess
import sys
import tempfile

PLANGRAPH = os.path.abspath(os.environ["PLANGRAPH"])
RAW = ("\x1b", "\r", "\x07", "\u0085")
failures = []


def run(*args):
    p = subprocess.run([PLANGRAPH] + list(args), capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def expect(what, ok):
    if not ok:
        failures.append(what)
        print("FAIL " + what)


def no_raw(what, text):
    expect(what + ": no raw control character", not any(c in text for c in RAW))


def plan(folder):
    key = "x\x1b[2Jy\rz\u0085w"
    addr = 'aws_vpc.a["%s"]' % key
    doc = {"format_version": "1.2", "terraform_version": "1.11.4", "resource_changes": [{
        "address": addr, "mode": "managed", "type": "aws_vpc", "name": "a", "index": key,
        "provider_name": "registry.terraform.io/hashicorp/aws",
        "change": {"actions": ["create"], "before": None,
                   "after": {"cidr_block": "10.0.0.0/16", "tags": {"Name": "n\x1b[31m\r\x07"}},
                   "after_unknown": {}, "before_sensitive": False, "after_sensitive": {}}}],
        "configuration": {"provider_config": {"aws": {"name": "aws"}}, "root_module": {
            "resources": [{"address": "aws_vpc.a", "mode": "managed", "type": "aws_vpc",
                           "name": "a", "provider_config_key": "aws", "expressions": {}}]}}}
    path = os.path.join(folder, "p.json")
    with open(path, "w") as f:
        json.dump(doc, f)
    return path, addr


def main():
    with tempfile.TemporaryDirectory() as d:
        path, addr = plan(d)
        rc, out, err = run("stats", path)
        expect("stats runs", rc == 0)
        no_raw("stats", out + err)
        expect("stats shows the key escaped", 'aws_vpc.a["x\\x1b[2Jy\\rz\\u0085w"]' in out)
        rc, out, err = run("explain", path, addr)
        expect("explain runs", rc == 0)
        no_raw("explain", out + err)
        expect("explain shows the index escaped", 'index:          "x\\x1b[2Jy\\rz\\u0085w"' in out)
        expect("explain keeps the values' lines", '"cidr_block": "10.0.0.0/16",\n' in out)
        q = os.path.join(d, "q.pgq")
        with open(q, "w") as f:
            f.write('match (v: aws_vpc) return "a\x1b[2Jb\rc", \x01 v')
        rc, out, err = run("query", path, "-F", q)
        expect("a bad query exits 2", rc == 2)
        no_raw("query snippet", out + err)
        lines = err.splitlines()
        want = '  match (v: aws_vpc) return "a\\x1b[2Jb\\rc", \\x01 v'
        expect("the snippet shows the escapes", want in lines)
        if want in lines:
            caret = lines[lines.index(want) + 1]
            expect("the caret is under the character", caret.index("^") == want.index("\\x01"))
        rc, out, err = run("query", path, 'match (v: aws_vpc) return v.cidr_block =~ (v.cidr_block + "(")')
        expect("a run-time error exits 2", rc == 2)
        first = err.splitlines()[0] if err else ""
        expect("a run-time error names its place once: " + first,
               first.startswith("<query>:1:44: error: bad regular expression")
               and first.count("<query>") == 1)
    print("visible text: %d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
