"""Check a gold set's documents and write its articles.jsonl: the assertions every set's src/build.py made.

The sets written in session 11 (challenge42-47) each adapted challenge21's build.py, adding checks of
their own; this is their union, run on every one of them, so a set's build.py only says what is its
own (ids, size limits, pages without a dateline).  Command-line flags, as before: -v lists every digit
string that is not gold, -g lists the gold, -s prints the statistics.
"""
import datetime
import json
import re
from collections import Counter

from markup import R2025, UNIT

FIELDS = {'doc_id', 'indicator', 'value', 'unit', 'status', 'bound', 'region', 'region_2025', 'scope',
          'period_start', 'period_end', 'evidence', 'evidence_text', 'note'}
REQUIRED = FIELDS - {'note'}
STATUS, BOUND = {'actual', 'target', 'attainment'}, {'exact', 'over', 'under', 'about'}
WEEKDAYS = ['THỨ HAI', 'THỨ BA', 'THỨ TƯ', 'THỨ NĂM', 'THỨ SÁU', 'THỨ BẢY', 'CHỦ NHẬT']
_WEEKDAY_DATE = re.compile(r'(Thứ \w+|THỨ \w+|Chủ Nhật|CHỦ NHẬT), (\d\d?)/(\d\d?)/(\d{4})')


def _dateline(d: dict, nodateline: set) -> None:
    """Weekday names match their dates; a dated page shows its date (unless listed as without a dateline)."""
    for m in _WEEKDAY_DATE.finditer(d['text']):
        wd = datetime.date(int(m[4]), int(m[3]), int(m[2])).weekday()
        assert m[1].upper() == WEEKDAYS[wd], (d['id'], m[0])
    if d['published']:
        y, mo, da = d['published'].split('-')
        forms = ['%s/%s/%s' % (da, mo, y), d['published'], '%s-%s-%s' % (da, mo, y), '%d/%d/%s' % (int(da), int(mo), y)]
        assert any(f in d['text'] for f in forms) or d['id'] in nodateline, d['id']


def _record(d: dict, r: dict) -> None:
    """One gold record against records.md: fields, codes, units, regions, offsets, periods."""
    pub = d['published']
    assert REQUIRED <= set(r) <= FIELDS, r.keys()
    assert r['doc_id'] == d['id'] and r['indicator'] in UNIT, r
    assert r['status'] in STATUS and r['bound'] in BOUND, r
    assert r['unit'] == ('percent' if r['status'] == 'attainment' else UNIT[r['indicator']]), r
    assert isinstance(r['value'], (int, float)) and r['value'] > 0, r
    assert (r['region'] is None) == (r['region_2025'] is None), r
    if r['region'] is not None:
        assert R2025[r['region']] == r['region_2025'], r
    if r['scope'] is not None:
        assert r['scope'] and r['scope'].strip() == r['scope'], r
    e = r['evidence']
    assert d['text'][e['start']:e['end']] == r['evidence_text'], (d['id'], r)
    assert r['evidence_text'] in e['sentence']
    if r['indicator'].endswith('_total') and r['status'] == 'actual':      # stocks at publication
        assert (r['period_start'], r['period_end']) == (pub, pub), (d['id'], r)
    if r['period_start']:
        assert r['period_start'] <= r['period_end'], r
        if pub:         # nothing done starts after publication, nor ends past its month or year
            assert r['period_start'] <= pub or r['status'] == 'target', (d['id'], r)
            if r['status'] == 'actual':
                assert r['period_end'] <= pub or r['period_end'][:4] == pub[:4], (d['id'], r)
    else:
        assert r['period_end'] is None, r


def _listing(docs: list, argv: list) -> None:
    for d in docs:
        if '-v' in argv:
            spans = [(r['evidence']['start'], r['evidence']['end']) for r in d['gold']]
            print('==', d['id'], len(d['text']), len(d['gold']))
            for m in re.finditer(r'\d[\d.,]*', d['text']):
                if not any(s <= m.start() < e for s, e in spans):
                    print('   ', repr(d['text'][max(0, m.start() - 30):m.end() + 20]))
        if '-g' in argv:
            print('==', d['id'])
            for r in d['gold']:
                print('  %-22s %-10s %-8s %-6s %14s %-15s %-15s %s..%s %s' % (
                    r['indicator'], r['status'], r['unit'], r['bound'], r['value'], r['region'], r['region_2025'],
                    r['period_start'], r['period_end'], r['scope'] or ''))


def print_statistics(docs: list, recs: list) -> None:
    """The -s listing of a set: its records by status, bound, unit and indicator, and each article's size."""
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


def check_and_write(docs: list, prefix: str, count: int, argv: list, *, chars: tuple = (300, 4000),
                    records: tuple = (3, 30), nodateline: set = frozenset(), out: str = '../articles.jsonl') -> None:
    """Assert the set (ids prefix01..prefixNN, sizes, datelines, every record), then write it one article a line."""
    ids = [d['id'] for d in docs]
    assert ids == ['%s%02d' % (prefix, i) for i in range(1, count + 1)], ids
    for d in docs:
        assert set(d) == {'id', 'url', 'published', 'title', 'text', 'gold'} and d['title'] is None, d['id']
        assert chars[0] <= len(d['text']) <= chars[1], (d['id'], len(d['text']))
        assert records[0] <= len(d['gold']) <= records[1], (d['id'], len(d['gold']))
        _dateline(d, nodateline)
        for r in d['gold']:
            _record(d, r)
    _listing(docs, argv)
    with open(out, 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    recs = [r for d in docs for r in d['gold']]
    print(len(docs), 'articles', len(recs), 'records')
    if '-s' in argv:
        print_statistics(docs, recs)
