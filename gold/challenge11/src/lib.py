"""Builder helpers for gold/challenge11 (written for this set; imports nothing of other sets).

An article is declared with `doc(...)`, its records with `g(...)`.  Each record names its
number by an *anchor*: a piece of the article text with the number wrapped in [[...]].
The anchor (brackets removed) must occur exactly once in the text; the offsets of the
number are computed from it.  Nothing is counted by hand.
"""
import calendar
import datetime as dt
import re
from decimal import Decimal

CODES = {  # indicator -> unit of non-attainment records (shared/spec/indicators.tsv)
    "members_new": "count", "members_total": "count", "members_lost": "count",
    "members_net": "count", "unions_new": "count", "unions_total": "count",
    "unions_dissolved": "count", "unions_net": "count", "party_referrals": "count",
    "party_admitted": "count", "member_records": "count", "women_committees": "count",
    "official_conferences": "count", "worker_conferences": "count",
    "workplace_dialogues": "count", "collective_agreements": "count",
    "legal_consultations": "count", "trainings": "count", "trainees": "count",
    "supervisions": "count", "financial_inspections": "count", "meal_upgrades": "count",
    "beneficiaries": "count", "support_funds": "vnd", "shelter_houses": "count",
    "shelter_funds": "vnd", "welfare_partners": "count", "workers_month_units": "count",
}

# pre-2025 province -> province after the 1 July 2025 merger
_MERGED = {
    "Tuyên Quang": ["Tuyên Quang", "Hà Giang"], "Lào Cai": ["Lào Cai", "Yên Bái"],
    "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"], "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"], "Hưng Yên": ["Hưng Yên", "Thái Bình"],
    "Hải Phòng": ["Hải Phòng", "Hải Dương"], "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Trị", "Quảng Bình"], "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"],
    "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"], "Gia Lai": ["Gia Lai", "Bình Định"],
    "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"], "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Đắk Lắk", "Phú Yên"], "Hồ Chí Minh": ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Đồng Nai": ["Đồng Nai", "Bình Phước"], "Tây Ninh": ["Tây Ninh", "Long An"],
    "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"], "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"], "Cà Mau": ["Cà Mau", "Bạc Liêu"],
    "An Giang": ["An Giang", "Kiên Giang"],
}
REG2025 = {old: new for new, olds in _MERGED.items() for old in olds}
for _p in ["Hà Nội", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
           "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Việt Nam"]:
    REG2025[_p] = _p
REG2025["Thừa Thiên Huế"] = "Huế"
assert len(REG2025) == 63 + 1, len(REG2025)

# ------------------------------------------------------------------ numbers
WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "lăm": 5, "sáu": 6,
         "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULT = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 1000, "ngàn": 1000}


def parse_span(span):
    """Value of an evidence span, as Decimal."""
    s = span.strip()
    pct = s.endswith("%")
    if pct:
        s = s[:-1]
    m = re.fullmatch(r"([\d.]+)/([\d.]+)", s)             # `412/412 CĐCS` -> 412 (records.md `03/03`)
    if m and m.group(1) == m.group(2):
        return _num(m.group(1))
    low = s.lower()
    if low in WORDS:
        return Decimal(WORDS[low])
    m = re.fullmatch(r"mười\s+(\w+)", low)
    if m and m.group(1) in WORDS:
        return Decimal(10 + WORDS[m.group(1)])
    # `N tỷ M triệu`
    m = re.fullmatch(r"([\d.,]+)\s+(tỷ|tỉ)\s+([\d.,]+)\s+triệu", s)
    if m:
        return _num(m.group(1)) * 10**9 + _num(m.group(3)) * 10**6
    m = re.fullmatch(r"([\dl.,\s]+?)\s*(tỷ|tỉ|triệu|nghìn|ngàn)?", s)
    if not m:
        raise ValueError("cannot parse span %r" % span)
    v = _num(m.group(1))
    if m.group(2):
        v *= MULT[m.group(2)]
    return v


def _num(s):
    s = s.replace("l", "1").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):           # 1.482 / 271.548
        return Decimal(s.replace(".", ""))
    if re.fullmatch(r"\d+(,\d+)?", s):                 # 96,4 / 117,7
        return Decimal(s.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+,\d+", s):       # 1.234,5
        return Decimal(s.replace(".", "").replace(",", "."))
    raise ValueError("cannot parse number %r" % s)


def clean(v):
    v = Decimal(v)
    return int(v) if v == v.to_integral_value() else float(v)


# ------------------------------------------------------------------ periods
def _last(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def period(code, pub):
    """Short period codes -> (start, end) ISO strings."""
    if code == "null":
        return None, None
    if code == "pub":
        return (pub, pub) if pub else (None, None)
    m = re.fullmatch(r"y(\d{4})", code)
    if m:
        y = int(m.group(1)); return f"{y}-01-01", f"{y}-12-31"
    m = re.fullmatch(r"h([12])-(\d{4})", code)
    if m:
        y = int(m.group(2))
        return (f"{y}-01-01", f"{y}-06-30") if m.group(1) == "1" else (f"{y}-07-01", f"{y}-12-31")
    m = re.fullmatch(r"q([1-4])-(\d{4})", code)
    if m:
        q, y = int(m.group(1)), int(m.group(2))
        return dt.date(y, 3 * q - 2, 1).isoformat(), _last(y, 3 * q).isoformat()
    m = re.fullmatch(r"m(\d{1,2})-(\d{4})", code)            # first N months
    if m:
        n, y = int(m.group(1)), int(m.group(2))
        return f"{y}-01-01", _last(y, n).isoformat()
    m = re.fullmatch(r"mo(\d{4})-(\d{2})", code)              # one month
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return dt.date(y, mo, 1).isoformat(), _last(y, mo).isoformat()
    m = re.fullmatch(r"t(\d{4})-(\d{4})", code)               # term / stage, full years
    if m:
        return f"{m.group(1)}-01-01", f"{m.group(2)}-12-31"
    m = re.fullmatch(r"sy(\d{4})-(\d{4})", code)              # school year
    if m:
        return f"{m.group(1)}-09-01", f"{m.group(2)}-08-31"
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}|pub)\.\.(\d{4}-\d{2}-\d{2}|pub)", code)
    if m:
        a, b = m.group(1), m.group(2)
        return (pub if a == "pub" else a), (pub if b == "pub" else b)
    raise ValueError("bad period code %r" % code)


