"""challenge27. Build ../articles.jsonl from a1..a4; assert offsets, sizes, periods, datelines.
-v lists every digit string that is not gold; -s prints the statistics."""
import datetime, json, re, sys
from collections import Counter
import lib, a1, a2, a3, a4

ARTS = a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS
docs = [lib.build(*a) for a in ARTS]
ids = [d['id'] for d in docs]
assert ids == ['ag%02d' % i for i in range(1, 21)], ids
NODATELINE = set()
WD = ['THỨ HAI', 'THỨ BA', 'THỨ TƯ', 'THỨ NĂM', 'THỨ SÁU', 'THỨ BẢY', 'CHỦ NHẬT']
FIELDS = {'doc_id', 'indicator', 'value', 'unit', 'status', 'bound', 'region', 'region_2025', 'scope',
          'period_start', 'period_end', 'evidence', 'evidence_text', 'note'}
for d in docs:
    n, L = len(d['gold']), len(d['text'])
    assert 900 <= L <= 2500, (d['id'], L)
    assert 5 <= n <= 25, (d['id'], n)
    assert d['title'] is None and (d['published'] is None or re.fullmatch(r'\d{4}-\d\d-\d\d', d['published']))
    assert d['url'].startswith('http')
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
        assert set(r) <= FIELDS and FIELDS - {'note'} <= set(r), r.keys()
        assert r['doc_id'] == d['id'] and r['status'] in ('actual', 'target', 'attainment')
        assert r['bound'] in ('exact', 'over', 'under', 'about')
        assert isinstance(r['value'], (int, float)) and r['value'] > 0
        if r['indicator'].endswith('_total') and r['status'] == 'actual':
            assert (r['period_start'], r['period_end']) == (d['published'], d['published']), (d['id'], r)
        if r['status'] == 'attainment':
            assert r['unit'] == 'percent'
        e = r['evidence']
        assert d['text'][e['start']:e['end']] == r['evidence_text'], (d['id'], r)
        assert r['evidence_text'] in e['sentence']
        if r['status'] == 'actual' and r['period_start'] and d['published']:
            assert r['period_start'] <= d['published'], (d['id'], r)
        if r['period_start']:
            assert r['period_start'] <= r['period_end'], r
        assert r['unit'] in ('count', 'vnd', 'percent')
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
from checks import print_statistics  # noqa: E402 (lib puts gold/tooling on the path)

if '-s' in sys.argv:
    print_statistics(docs, recs)
