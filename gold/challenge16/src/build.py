"""Build ../articles.jsonl from a1..a3 (adapted from gold/challenge15/src/build.py).
Asserts offsets, sizes, periods.  -v lists non-gold digit strings and number words; -s prints statistics."""
import json, re, sys
from collections import Counter
import lib, a1, a2, a3

ARTS = a1.ARTS + a2.ARTS + a3.ARTS
docs = [lib.build(*a) for a in ARTS]
ids = [d['id'] for d in docs]
assert ids == ['n%02d' % i for i in range(1, 26)], ids
for d in docs:
    n, L = len(d['gold']), len(d['text'])
    assert 300 <= L <= 2000, (d['id'], L)
    assert 3 <= n <= 12, (d['id'], n)
    for r in d['gold']:
        e = r['evidence']
        assert d['text'][e['start']:e['end']] == r['evidence_text'], (d['id'], r)
        assert r['evidence_text'] in e['sentence']
        if r['status'] == 'actual' and r['period_start'] and d['published']:
            assert r['period_start'] <= d['published'], (d['id'], r)
        if not d['published'] and r['period_start']:
            assert not r['indicator'].endswith('_total') or r['status'] != 'actual', r
        assert r['unit'] in ('count', 'vnd', 'percent')
        assert '=' not in (r.get('note') or '') and '=' not in (r['scope'] or ''), r
    if '-v' in sys.argv:
        spans = [(r['evidence']['start'], r['evidence']['end']) for r in d['gold']]
        print('==', d['id'], d['published'], L, n)
        for m in re.finditer(r'\d[\d.,/]*|\b(?:Năm|Hai|Ba|Bốn|Sáu|Bảy|Tám|Chín|Mười)\b', d['text']):
            if not any(s <= m.start() < e for s, e in spans):
                print('   ', repr(d['text'][max(0, m.start()-30):m.end()+20]))
with open('../articles.jsonl', 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
recs = [r for d in docs for r in d['gold']]
print(len(docs), 'articles', len(recs), 'records')
if '-s' in sys.argv:
    for k in ('status', 'bound', 'unit'):
        print(k, Counter(r[k] for r in recs))
    print('scope', sum(1 for r in recs if r['scope']), 'note', sum(1 for r in recs if r.get('note')),
          'r!=r2025', sum(1 for r in recs if r['region'] != r['region_2025']),
          'null period', sum(1 for r in recs if r['period_start'] is None))
    c = Counter(r['indicator'] for r in recs)
    for ind, k in c.most_common():
        st = Counter(r['status'] for r in recs if r['indicator'] == ind)
        arts = len({r['doc_id'] for r in recs if r['indicator'] == ind})
        print('| %s | %d | %d | %d / %d / %d |' % (ind, k, arts, st['actual'], st['target'], st['attainment']))
    for d in docs:
        body = len(d['text'])
        print(d['id'], d['published'], body, len(d['gold']), sorted({r['region'] for r in d['gold']}))
