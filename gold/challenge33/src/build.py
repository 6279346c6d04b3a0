"""Build ../articles.jsonl from a1..a4 (adapted from gold/challenge21/src/build.py).
Asserts offsets, sizes, record fields, stocks dated at publication (or at the printed dateline of an
undated page), no actual period starting after publication, weekday names, datelines.
-v lists every digit string that is not gold; -g lists the gold; -s prints the statistics."""
import datetime, json, re, sys
from collections import Counter
import lib, a1, a2, a3, a4

ARTS = a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS
built = [lib.build(*a) for a in ARTS]
docs = [b[0] for b in built]
EFF = {b[0]['id']: b[1] for b in built}
# articles whose body only says "LĐLĐ tỉnh" / "trong tỉnh": the region comes from the source site
SITE = dict(am01='baothainguyen.vn', am02='baoquangninh.vn', am03='baobinhduong.vn', am04='baohoabinh.com.vn',
            am07='baolongan.vn', am11='baohaiduong.vn', am12='baobacninh.vn', am13='baotravinh.vn',
            am15='baovinhphuc.com.vn', am17='baoquangnam.vn')
for d in docs:
    if d['id'] in SITE:
        for r in d['gold']:
            extra = ('region %s from the source site %s: the body names only "LĐLĐ tỉnh" / "trong tỉnh" '
                     '(records.md Regions: else the source site\'s province)' % (r['region'], SITE[d['id']]))
            r['note'] = r['note'] + '; ' + extra if r.get('note') else extra
            break
ids = [d['id'] for d in docs]
assert ids == ['am%02d' % i for i in range(1, 21)], ids
NODATELINE = {'am03', 'am12'}   # pages scraped without a dateline although dated in metadata
WD = ['THỨ HAI', 'THỨ BA', 'THỨ TƯ', 'THỨ NĂM', 'THỨ SÁU', 'THỨ BẢY', 'CHỦ NHẬT']
FIELDS = {'doc_id', 'indicator', 'value', 'unit', 'status', 'bound', 'region', 'region_2025', 'scope',
          'period_start', 'period_end', 'evidence', 'evidence_text', 'note'}
DFORMS = lambda p: (p[8:10] + '/' + p[5:7] + '/' + p[:4], p, '%s-%s-%s' % (p[8:10], p[5:7], p[:4]),
                    '%s.%s.%s' % (p[8:10], p[5:7], p[:4]))
n_null = 0
for d in docs:
    n, L = len(d['gold']), len(d['text'])
    assert 400 <= L <= 3500, (d['id'], L)
    assert 3 <= n <= 15, (d['id'], n)
    for m in re.finditer(r'(Thứ \w+|THỨ \w+|Chủ Nhật|CHỦ NHẬT),? (\d\d)/(\d\d)/(\d{4})', d['text']):
        wd = datetime.date(int(m[4]), int(m[3]), int(m[2])).weekday()
        assert m[1].upper() == WD[wd], (d['id'], m[0])
    eff = EFF[d['id']]
    if d['published']:
        assert any(f in d['text'] for f in DFORMS(d['published'])) or d['id'] in NODATELINE, d['id']
    else:
        n_null += 1
        if eff:   # the dateline date used for an undated page must be printed in it
            assert any(f in d['text'] for f in DFORMS(eff)), d['id']
    for r in d['gold']:
        assert set(r) <= FIELDS, r.keys()
        assert r['doc_id'] == d['id']
        e = r['evidence']
        assert d['text'][e['start']:e['end']] == r['evidence_text'], (d['id'], r)
        assert r['evidence_text'] in e['sentence']
        assert r['status'] in ('actual', 'target', 'attainment') and r['bound'] in ('exact', 'over', 'under', 'about')
        if r['indicator'].endswith('_total') and r['status'] == 'actual':
            assert r['period_start'] == r['period_end'] == eff, (d['id'], r)
        if r['status'] == 'actual' and r['period_start'] and eff:
            assert r['period_start'] <= eff, (d['id'], r)
        if r['period_start']:
            assert r['period_start'] <= r['period_end'], r
        else:
            assert r['period_end'] is None
        assert r['unit'] in ('count', 'vnd', 'percent')
    if '-v' in sys.argv:
        spans = [(r['evidence']['start'], r['evidence']['end']) for r in d['gold']]
        print('==', d['id'], L, n)
        for m in re.finditer(r'\d[\d.,]*', d['text']):
            if not any(s <= m.start() < e for s, e in spans):
                print('   ', repr(d['text'][max(0, m.start()-30):m.end()+20]))
    if '-g' in sys.argv:
        print('==', d['id'], d['published'], eff)
        for r in d['gold']:
            print('  %-22s %-10s %-7s %-6s %14s %-14s %s..%s %s' % (r['indicator'], r['status'], r['unit'], r['bound'],
                  r['value'], r['region'], r['period_start'], r['period_end'], r['scope'] or ''))
assert 5 <= n_null <= 7, n_null
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
        print(d['id'], d['published'], EFF[d['id']], len(d['text']), len(d['gold']))
