"""Build ../articles.jsonl from a1..a4; assert offsets and periods.  -v lists non-gold digits, -s statistics."""
import json, re, sys
from collections import Counter
import lib, a1, a2, a3, a4

ARTS = a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS
docs = [lib.build(*a) for a in ARTS]
ids = [d['id'] for d in docs]
assert ids == ['o%02d' % i for i in range(1, 26)], ids
FIELDS = ['doc_id', 'indicator', 'value', 'unit', 'status', 'bound', 'region', 'region_2025', 'scope',
          'period_start', 'period_end', 'evidence_text', 'evidence']
for d in docs:
    n = len(d['gold'])
    assert 3 <= n <= 15, (d['id'], n)
    for r in d['gold']:
        assert [k for k in r if k != 'note'] == FIELDS, r.keys()
        e = r['evidence']
        assert d['text'][e['start']:e['end']] == r['evidence_text'], (d['id'], r)
        assert r['evidence_text'] in e['sentence']
        if r['status'] == 'actual' and r['period_start'] and d['published']:
            assert r['period_start'] <= d['published'], (d['id'], r)
        assert r['period_start'] <= r['period_end']
        assert r['unit'] in ('count', 'vnd', 'percent')
        assert r['region'] is None or r['region'] in lib.R2025, r['region']
    if '-v' in sys.argv:
        spans = [(r['evidence']['start'], r['evidence']['end']) for r in d['gold']]
        print('==', d['id'], len(d['text']), n)
        for m in re.finditer(r'\d[\d.,/]*', d['text']):
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
          'r!=r2025', sum(1 for r in recs if r['region'] != r['region_2025']))
    print('regions', Counter(r['region'] for r in recs))
    c = Counter(r['indicator'] for r in recs)
    print(len(c), 'indicators')
    for ind, k in c.most_common():
        st = Counter(r['status'] for r in recs if r['indicator'] == ind)
        arts = len({r['doc_id'] for r in recs if r['indicator'] == ind})
        print('| %s | %d | %d | %d / %d / %d |' % (ind, k, arts, st['actual'], st['target'], st['attainment']))
    for d in docs:
        print(d['id'], d['published'], len(d['text']), len(d['gold']), d['gold'][0]['region'])
