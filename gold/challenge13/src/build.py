"""Build gold/challenge13/articles.jsonl from a1..a4.  `python3 build.py -v` lists every
digit string / number word that is not gold, and the bound words found before each span."""
import json
import os
import re
import sys

from lib import build
import a1, a2, a3, a4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'articles.jsonl')
BOUND_WORDS = {'over': ('hơn', 'trên', 'vượt', 'ít nhất'), 'under': ('gần', 'dưới', 'chưa đến'),
               'about': ('khoảng', 'xấp xỉ', 'chừng')}

arts = a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS
ids = [a['id'] for a in arts]
assert ids == [f'v{i:02d}' for i in range(1, 21)], ids
verbose = '-v' in sys.argv
rows = []
for a in arts:
    row = build(a)
    t, g = row['text'], row['gold']
    assert 700 <= len(t) <= 2500, (row['id'], len(t))
    assert 6 <= len(g) <= 15, (row['id'], len(g))
    for r in g:
        s, e = r['evidence']['start'], r['evidence']['end']
        assert t[s:e] == r['evidence_text'], (row['id'], r)
        assert r['evidence']['sentence'] and r['evidence_text'] in r['evidence']['sentence']
        if r['period_start'] and row['published'] and r['status'] == 'actual':
            assert r['period_start'] <= row['published'], (row['id'], r)
        if r['status'] == 'attainment':
            assert r['unit'] == 'percent'
        before = t[max(0, s - 14):s].lower()
        found = [b for b, ws in BOUND_WORDS.items() if any(before.rstrip().endswith(w) for w in ws)]
        exp = found[0] if found else 'exact'
        if exp != r['bound'] and verbose:
            print(f"  bound? {row['id']} {r['evidence_text']!r} gold={r['bound']} words={before!r}")
    if verbose:
        spans = [(r['evidence']['start'], r['evidence']['end']) for r in g]
        print(f"== {row['id']} len={len(t)} recs={len(g)} pub={row['published']}")
        for m in re.finditer(r'\d[\d.,/ ]*\d|\d', t):
            if not any(s <= m.start() < e for s, e in spans):
                ctx = t[max(0, m.start() - 30):m.end() + 25].replace('\n', ' | ')
                print(f'   non-gold {m.group()!r}: ...{ctx}...')
    rows.append(row)

with open(OUT, 'w', encoding='utf-8') as f:
    for row in rows:
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
print(f'wrote {len(rows)} articles, {sum(len(r["gold"]) for r in rows)} records -> {os.path.normpath(OUT)}')
