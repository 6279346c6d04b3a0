"""Helpers for building gold/challenge13: inline-marked articles -> text + gold records.

An article text marks each gold number as [[span|label]]; records are given per label.
Offsets are computed from the stripped text, never counted by hand.
"""
import calendar
import re
from decimal import Decimal

REGION_2025 = dict(x.split('>') for x in (
    "An Giang>An Giang|Bà Rịa - Vũng Tàu>Hồ Chí Minh|Bạc Liêu>Cà Mau|Bắc Giang>Bắc Ninh|Bắc Kạn>Thái Nguyên|"
    "Bắc Ninh>Bắc Ninh|Bến Tre>Vĩnh Long|Bình Dương>Hồ Chí Minh|Bình Định>Gia Lai|Bình Phước>Đồng Nai|"
    "Bình Thuận>Lâm Đồng|Cà Mau>Cà Mau|Cao Bằng>Cao Bằng|Cần Thơ>Cần Thơ|Đà Nẵng>Đà Nẵng|Đắk Lắk>Đắk Lắk|"
    "Đắk Nông>Lâm Đồng|Điện Biên>Điện Biên|Đồng Nai>Đồng Nai|Đồng Tháp>Đồng Tháp|Gia Lai>Gia Lai|"
    "Hà Giang>Tuyên Quang|Hà Nam>Ninh Bình|Hà Nội>Hà Nội|Hà Tĩnh>Hà Tĩnh|Hải Dương>Hải Phòng|"
    "Hải Phòng>Hải Phòng|Hậu Giang>Cần Thơ|Hòa Bình>Phú Thọ|Hồ Chí Minh>Hồ Chí Minh|Hưng Yên>Hưng Yên|"
    "Khánh Hòa>Khánh Hòa|Kiên Giang>An Giang|Kon Tum>Quảng Ngãi|Lai Châu>Lai Châu|Lâm Đồng>Lâm Đồng|"
    "Lạng Sơn>Lạng Sơn|Lào Cai>Lào Cai|Long An>Tây Ninh|Nam Định>Ninh Bình|Nghệ An>Nghệ An|"
    "Ninh Bình>Ninh Bình|Ninh Thuận>Khánh Hòa|Phú Thọ>Phú Thọ|Phú Yên>Đắk Lắk|Quảng Bình>Quảng Trị|"
    "Quảng Nam>Đà Nẵng|Quảng Ngãi>Quảng Ngãi|Quảng Ninh>Quảng Ninh|Quảng Trị>Quảng Trị|Sóc Trăng>Cần Thơ|"
    "Sơn La>Sơn La|Tây Ninh>Tây Ninh|Thái Bình>Hưng Yên|Thái Nguyên>Thái Nguyên|Thanh Hóa>Thanh Hóa|"
    "Thừa Thiên Huế>Huế|Tiền Giang>Đồng Tháp|Trà Vinh>Vĩnh Long|Tuyên Quang>Tuyên Quang|Vĩnh Long>Vĩnh Long|"
    "Vĩnh Phúc>Phú Thọ|Yên Bái>Lào Cai|Việt Nam>Việt Nam").split('|'))

UNITS = {}
with open('/work/shared/spec/indicators.tsv', encoding='utf-8') as f:
    next(f)
    for line in f:
        c = line.rstrip('\n').split('\t')
        UNITS[c[0]] = c[1]

MULT = {'tỷ': Decimal(10) ** 9, 'triệu': Decimal(10) ** 6, 'nghìn': Decimal(1000), 'ngàn': Decimal(1000)}


def parse_value(span):
    s = span.strip().rstrip('%').strip()
    m = re.fullmatch(r'(\d+)/(\d+)', s)
    if m:
        return Decimal(m.group(1))
    mult = Decimal(1)
    parts = s.split()
    if parts and parts[-1] in MULT:
        mult = MULT[parts[-1]]
        s = ' '.join(parts[:-1])
    s = re.sub(r'^l(?=[.\d])', '1', s)
    if not re.fullmatch(r'[\d. ,]+', s):
        return None
    s = s.replace(' ', '').replace('.', '').replace(',', '.')
    return Decimal(s) * mult


def num(d):
    d = Decimal(d)
    return int(d) if d == d.to_integral_value() else float(d)