# ------------------------------------------------------------------ sentences
_SENT_END = re.compile(r"([.!?…][\"”’)]?)(\s+)(?=[\"“(\-–•]?\s*[A-ZĐÀ-Ỹ0-9])")
_NO_CUT = ("TP.", "Th.S.", "ThS.", "TS.", "PGS.", "St.")


def sentence_bounds(text, start, end):
    """The sentence around [start, end): cut at line breaks and after . ! ? … before a capital."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    s0, s1 = 0, len(line)
    for m in _SENT_END.finditer(line):
        if any(line[:m.start(1) + 1].endswith(x) for x in _NO_CUT):
            continue
        if m.end() <= start - ls:
            s0 = m.end()
        elif m.start(2) >= end - ls:
            s1 = m.start(2)
            break
    return ls + s0, ls + s1


# ------------------------------------------------------------------ records
ARTICLES = []
STATUS = {"A": "actual", "T": "target", "P": "attainment"}
BOUND = {"e": "exact", "o": "over", "u": "under", "a": "about"}


def g(anchor, ind, per, st="A", b="e", v=None, reg=None, sc=None, n=None):
    return dict(anchor=anchor, ind=ind, per=per, st=st, b=b, v=v, reg=reg, sc=sc, n=n)


def doc(did, url, published, text, region, recs, about=""):
    text = text.strip("\n")
    if "[[" in text or "]]" in text:
        raise ValueError(f"{did}: brackets in text")
    used = set()
    gold = []
    for rec in recs:
        a = rec["anchor"]
        if a.count("[[") != 1 or a.count("]]") != 1:
            raise ValueError(f"{did}: anchor needs one [[...]]: {a!r}")
        pre, rest = a.split("[[")
        span, post = rest.split("]]")
        plain = pre + span + post
        hits = [m.start() for m in re.finditer(re.escape(plain), text)]
        if len(hits) != 1:
            raise ValueError(f"{did}: anchor {plain!r} occurs {len(hits)} times")
        start = hits[0] + len(pre)
        end = start + len(span)
        assert text[start:end] == span
        if (start, end) in used:
            raise ValueError(f"{did}: span used twice {span!r}")
        used.add((start, end))
        # glued spans
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            raise ValueError(f"{did}: span glued on the left {plain!r}")
        if end < len(text) and (text[end].isalnum() or (text[end] in ".," and end + 1 < len(text) and text[end + 1].isdigit())):
            raise ValueError(f"{did}: span glued on the right {plain!r}")
        ind = rec["ind"]
        if ind not in CODES:
            raise ValueError(f"{did}: bad code {ind}")
        status = STATUS[rec["st"]]
        unit = "percent" if status == "attainment" else CODES[ind]
        if span.endswith("%") != (unit == "percent"):
            raise ValueError(f"{did}: % span vs unit {plain!r}")
        parsed = parse_span(span)
        if rec["v"] is not None:
            val = Decimal(str(rec["v"]))
            if val != parsed and not (status == "attainment" and val == parsed + 100
                                      and "vượt" in text[max(0, start - 12):start]):
                raise ValueError(f"{did}: value {val} != parsed {parsed} for {plain!r}")
        else:
            val = parsed
        rreg = rec["reg"] or region
        if rreg not in REG2025:
            raise ValueError(f"{did}: unknown region {rreg}")
        ps, pe = period(rec["per"], published)
        s0, s1 = sentence_bounds(text, start, end)
        out = {
            "doc_id": did, "indicator": ind, "value": clean(val), "unit": unit,
            "status": status, "bound": BOUND[rec["b"]], "region": rreg,
            "region_2025": REG2025[rreg], "scope": rec["sc"],
            "period_start": ps, "period_end": pe, "evidence_text": span,
            "evidence": {"sentence": text[s0:s1], "start": start, "end": end},
        }
        if rec["n"]:
            out["note"] = rec["n"]
        gold.append(out)
    gold.sort(key=lambda r: r["evidence"]["start"])
    ARTICLES.append({"id": did, "url": url, "published": published, "title": None,
                     "text": text, "gold": gold, "_region": region, "_about": about})
