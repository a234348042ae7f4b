#!/usr/bin/env python3
"""scripts/make-big-plan keeps a scaled plan consistent: on every bench
shape (and its default source), a 1 MB plan has unique addresses, every
resource change is in planned_values, the for_each map variable has one
entry per instance, and `plangraph check` reads it, its subjects growing
with the clones and no subject name repeating."""
import json
import os
import re
import subprocess
import sys
import tempfile

root = os.environ['PG_SOURCE_DIR']
cli = os.environ['PLANGRAPH']
shapes = {
    'regions': None,
    'peering': 'scripts/bench-shapes/peering/plan.json',
    'counted': 'scripts/bench-shapes/counted/plan.json',
    'aliases': 'scripts/bench-shapes/aliases/plan.json',
}


def addresses(module, acc):
    for r in module.get('resources', []):
        acc.append(r['address'])
    for c in module.get('child_modules', []):
        acc.append(c['address'])
        addresses(c, acc)
    return acc


def subjects(plan):
    out = subprocess.run([cli, 'check', plan, '--format', 'json', '--soft-fail'],
                         capture_output=True, text=True, check=True).stdout
    n, bad = 0, []
    for p in json.loads(out)['plans']:
        for s in p['suites']:
            names = [x['name'] for x in s['subjects']]
            n += len(names)
            if len(set(names)) != len(names):
                bad.append(s['id'])
    return n, bad


fails = 0
with tempfile.TemporaryDirectory() as tmp:
    for shape, src in shapes.items():
        out = os.path.join(tmp, shape + '.json')
        cmd = [os.path.join(root, 'scripts/make-big-plan'), '1', out]
        if src:
            cmd.append(os.path.join(root, src))
        subprocess.run(cmd, check=True, cwd=root, stdout=subprocess.DEVNULL)
        d = json.load(open(out))
        rc = [r['address'] for r in d['resource_changes']]
        pv = addresses(d['planned_values']['root_module'], [])
        problems = []
        if len(set(rc)) != len(rc):
            problems.append('repeated resource_changes addresses')
        if len(set(pv)) != len(pv):
            problems.append('repeated planned_values addresses')
        if not set(rc) <= set(pv):
            problems.append('resource changes missing from planned_values')
        keys = {m.group(1) for a in rc for m in [re.match(r'module\.[\w-]+\["([^"]+)"\]', a)] if m}
        for name, var in d.get('variables', {}).items():
            v = var.get('value')
            if isinstance(v, dict) and v and set(v) & keys and not set(v) <= keys:
                problems.append('variable %s names keys no instance has' % name)
        base = subjects(os.path.join(root, src or 'samples/regions-from-variables/plan.json'))[0]
        n, bad = subjects(out)
        if n <= base:
            problems.append('%d subjects, no more than the source\'s %d' % (n, base))
        if bad:
            problems.append('subject names repeat in ' + ', '.join(bad))
        for p in problems:
            print('FAIL %s: %s' % (shape, p))
        fails += len(problems)
        if not problems:
            print('ok %s: %d resources, %d instance keys, %d subjects' % (shape, len(rc), len(keys), n))
sys.exit(1 if fails else 0)