def period(code, pub):
    """code: y2020, h1-2020, h2-2020, q3-2019, m8-2013 (first 8 months), mo2023-05,
    t2019-2024, sy2022 (school year 2022-2023), pub, 'A..B' (B may be 'pub'), None."""
    if code is None:
        return None, None
    if code == 'pub':
        return pub, pub
    if '..' in code:
        a, b = code.split('..')
        b = pub if b == 'pub' else b
        if a == 'pub':
            a = pub
        return (a, b) if b else (None, None)
    m = re.fullmatch(r'y(\d{4})', code)
    if m:
        y = m.group(1); return f'{y}-01-01', f'{y}-12-31'
    m = re.fullmatch(r'h([12])-(\d{4})', code)
    if m:
        y = m.group(2)
        return (f'{y}-01-01', f'{y}-06-30') if m.group(1) == '1' else (f'{y}-07-01', f'{y}-12-31')
    m = re.fullmatch(r'q([1-4])-(\d{4})', code)
    if m:
        q, y = int(m.group(1)), int(m.group(2)); mo = 3 * q
        return f'{y}-{mo-2:02d}-01', f'{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}'
    m = re.fullmatch(r'm(\d{1,2})-(\d{4})', code)
    if m:
        n, y = int(m.group(1)), int(m.group(2))
        return f'{y}-01-01', f'{y}-{n:02d}-{calendar.monthrange(y, n)[1]:02d}'
    m = re.fullmatch(r'mo(\d{4})-(\d{2})', code)
    if m:
        y, n = int(m.group(1)), int(m.group(2))
        return f'{y}-{n:02d}-01', f'{y}-{n:02d}-{calendar.monthrange(y, n)[1]:02d}'
    m = re.fullmatch(r't(\d{4})-(\d{4})', code)
    if m:
        return f'{m.group(1)}-01-01', f'{m.group(2)}-12-31'
    m = re.fullmatch(r'sy(\d{4})', code)
    if m:
        y = int(m.group(1)); return f'{y}-09-01', f'{y+1}-08-31'
    raise ValueError(code)


def R(label, indicator, status='actual', bound='exact', per=None, scope=None, reg=None, val=None, note=None):
    return dict(label=label, indicator=indicator, status=status, bound=bound, per=per, scope=scope,
                reg=reg, val=val, note=note)


MARK = re.compile(r'\[\[(.+?)\|(\w+)\]\]')


def sentence_of(text, s, e):
    a = 0
    for m in re.finditer(r'(?<=[.!?:])\s+|\n+', text[:s]):
        a = m.end()
    m = re.compile(r'[.!?](?=\s|$)|\n').search(text, e)
    b = m.end() if m else len(text)
    return text[a:b].strip()


def build(art):
    raw = art['text'].strip('\n')
    spans = {}
    out, pos, last = [], 0, 0
    for m in MARK.finditer(raw):
        out.append(raw[last:m.start()])
        pos += m.start() - last
        span, label = m.group(1), m.group(2)
        assert label not in spans, (art['id'], 'label reused', label)
        spans[label] = (pos, pos + len(span), span)
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(raw[last:])
    text = ''.join(out)
    assert '[[' not in text and ']]' not in text, art['id']
    pub = art['published']
    gold = []
    used = set()
    for r in art['recs']:
        lab = r['label']
        assert lab in spans, (art['id'], 'no span', lab)
        assert lab not in used, (art['id'], 'dup', lab)
        used.add(lab)
        s, e, span = spans[lab]
        assert text[s:e] == span
        if s > 0:
            assert not text[s - 1].isalnum(), (art['id'], lab, 'glued before')
        if e < len(text):
            assert not text[e].isalnum(), (art['id'], lab, 'glued after')
        ind = r['indicator']
        assert ind in UNITS, ind
        unit = 'percent' if r['status'] == 'attainment' else UNITS[ind]
        assert (unit == 'percent') == span.endswith('%'), (art['id'], lab, 'percent mismatch')
        assert r['status'] in ('actual', 'target', 'attainment')
        assert r['bound'] in ('exact', 'over', 'under', 'about')
        parsed = parse_value(span)
        if r['val'] is not None:
            val = Decimal(str(r['val']))
        else:
            assert parsed is not None, (art['id'], lab, span, 'needs explicit value')
            val = parsed
        pc = r['per'] if r['per'] is not None else art['per']
        if pc == 'none':
            pc = None
        if ind.endswith('_total') and r['status'] == 'actual':
            assert pc == 'pub', (art['id'], lab, 'stock must be dated at publication')
        ps, pe = period(pc, pub)
        if pub is None and pc == 'pub':
            ps = pe = None
        region = r['reg'] or art['region']
        rec = dict(doc_id=art['id'], indicator=ind, value=num(val), unit=unit, status=r['status'],
                   bound=r['bound'], region=region, region_2025=REGION_2025[region], scope=r['scope'] or art.get('scope'),
                   period_start=ps, period_end=pe, evidence_text=span,
                   evidence=dict(sentence=sentence_of(text, s, e), start=s, end=e))
        if r['note']:
            rec['note'] = r['note']
        gold.append(rec)
    unused = set(spans) - used
    assert not unused, (art['id'], 'unused labels', unused)
    gold.sort(key=lambda g: g['evidence']['start'])
    return dict(id=art['id'], url=art['url'], published=pub, title=None, text=text, gold=gold)
