"""Build ../articles.jsonl from a1..a4 (adapted from gold/challenge22/src/build.py).
Asserts offsets, sizes, periods, coverage and the damage register.
-v lists every digit string that is not gold; -s prints statistics; -d prints the damage table (markdown)."""
import json, re, sys, unicodedata
from collections import Counter
import lib, a1, a2, a3, a4

ARTS = a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS
DAMAGE = {**a1.DAMAGE, **a2.DAMAGE, **a3.DAMAGE, **a4.DAMAGE}
KINDS = {
    'tone': 'wrong or missing tone / vowel mark on one word',
    'half': 'word with its diacritics half stripped',
    'nodia': 'sentence or line typed without diacritics',
    'tcn': '"Tháng Công nhân" without diacritics',
    'letter': 'doubled or missing letter',
    'l-for-1': 'letter l for the digit 1 in a number',
    '1-for-l': 'digit 1 for the letter l in a word',
    'space': 'stray space inside a number',
    'sep': 'comma / dot swapped in a number',
    'nfd': 'decomposed Unicode (NFD) line',
    'nbsp': 'no-break space U+00A0',
    'zwsp': 'zero-width space U+200B',
}
docs = [lib.build(*a) for a in ARTS]
ids = [d['id'] for d in docs]
assert ids == ['ac%02d' % i for i in range(1, 21)], ids
assert set(DAMAGE) == set(ids)
FIELDS = {'doc_id', 'indicator', 'value', 'unit', 'status', 'bound', 'region', 'region_2025', 'scope',
          'period_start', 'period_end', 'evidence', 'evidence_text', 'note'}
rows = []   # damage table
for d in docs:
    n, L, t = len(d['gold']), len(d['text']), d['text']
    assert 500 <= L <= 4000, (d['id'], L)
    assert 4 <= n <= 17, (d['id'], n)
    assert '[[' not in t and ']]' not in t, d['id']
    dm = DAMAGE[d['id']]
    kinds = {k for k, *_ in dm}
    assert not dm or 2 <= len(dm) <= 6, d['id']
    # invisible / decomposed characters occur only where declared
    assert (lib.NBSP in t) == ('nbsp' in kinds), d['id']
    assert (lib.ZWSP in t) == ('zwsp' in kinds), d['id']
    assert (unicodedata.normalize('NFC', t) != t) == ('nfd' in kinds), d['id']
    for kind, written, reads, where in dm:
        assert kind in KINDS, kind
        w = lib.expand(written)
        if kind == 'nfd':
            w = unicodedata.normalize('NFD', w)
        pos = t.find(w)
        assert pos >= 0, (d['id'], kind, written)
        line = t.count('\n', 0, pos) + 1
        rows.append((d['id'], kind, written, reads, where, line, pos))
    for r in d['gold']:
        assert set(r) <= FIELDS and FIELDS - {'note'} <= set(r), r
        e = r['evidence']
        assert t[e['start']:e['end']] == r['evidence_text'], (d['id'], r)
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
        if r['scope']:
            assert unicodedata.normalize('NFC', r['scope']) == r['scope'] and lib.ZWSP not in r['scope']
    if '-v' in sys.argv:
        spans = [(r['evidence']['start'], r['evidence']['end']) for r in d['gold']]
        print('==', d['id'], L, n)
        for m in re.finditer(r'\d[\d.,]*', t):
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
print(len(docs), 'articles', len(recs), 'records', len(rows), 'damages')
if '-s' in sys.argv:
    for k in ('status', 'bound', 'unit'):
        print(k, Counter(r[k] for r in recs))
    print('scope', sum(1 for r in recs if r['scope']), 'note', sum(1 for r in recs if r.get('note')),
          'r!=r2025', sum(1 for r in recs if r['region'] != r['region_2025']),
          'damaged evidence', sum(1 for r in recs if r['evidence_text'] != r['evidence_text'].strip() or
                                  re.search(r'[l\u00a0\u200b]|\d \d|\d \.|,\d{3},', r['evidence_text'])),
          'note DAMAGE', sum(1 for r in recs if 'DAMAGE' in r.get('note', '')))
    c = Counter(r['indicator'] for r in recs)
    for ind, k in c.most_common():
        st = Counter(r['status'] for r in recs if r['indicator'] == ind)
        arts = len({r['doc_id'] for r in recs if r['indicator'] == ind})
        print('| %s | %d | %d | %d / %d / %d |' % (ind, k, arts, st['actual'], st['target'], st['attainment']))
    for d in docs:
        print(d['id'], d['published'], len(d['text']), len(d['gold']), len(DAMAGE[d['id']]), Counter(r['region'] for r in d['gold']))
    print(Counter(k for _, k, *_ in rows))
if '-d' in sys.argv:
    print('| article | kind | as written | reads | where (line, char offset) |')
    print('|---|---|---|---|---|')
    for aid, kind, written, reads, where, line, pos in rows:
        w = written.replace('{NBSP}', '⟨NBSP⟩').replace('{ZWSP}', '⟨ZWSP⟩')
        if kind == 'nfd':
            w = '(NFD) ' + (w if len(w) < 60 else w[:57] + '…')
            reads = 'same text in NFC'
        print('| %s | %s | `%s` | `%s` | %s (line %d, char %d) |' % (aid, kind, w, reads, where, line, pos))
