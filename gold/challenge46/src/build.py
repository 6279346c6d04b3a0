"""challenge46: build ../articles.jsonl from a1..a4 (adapted from challenge21); assert offsets, sizes,
record fields, stocks dated at publication, no actual period starting after publication, datelines.
-v lists every digit string that is not gold; -s prints the statistics."""
import datetime, json, re, sys
from collections import Counter
import lib, a1, a2, a3, a4

ARTS = a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS
docs = [lib.build(*a) for a in ARTS]
ids = [d['id'] for d in docs]
assert ids == ['az%02d' % i for i in range(1, 21)], ids
NODATELINE = set()   # every dated page shows its date in the dateline
WD = ['THỨ HAI', 'THỨ BA', 'THỨ TƯ', 'THỨ NĂM', 'THỨ SÁU', 'THỨ BẢY', 'CHỦ NHẬT']
FIELDS = {'doc_id', 'indicator', 'value', 'unit', 'status', 'bound', 'region', 'region_2025', 'scope',
          'period_start', 'period_end', 'evidence', 'evidence_text', 'note'}
for d in docs:
    n, L = len(d['gold']), len(d['text'])
    assert 400 <= L <= 3500, (d['id'], L)
    assert 3 <= n <= 16, (d['id'], n)
    # datelines: weekday names must match the date; dd/mm/yyyy dates must not be after publication
    for m in re.finditer(r'(Thứ \w+|THỨ \w+|Chủ Nhật|CHỦ NHẬT), (\d\d)/(\d\d)/(\d{4})', d['text']):
        wd = datetime.date(int(m[4]), int(m[3]), int(m[2])).weekday()
        assert m[1].upper() == WD[wd], (d['id'], m[0])
    if d['published']:
        assert d['published'][8:10] + '/' + d['published'][5:7] + '/' + d['published'][:4] in d['text'] \
            or d['published'] in d['text'] or \
            '%s-%s-%s' % (d['published'][8:10], d['published'][5:7], d['published'][:4]) in d['text'] \
            or d['id'] in NODATELINE, d['id']
    for r in d['gold']:
        assert set(r) <= FIELDS, r.keys()
        e = r['evidence']
        assert d['text'][e['start']:e['end']] == r['evidence_text'], (d['id'], r)
        assert r['evidence_text'] in e['sentence']
        if r['status'] == 'actual' and r['period_start'] and d['published']:
            assert r['period_start'] <= d['published'], (d['id'], r)
        if r['period_start']:
            assert r['period_start'] <= r['period_end'], r
        assert r['unit'] in ('count', 'vnd', 'percent')
        assert r['unit'] == ('percent' if r['status'] == 'attainment' else lib.UNIT[r['indicator']]), r
        assert r['status'] in ('actual', 'target', 'attainment') and r['bound'] in ('exact', 'over', 'under', 'about')
        assert r['region_2025'] == (lib.R2025[r['region']] if r['region'] else None), r
        if r['indicator'].endswith('_total') and r['status'] == 'actual':
            assert (r['period_start'], r['period_end']) == (d['published'], d['published']), (d['id'], r)
        if d['published'] is None and r['period_start']:
            assert r['indicator'][-6:] != '_total', r
    if '-v' in sys.argv:
        spans = [(r['evidence']['start'], r['evidence']['end']) for r in d['gold']]
        print('==', d['id'], L, n)
        for m in re.finditer(r'\d[\d.,]*', d['text']):
            if not any(s <= m.start() < e for s, e in spans):
                print('   ', repr(d['text'][max(0, m.start()-30):m.end()+20]))
    if '-g' in sys.argv:
        print('==', d['id'])
        for r in d['gold']:
            print('  %-22s %-10s %-10s %-6s %14s %-18s %s..%s %s' % (r['indicator'], r['status'], r['unit'], r['bound'],
                  r['value'], r['region'], r['period_start'], r['period_end'], r['scope'] or ''))
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
    print(len(c), 'indicators')
    for d in docs:
        print(d['id'], d['published'], len(d['text']), len(d['gold']))
