#!/usr/bin/env python3
"""Findings on the source line: every subject of `plangraph check` on the
samples and the real-world plans (tests/realworld, and ../shared/realworld
when present) carries the file:line of its own resource (the one its name
starts with, as "{rt} via {pc}" is the route table's) when grep finds that
block's header in the resource's module folder (local module sources from
the plan's module_calls), else of the first of its resources whose header
grep finds, and none where grep finds none.
Also: a registry module found through .terraform/modules/modules.json, a
.tf.json block and a `# plangraph:ignore=` comment (tests/sources/registry),
a subject named for a provider configuration (on its provider block),
and with --tf-dir pointing
nowhere, no subject has a location."""
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.environ["PG_SOURCE_DIR"]
BIN = os.environ["PLANGRAPH"]
HEADER = re.compile(r'^(resource|data)\s+"([^"]+)"\s+"([^"]+)"\s*\{|^module\s+"([^"]+)"\s*\{')


def grep_headers(folder):
    """(kind, type, name) -> (file, line) for the .tf files of folder, by grep."""
    files = sorted(glob.glob(os.path.join(folder, "*.tf")))
    found = {}
    if not files:
        return found
    out = subprocess.run(["grep", "-nE", r'^(resource|data|module)[[:space:]]+"', *files],
                         capture_output=True, text=True).stdout
    if len(files) == 1:
        out = "\n".join(files[0] + ":" + l for l in out.splitlines())
    for row in out.splitlines():
        path, line, text = row.split(":", 2)
        m = HEADER.match(text)
        if not m:
            continue
        key = ("module", None, m.group(4)) if m.group(4) else (m.group(1), m.group(2), m.group(3))
        found.setdefault(key, (os.path.normpath(path), int(line)))
    return found


def module_dirs(plan, root_dir):
    """Module path (tuple of call names) -> folder, from local sources."""
    dirs = {(): root_dir}

    def walk(mod, path, folder):
        for name, call in mod.get("module_calls", {}).items():
            src = call.get("source", "")
            if not src.startswith(("./", "../")):
                continue
            sub = os.path.normpath(os.path.join(folder, src))
            dirs[path + (name,)] = sub
            walk(call.get("module", {}), path + (name,), sub)

    walk(plan.get("configuration", {}).get("root_module", {}), (), root_dir)
    return dirs


def split_address(addr):
    """module path, and the block key, of an instance address; None if not one."""
    bare = re.sub(r'\[("([^"\\]|\\.)*"|[^\]]*)\]', "", addr)
    parts = bare.split(".")
    path = []
    while len(parts) >= 2 and parts[0] == "module":
        path.append(parts[1])
        parts = parts[2:]
    if not parts and path:
        return tuple(path[:-1]), ("module", None, path[-1])
    if len(parts) == 3 and parts[0] == "data":
        return tuple(path), ("data", parts[1], parts[2])
    if len(parts) == 2:
        return tuple(path), ("resource", parts[0], parts[1])
    return None


def own_first(sub):
    """The subject's resources, the one its name starts with first."""
    addrs = list(sub["resources"])
    for i, a in enumerate(addrs):
        if sub["name"] == a or sub["name"].startswith(a + " "):
            return [a] + addrs[:i] + addrs[i + 1:]
    return addrs


def expected(sub, dirs, cache):
    for addr in own_first(sub):
        sp = split_address(addr)
        if not sp or sp[0] not in dirs:
            continue
        folder = dirs[sp[0]]
        if folder not in cache:
            cache[folder] = grep_headers(folder)
        if sp[1] in cache[folder]:
            return cache[folder][sp[1]]
    return None


def check_plan(plan_path, failures):
    folder = os.path.dirname(plan_path)
    with open(plan_path) as f:
        plan = json.load(f)
    dirs, cache = module_dirs(plan, folder), {}
    out = subprocess.run([BIN, "check", plan_path, "--format", "json", "--soft-fail"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        failures.append(f"{plan_path}: exit {out.returncode}: {out.stderr}")
        return 0
    n = 0
    for p in json.loads(out.stdout)["plans"]:
        for suite in p["suites"]:
            for sub in suite["subjects"]:
                want = expected(sub, dirs, cache)
                got = (os.path.normpath(sub["file"]), sub["line"]) if sub["file"] else None
                n += got is not None
                if got != want:
                    failures.append(f"{plan_path}: {suite['id']} {sub['name']}: "
                                    f"reported {got}, grep finds {want}")
    return n


def main():
    plans = sorted(glob.glob(os.path.join(ROOT, "samples/*/plan.json")))
    plans += sorted(glob.glob(os.path.join(ROOT, "tests/realworld/*/plan.json")))
    shared = os.path.join(ROOT, "..", "shared", "realworld")
    plans += sorted(glob.glob(os.path.join(shared, "*/plan.json")))
    failures, located = [], 0
    for plan in plans:
        located += check_plan(plan, failures)
    # A registry module (modules.json) and a .tf.json file, exactly.
    reg = os.path.join(ROOT, "tests/sources/registry")
    out = subprocess.run([BIN, "check", "plan.json", "--only", "db-instance-class",
                          "--format", "json", "--soft-fail"], cwd=reg,
                         capture_output=True, text=True)
    got = sorted((s["name"], s["file"], s["line"], s["suppressed"])
                 for p in json.loads(out.stdout)["plans"]
                 for q in p["suites"] for s in q["subjects"])
    # The registry module's block has a plangraph:ignore comment above it.
    want = [("aws_db_instance.local", "local.tf.json", 4, None),
            ('module.db.aws_db_instance.this["main"]', ".terraform/modules/db/main.tf", 9,
             "the registry module's default, ticket DB-7 "
             "(plangraph:ignore in .terraform/modules/db/main.tf:9)")]
    if got != want:
        failures.append(f"registry module: {got}, want {want}")
    # A subject named for a provider configuration is on its provider
    # block (found by its alias), not on a resource it places.
    out = subprocess.run([BIN, "check", "samples/regions-open/plan.json", "--only",
                          "allowed-regions", "--param", "allowed_regions=us-east-1",
                          "--format", "json", "--soft-fail"], cwd=ROOT,
                         capture_output=True, text=True)
    got = sorted((s["name"], s["file"], s["line"])
                 for p in json.loads(out.stdout)["plans"]
                 for q in p["suites"] for s in q["subjects"])
    want = [("provider.aws.primary", "samples/regions-open/providers.tf", 15),
            ("provider.aws.secondary", "samples/regions-open/providers.tf", 24)]
    if got != want:
        failures.append(f"provider subjects: {got}, want {want}")
    # No sources: no location, and no error.
    nowhere = subprocess.run([BIN, "check", plans[0], "--format", "json", "--soft-fail",
                              "--tf-dir", "/nonexistent"], capture_output=True, text=True)
    doc = json.loads(nowhere.stdout)
    if any(s["file"] for p in doc["plans"] for q in p["suites"] for s in q["subjects"]):
        failures.append("--tf-dir /nonexistent: a subject has a location")
    if located < 100:
        failures.append(f"only {located} subjects located")
    for f in failures:
        print(f)
    print(f"source_lines: {len(plans)} plans, {located} subjects located, "
          f"{len(failures)} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
