# Lists predictions (OK/XX) and misses with gold evidence for one dev set (debugging aid).
# usage: python3 scripts/diff-dev.py regional|iraq [id-substring]
import json, subprocess, sys
name = sys.argv[1]
flt = sys.argv[2] if len(sys.argv) > 2 else ''
D = '/work/shared/eval/dev/'
cb, arts, gold = (('codebook.yaml', 'articles.jsonl', 'gold.jsonl') if name == 'iraq' else ('codebook-regional.yaml', 'articles-regional.jsonl', 'gold-regional.jsonl'))
out = subprocess.run(['node', 'scripts/show.mjs', D + cb, D + arts], capture_output=True, text=True).stdout
g = {}
for l in open(D + gold):
    d = json.loads(l)
    g[d['id']] = {(s['actor'], s['topic'], s['stance']): s.get('evidence', '') for s in d['statements']}
cur = None
seen = set()
def flush():
    if cur is None: return
    for k, ev in g.get(cur, {}).items():
        if k not in seen: print('  MISS', ' / '.join(k), '|', ev[:150])
for line in out.split('\n'):
    if line.startswith('#'):
        if flt in (cur or ''): flush()
        cur = line[2:].strip(); seen = set()
        if flt in cur: print(line)
        continue
    if not line.strip(): continue
    a, t, rest = line.strip().split(' / ', 2)
    st = rest.split(' ')[0]
    seen.add((a, t, st))
    if flt in cur: print(('  OK  ' if (a, t, st) in g.get(cur, {}) else '  XX  ') + line.strip())
if flt in (cur or ''): flush()
