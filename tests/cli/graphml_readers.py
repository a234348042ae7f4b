#!/usr/bin/env python3
"""`plangraph graph --format graphml` read back, on every sample:

- the GraphML rules a lenient reader lets pass (xml.etree): every <key> id
  declared once (GraphML's key_id_key constraint), every <data> naming a
  declared key of its own domain (node, edge or graph), and no attribute
  name declared twice for a domain;
- networkx's GraphML reader gets the same nodes (address, kind, type,
  module, region, action) and edges (ends, kind, label, ambiguous) as the
  JSON export of the same graph;
- the check of the rules is not vacuous: the old layout (the node and the
  edge "kind" both declared as id "kind") and a <data> naming a key of the
  other domain are rejected.
"""
import collections
import glob
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

try:
    import networkx
except ImportError:
    print("python3-networkx not installed (scripts/setup installs it): skipped")
    sys.exit(77)

ROOT = os.environ["PG_SOURCE_DIR"]
BIN = os.environ["PLANGRAPH"]
NS = "{http://graphml.graphdrawing.org/xmlns}"
FAILURES = []


def fail(msg):
    FAILURES.append(msg)


def graph(plan, fmt):
    out = subprocess.run([BIN, "graph", plan, "--format", fmt], cwd=ROOT,
                         capture_output=True, text=True)
    if out.returncode != 0:
        fail("graph %s --format %s: exit %d: %s" % (plan, fmt, out.returncode, out.stderr))
        return None
    return out.stdout


def rule_errors(text):
    """What breaks GraphML's key rules in text (empty when none)."""
    root = ET.fromstring(text)
    errs, keys, names = [], {}, set()
    for k in root.iter(NS + "key"):
        kid, dom, name = k.get("id"), k.get("for", "all"), k.get("attr.name")
        if kid in keys:
            errs.append("key id %r declared twice (for %s and %s)" % (kid, keys[kid], dom))
        keys[kid] = dom
        if (dom, name) in names:
            errs.append("attribute %r declared twice for %s" % (name, dom))
        names.add((dom, name))
    for tag in ("graph", "node", "edge"):
        for el in root.iter(NS + tag):
            for d in el.findall(NS + "data"):
                dom = keys.get(d.get("key"))
                if dom is None:
                    errs.append("<data key=%r> in a %s: no such key" % (d.get("key"), tag))
                elif dom not in (tag, "all"):
                    errs.append("<data key=%r> in a %s names a key for %s"
                                % (d.get("key"), tag, dom))
    return errs


def compare(plan, text, exported):
    g = networkx.read_graphml(_file(text))
    want_nodes = {n["address"]: n for n in exported["nodes"]}
    got_nodes = {}
    for _, attrs in g.nodes(data=True):
        got_nodes[attrs.get("address")] = attrs
    if set(got_nodes) != set(want_nodes):
        fail("%s: networkx read nodes %s, the JSON export has %s"
             % (plan, sorted(set(got_nodes) ^ set(want_nodes))[:5], len(want_nodes)))
        return
    for addr, n in want_nodes.items():
        got = got_nodes[addr]
        for field in ("kind", "type", "module", "region", "action"):
            want = n.get(field) or ""
            if n["kind"] == "module" and field == "region":
                want = ""  # a module instance is in no one region
            if (got.get(field) or "") != want:
                fail("%s: %s: %s is %r in GraphML, %r in JSON"
                     % (plan, addr, field, got.get(field), want))
    address = {v: attrs["address"] for v, attrs in g.nodes(data=True)}
    got_edges = collections.Counter(
        (address[a], address[b], e.get("kind"), e.get("label") or "",
         e.get("ambiguous", "false")) for a, b, e in g.edges(data=True))
    want_edges = collections.Counter(
        (e["from"], e["to"], e["kind"], e["label"] or "",
         "true" if e.get("ambiguous") else "false") for e in exported["edges"])
    if got_edges != want_edges:
        fail("%s: networkx read %d edges, the JSON export has %d; differ: %s"
             % (plan, sum(got_edges.values()), sum(want_edges.values()),
                list((got_edges - want_edges) + (want_edges - got_edges))[:3]))


def _file(text):
    return io.BytesIO(text.encode("utf-8"))


def main():
    plans = sorted(glob.glob(os.path.join("samples", "*", "plan.json"), root_dir=ROOT))
    ambiguous = 0
    first = None
    for plan in plans:
        text, exported = graph(plan, "graphml"), graph(plan, "json")
        if text is None or exported is None:
            continue
        for e in rule_errors(text):
            fail("%s: %s" % (plan, e))
        compare(plan, text, json.loads(exported))
        ambiguous += 'attr.name="ambiguous"' in text
        first = first or text
    if not ambiguous:
        fail("no sample's GraphML has the ambiguous attribute: it is not read back here")
    if first:
        old = first.replace('id="v_kind"', 'id="kind"').replace('id="e_kind"', 'id="kind"')
        old = old.replace('key="v_kind"', 'key="kind"').replace('key="e_kind"', 'key="kind"')
        if not any("declared twice" in e for e in rule_errors(old)):
            fail("the old layout (id \"kind\" for nodes and edges) is not rejected")
        crossed = first.replace('<data key="v_address">', '<data key="e_label">', 1)
        if not any("names a key for edge" in e for e in rule_errors(crossed)):
            fail("a node's <data> naming an edge key is not rejected")
    for f in FAILURES:
        print("FAIL", f)
    if FAILURES:
        return 1
    print("graphml: %d samples read by networkx as exported, key rules hold" % len(plans))
    return 0


if __name__ == "__main__":
    sys.exit(main())
