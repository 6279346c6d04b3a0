"""Markup -> article + gold records, shared by the gold sets written from session 8 on (each set's src/lib.py
imports it; they were byte-identical copies of challenge21's).  Gold numbers are marked inline as
[[span|IND ST PERIOD k=v ...]]; offsets are computed from the stripped text."""
import calendar, re
from decimal import Decimal

IND = dict(mn='members_new', mt='members_total', ml='members_lost', mnet='members_net',
           un='unions_new', ut='unions_total', ud='unions_dissolved', unet='unions_net',
           pr='party_referrals', pa='party_admitted', rec='member_records', wc='women_committees',
           oc='official_conferences', wkc='worker_conferences', wd='workplace_dialogues',
           ca='collective_agreements', lc='legal_consultations', tr='trainings', te='trainees',
           sv='supervisions', fi='financial_inspections', meal='meal_upgrades', ben='beneficiaries',
           sf='support_funds', sh='shelter_houses', shf='shelter_funds', wp='welfare_partners',
           wmu='workers_month_units')
UNIT = {}
for line in open(__file__.rsplit('/', 1)[0] + '/../../../shared/spec/indicators.tsv', encoding='utf-8'):
    p = line.rstrip('\n').split('\t')
    if p[0] != 'code':
        UNIT[p[0]] = p[1]
R2025 = {}
for line in open(__file__.rsplit('/', 1)[0] + '/../../patterns/regions.tsv', encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    p = line.rstrip('\n').split('\t')
    R2025[p[0]] = p[1]
R2025['Việt Nam'] = 'Việt Nam'
ST = dict(a='actual', t='target', p='attainment')
BD = dict(e='exact', o='over', u='under', a='about')
MULT = {'tỷ': 10**9, 'tỉ': 10**9, 'triệu': 10**6, 'nghìn': 10**3, 'ngàn': 10**3}


def last_day(y, m):
    return '%04d-%02d-%02d' % (y, m, calendar.monthrange(y, m)[1])


def period(code, pub):
    if code == 'pub':
        return (pub, pub)
    if code == 'null':
        return (None, None)
    if '..' in code:
        a, b = code.split('..')
        return (a, b)
    m = re.fullmatch(r'y(\d{4})', code)
    if m:
        y = int(m[1]); return ('%d-01-01' % y, '%d-12-31' % y)
    m = re.fullmatch(r'h([12])-(\d{4})', code)
    if m:
        y = int(m[2])
        return ('%d-01-01' % y, '%d-06-30' % y) if m[1] == '1' else ('%d-07-01' % y, '%d-12-31' % y)
    m = re.fullmatch(r'q([1-4])-(\d{4})', code)
    if m:
        q, y = int(m[1]), int(m[2])
        return ('%d-%02d-01' % (y, 3 * q - 2), last_day(y, 3 * q))
    m = re.fullmatch(r'f(\d+)-(\d{4})', code)   # first N months
    if m:
        n, y = int(m[1]), int(m[2]); return ('%d-01-01' % y, last_day(y, n))
    m = re.fullmatch(r'l(\d+)-(\d{4})', code)   # last N months
    if m:
        n, y = int(m[1]), int(m[2]); return ('%d-%02d-01' % (y, 13 - n), '%d-12-31' % y)
    m = re.fullmatch(r'mo(\d{4})-(\d\d)', code)
    if m:
        y, mo = int(m[1]), int(m[2]); return ('%d-%02d-01' % (y, mo), last_day(y, mo))
    m = re.fullmatch(r't(\d{4})-(\d{4})', code)
    if m:
        return ('%s-01-01' % m[1], '%s-12-31' % m[2])
    m = re.fullmatch(r'sy(\d{4})', code)
    if m:
        y = int(m[1]); return ('%d-09-01' % y, '%d-08-31' % (y + 1))
    raise ValueError('bad period ' + code)


def parse_value(span):
    s = span.strip().rstrip('%').strip()
    m = re.fullmatch(r'([\d.]+)/[\d.]+', s)   # (thousands dots too: "1.084/1.092"; challenge27 and 40 added them)
    if m:
        return parse_value(m[1])
    mult = 1
    m = re.fullmatch(r'(.*?)\s*(tỷ|tỉ|triệu|nghìn|ngàn)', s)
    if m:
        s, mult = m[1], MULT[m[2]]
    s = s.replace('l', '1').replace('O', '0').replace(' ', '')
    if not re.fullmatch(r'[\d.,]+', s):
        raise ValueError('cannot parse ' + span)
    if ',' in s:
        s = s.replace('.', '').replace(',', '.')
    elif '.' in s:
        groups = s.split('.')
        if mult > 1 and len(groups) == 2 and len(groups[1]) != 3:
            pass  # decimal point with multiplier
        else:
            assert all(len(g) == 3 for g in groups[1:]), span
            s = s.replace('.', '')
    return Decimal(s) * mult


def num(d):
    d = Decimal(d)
    return int(d) if d == d.to_integral_value() else float(d)


MARK = re.compile(r'\[\[(.*?)\|(.*?)\]\]', re.S)
SENT_END = re.compile(r'(?<=[.!?:;])\s+(?=[A-ZĐÀ-Ỹ"“(\-–•|0-9])|\n')


def sentence(text, start, end):
    a = 0
    for m in SENT_END.finditer(text):
        if m.end() <= start:
            a = m.end()
        elif m.start() >= end:
            return text[a:m.start()].strip(), a
    return text[a:].strip(), a


def build(aid, url, published, region, markup):
    out, recs, pos = [], [], 0
    for m in MARK.finditer(markup):
        out.append(markup[pos:m.start()])
        start = sum(len(x) for x in out)
        span = m[1]
        out.append(span)
        pos = m.end()
        toks = m[2].split(' ', 3)
        ind, st, per = IND[toks[0]], ST[toks[1]], toks[2]
        kv = dict(re.findall(r'(\w+)=(.*?)(?=\s\w+=|$)', toks[3] if len(toks) > 3 else '', re.S))
        unit = 'percent' if st == 'attainment' else UNIT[ind]
        assert ('%' in span) == (unit == 'percent'), (aid, span)
        val = Decimal(kv['v']) if 'v' in kv else parse_value(span)
        reg = kv.get('r', region)
        if reg == 'null':
            reg = None
        ps, pe = period(per, published)
        recs.append(dict(doc_id=aid, indicator=ind, value=num(val), unit=unit, status=st,
                         bound=BD[kv.get('b', 'e')], region=reg,
                         region_2025=R2025[reg] if reg else None, scope=kv.get('s'),
                         period_start=ps, period_end=pe, evidence_text=span,
                         _start=start, _end=start + len(span), note=kv.get('n')))
    out.append(markup[pos:])
    text = ''.join(out)
    for r in recs:
        s, e = r.pop('_start'), r.pop('_end')
        assert text[s:e] == r['evidence_text']
        if s > 0:
            assert not text[s - 1].isalnum(), (aid, r['evidence_text'], text[s-5:e])
        if e < len(text):
            assert not text[e].isalnum() or r['evidence_text'].endswith('%'), (aid, r['evidence_text'])
        sent, _ = sentence(text, s, e)
        r['evidence'] = dict(sentence=sent, start=s, end=e)
        if r['note'] is None:
            del r['note']
        if r['indicator'].endswith('_total') and r['status'] == 'actual':
            assert (r['period_start'], r['period_end']) == (published, published), (aid, r)
        if published is None:
            assert r['period_start'] is None or r['period_start'][:4] != 'None', (aid, r)
    return dict(id=aid, url=url, published=published, title=None, text=text, gold=recs)
