"""Builder for gold/challenge12.

An article is written with its gold numbers marked inline as [[span|label]];
the markers are stripped from the text and the offsets are computed from the
stripped text.  Records refer to the labels.
"""
import calendar
from decimal import Decimal
import re

R2025 = {
    "An Giang": "An Giang", "Bà Rịa - Vũng Tàu": "Hồ Chí Minh", "Bạc Liêu": "Cà Mau",
    "Bắc Giang": "Bắc Ninh", "Bắc Kạn": "Thái Nguyên", "Bắc Ninh": "Bắc Ninh",
    "Bến Tre": "Vĩnh Long", "Bình Dương": "Hồ Chí Minh", "Bình Định": "Gia Lai",
    "Bình Phước": "Đồng Nai", "Bình Thuận": "Lâm Đồng", "Cà Mau": "Cà Mau",
    "Cao Bằng": "Cao Bằng", "Cần Thơ": "Cần Thơ", "Đà Nẵng": "Đà Nẵng",
    "Đắk Lắk": "Đắk Lắk", "Đắk Nông": "Lâm Đồng", "Điện Biên": "Điện Biên",
    "Đồng Nai": "Đồng Nai", "Đồng Tháp": "Đồng Tháp", "Gia Lai": "Gia Lai",
    "Hà Giang": "Tuyên Quang", "Hà Nam": "Ninh Bình", "Hà Nội": "Hà Nội",
    "Hà Tĩnh": "Hà Tĩnh", "Hải Dương": "Hải Phòng", "Hải Phòng": "Hải Phòng",
    "Hậu Giang": "Cần Thơ", "Hòa Bình": "Phú Thọ", "Hồ Chí Minh": "Hồ Chí Minh",
    "Hưng Yên": "Hưng Yên", "Khánh Hòa": "Khánh Hòa", "Kiên Giang": "An Giang",
    "Kon Tum": "Quảng Ngãi", "Lai Châu": "Lai Châu", "Lâm Đồng": "Lâm Đồng",
    "Lạng Sơn": "Lạng Sơn", "Lào Cai": "Lào Cai", "Long An": "Tây Ninh",
    "Nam Định": "Ninh Bình", "Nghệ An": "Nghệ An", "Ninh Bình": "Ninh Bình",
    "Ninh Thuận": "Khánh Hòa", "Phú Thọ": "Phú Thọ", "Phú Yên": "Đắk Lắk",
    "Quảng Bình": "Quảng Trị", "Quảng Nam": "Đà Nẵng", "Quảng Ngãi": "Quảng Ngãi",
    "Quảng Ninh": "Quảng Ninh", "Quảng Trị": "Quảng Trị", "Sóc Trăng": "Cần Thơ",
    "Sơn La": "Sơn La", "Tây Ninh": "Tây Ninh", "Thái Bình": "Hưng Yên",
    "Thái Nguyên": "Thái Nguyên", "Thanh Hóa": "Thanh Hóa", "Thừa Thiên Huế": "Huế",
    "Tiền Giang": "Đồng Tháp", "Trà Vinh": "Vĩnh Long", "Tuyên Quang": "Tuyên Quang",
    "Vĩnh Long": "Vĩnh Long", "Vĩnh Phúc": "Phú Thọ", "Yên Bái": "Lào Cai",
    "Việt Nam": "Việt Nam",
}

UNITS = {}
with open(__file__.rsplit("/", 1)[0] + "/../../../../shared/spec/indicators.tsv", encoding="utf-8") as f:
    next(f)
    for line in f:
        c, u = line.split("\t")[:2]
        UNITS[c] = u

MARK = re.compile(r"\[\[(.+?)\|(\w+)\]\]")
DOCS = []

