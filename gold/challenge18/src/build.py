"""Build ../articles.jsonl from a1..a3; assert offsets, sizes, periods.  -v lists non-gold digits, -s stats."""
import json, re, sys
from collections import Counter
import lib, a1, a2, a3

ARTS = a1.ARTS + a2.ARTS + a3.ARTS
built = [lib.build(*a) for a in ARTS]
docs = [d for d, _ in built]
ids = [d['id'] for d in docs]
assert ids == ['a%02d' % i for i in range(1, 26)], ids
LEN = dict(short=(400, 1200), report=(1200, 2500), other=(1000, 4000))
for d, kind in built:
    n, L = len(d['gold']), len(d['text'])
    lo, hi = LEN[kind]
    assert lo <= L <= hi, (d['id'], kind, L)
    assert 3 <= n <= 15, (d['id'], n)
    assert '[[' not in d['text'] and ']]' not in d['text'], d['id']
    for r in d['gold']:
        e = r['evidence']
        assert d['text'][e['start']:e['end']] == r['evidence_text'], (d['id'], r)
        assert r['evidence_text'] in e['sentence']
        if r['status'] == 'actual' and r['period_start'] and d['published']:
            assert r['period_start'] <= d['published'], (d['id'], r)
        if d['published'] is None:
            assert r['period_start'] is None or not r['indicator'].endswith('_total'), r
        assert r['unit'] in ('count', 'vnd', 'percent')
        assert r['value'] > 0
        assert set(r) - {'note'} == {'doc_id', 'indicator', 'value', 'unit', 'status', 'bound', 'region',
                                     'region_2025', 'scope', 'period_start', 'period_end',
                                     'evidence_text', 'evidence'}, r
    if '-v' in sys.argv:
        spans = [(r['evidence']['start'], r['evidence']['end']) for r in d['gold']]
        print('==', d['id'], kind, L, n)
        for m in re.finditer(r'\d[\d.,]*', d['text']):
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
    print('missing', sorted(set(lib.IND.values()) - set(c)))
    for (d, kind) in built:
        print(d['id'], kind, d['published'], len(d['text']), len(d['gold']), d['gold'][0]['region'])
