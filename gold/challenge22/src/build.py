"""Build ../articles.jsonl from a1..a4 (adapted from gold/challenge15/src/build.py).
Asserts offsets, sizes, periods, coverage.  -v lists every digit string that is not gold; -s prints statistics."""
import json, re, sys
from collections import Counter
import lib, a1, a2, a3, a4

ARTS = a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS
docs = [lib.build(*a) for a in ARTS]
ids = [d['id'] for d in docs]
assert ids == ['ab%02d' % i for i in range(1, 26)], ids
FIELDS = {'doc_id', 'indicator', 'value', 'unit', 'status', 'bound', 'region', 'region_2025', 'scope',
          'period_start', 'period_end', 'evidence', 'evidence_text', 'note'}
for d in docs:
    n, L = len(d['gold']), len(d['text'])
    assert 500 <= L <= 4000, (d['id'], L)
    assert 4 <= n <= 14, (d['id'], n)
    assert '[[' not in d['text'] and ']]' not in d['text'], d['id']
    for r in d['gold']:
        assert set(r) <= FIELDS and FIELDS - {'note'} <= set(r), r
        e = r['evidence']
        assert d['text'][e['start']:e['end']] == r['evidence_text'], (d['id'], r)
        assert r['evidence_text'] in e['sentence']
        if r['status'] == 'actual' and r['period_start'] and d['published']:
            assert r['period_start'] <= d['published'], (d['id'], r)
        assert (r['period_start'] is None) == (r['period_end'] is None)
        if r['period_start']:
            assert r['period_start'] <= r['period_end'], r
        assert r['unit'] in ('count', 'vnd', 'percent')
        assert r['value'] > 0
        if r['unit'] == 'vnd':
            assert r['value'] >= 10**6, r
    if '-v' in sys.argv:
        spans = [(r['evidence']['start'], r['evidence']['end']) for r in d['gold']]
        print('==', d['id'], L, n)
        for m in re.finditer(r'\d[\d.,]*', d['text']):
            t = d['text']
            if any(s <= m.start() < e for s, e in spans):
                continue
            if (m.start() and t[m.start()-1] in '/:') or (m.end() < len(t) and t[m.end()] in '/:'):
                continue
            print('   ', repr(t[max(0, m.start()-30):m.end()+15]))
recs = [r for d in docs for r in d['gold']]
assert set(r['indicator'] for r in recs) == set(lib.IND.values()), set(lib.IND.values()) - set(r['indicator'] for r in recs)
with open('../articles.jsonl', 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(docs), 'articles', len(recs), 'records')
if '-s' in sys.argv:
    for k in ('status', 'bound', 'unit'):
        print(k, Counter(r[k] for r in recs))
    print('scope', sum(1 for r in recs if r['scope']), 'note', sum(1 for r in recs if r.get('note')),
          'r!=r2025', sum(1 for r in recs if r['region'] != r['region_2025']))
    c = Counter(r['indicator'] for r in recs)
    for ind, k in c.most_common():
        st = Counter(r['status'] for r in recs if r['indicator'] == ind)
        arts = len({r['doc_id'] for r in recs if r['indicator'] == ind})
        print('| %s | %d | %d | %d / %d / %d |' % (ind, k, arts, st['actual'], st['target'], st['attainment']))
    for d in docs:
        print(d['id'], d['published'], len(d['text']), len(d['gold']), Counter(r['region'] for r in d['gold']))