MULT = {"nghìn": 1e3, "ngàn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}


def parse_value(s):
    """Resolve a Vietnamese number span: 4.200, 1,2 nghìn, 6 tỷ 500 triệu, 96,4 tỷ, 65%, 03/03."""
    s = s.strip().rstrip("%").strip()
    if re.fullmatch(r"\d+/\d+", s):
        a, b = s.split("/")
        return float(a)
    s = s.replace("l.", "1.")
    total = Decimal(0)
    for num, mult in re.findall(r"([\d.,]+)\s*(nghìn|ngàn|triệu|tỷ|tỉ)?", s):
        if not num.strip(".,"):
            continue
        n = Decimal(num.replace(".", "").replace(",", "."))
        total += n * Decimal(int(MULT.get(mult, 1)))
    return float(total)


def _iso(y, m, d):
    return f"{y:04d}-{m:02d}-{d:02d}"


def _end(y, m):
    return _iso(y, m, calendar.monthrange(y, m)[1])


def period(code, pub):
    if code is None:
        return None, None
    if code == "pub":
        return (pub, pub) if pub else (None, None)
    if ".." in code:
        a, b = code.split("..")
        return (pub if a == "pub" else a), (pub if b == "pub" else b)
    m = re.fullmatch(r"y(\d{4})", code)
    if m:
        y = int(m[1]); return _iso(y, 1, 1), _iso(y, 12, 31)
    m = re.fullmatch(r"h([12])-(\d{4})", code)
    if m:
        y = int(m[2]); return (_iso(y, 1, 1), _iso(y, 6, 30)) if m[1] == "1" else (_iso(y, 7, 1), _iso(y, 12, 31))
    m = re.fullmatch(r"q([1-4])-(\d{4})", code)
    if m:
        q, y = int(m[1]), int(m[2]); return _iso(y, 3 * q - 2, 1), _end(y, 3 * q)
    m = re.fullmatch(r"m(\d+)-(\d{4})", code)          # first N months
    if m:
        n, y = int(m[1]), int(m[2]); return _iso(y, 1, 1), _end(y, n)
    m = re.fullmatch(r"mo(\d{4})-(\d{2})", code)        # one month
    if m:
        y, mm = int(m[1]), int(m[2]); return _iso(y, mm, 1), _end(y, mm)
    m = re.fullmatch(r"t(\d{4})-(\d{4})", code)         # term
    if m:
        return _iso(int(m[1]), 1, 1), _iso(int(m[2]), 12, 31)
    m = re.fullmatch(r"sy(\d{4})-(\d{4})", code)        # school year
    if m:
        return _iso(int(m[1]), 9, 1), _iso(int(m[2]), 8, 31)
    raise ValueError(code)


def sentence_of(text, start, end):
    a = start
    while a > 0:
        c = text[a - 1]
        if c == "\n":
            break
        if c in ".!?" and a < len(text) and text[a].isspace():
            break
        a -= 1
    b = end
    while b < len(text):
        c = text[b]
        if c == "\n":
            break
        if c in ".!?" and (b + 1 == len(text) or text[b + 1].isspace()):
            b += 1
            break
        b += 1
    return text[a:b].strip()


def r(label, ind, per, st="actual", b="exact", reg=None, sc=None, v=None, n=None):
    return dict(label=label, ind=ind, per=per, st=st, b=b, reg=reg, sc=sc, v=v, n=n)


def doc(id, url, published, region, marked, recs):
    spans = {}
    out = []
    pos = 0
    plain = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        plain += m.start() - pos
        span, lab = m[1], m[2]
        assert lab not in spans, (id, lab)
        spans[lab] = (plain, plain + len(span), span)
        out.append(span)
        plain += len(span)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, id
    gold = []
    used = set()
    for rec in recs:
        lab = rec["label"]
        assert lab in spans, (id, lab)
        assert lab not in used, (id, lab)
        used.add(lab)
        s, e, span = spans[lab]
        assert text[s:e] == span
        assert not (s > 0 and text[s - 1].isalnum()), (id, lab, "glued left")
        assert not (e < len(text) and text[e].isalnum()), (id, lab, "glued right")
        unit = UNITS[rec["ind"]]
        if rec["st"] == "attainment":
            unit = "percent"
        if span.endswith("%"):
            assert unit == "percent", (id, lab)
        val = rec["v"] if rec["v"] is not None else parse_value(span)
        if rec["v"] is not None and re.search(r"\d", span) and rec["st"] != "attainment":
            assert abs(parse_value(span) - rec["v"]) < 1e-6, (id, lab, span, rec["v"])
        if val == int(val):
            val = int(val)
        reg = rec["reg"] or region
        assert reg in R2025, (id, reg)
        ps, pe = period(rec["per"], published)
        g = {
            "doc_id": id, "indicator": rec["ind"], "value": val, "unit": unit,
            "status": rec["st"], "bound": rec["b"], "region": reg, "region_2025": R2025[reg],
            "scope": rec["sc"], "period_start": ps, "period_end": pe,
            "evidence_text": span,
            "evidence": {"sentence": sentence_of(text, s, e), "start": s, "end": e},
        }
        if rec["n"]:
            g["note"] = rec["n"]
        gold.append(g)
    unused = set(spans) - used
    assert not unused, (id, unused)
    gold.sort(key=lambda g: g["evidence"]["start"])
    DOCS.append({"id": id, "url": url, "published": published, "title": None, "text": text, "gold": gold})
