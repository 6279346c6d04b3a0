"""Builder helpers for gold/challenge10 (written for this set; imports nothing from
other gold folders).

Each article is declared with A(id, url, published, text, region, recs) and each record
with R(indicator, evidence, anchor, value, ...).  The evidence offsets are computed from
the anchor: the anchor must occur exactly once in the text, and the evidence must occur
inside the anchor (the k-th time, default the first) as a whole number.  Nothing is
counted by hand."""
import calendar
import datetime
import json
import re

CODES = {
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

# 63 pre-merger provinces -> the 34 units of 1 July 2025 (written from the
# National Assembly resolution of 12 June 2025; checked independently by validate.py
# against underthesea's offline mapping).
_MERGE = {
    "Tuyên Quang": ["Tuyên Quang", "Hà Giang"],
    "Lào Cai": ["Lào Cai", "Yên Bái"],
    "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"],
    "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"],
    "Hưng Yên": ["Hưng Yên", "Thái Bình"],
    "Hải Phòng": ["Hải Phòng", "Hải Dương"],
    "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Trị", "Quảng Bình"],
    "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"],
    "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"],
    "Gia Lai": ["Gia Lai", "Bình Định"],
    "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"],
    "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
    "Hồ Chí Minh": ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Đồng Nai": ["Đồng Nai", "Bình Phước"],
    "Tây Ninh": ["Tây Ninh", "Long An"],
    "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"],
    "Cà Mau": ["Cà Mau", "Bạc Liêu"],
    "An Giang": ["An Giang", "Kiên Giang"],
}
_SAME = ["Hà Nội", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
         "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"]
R2025 = {p: p for p in _SAME}
R2025["Thừa Thiên Huế"] = "Huế"
for new, olds in _MERGE.items():
    for o in olds:
        R2025[o] = new
R2025["Việt Nam"] = "Việt Nam"
assert len(R2025) == 64, len(R2025)


# ---------------------------------------------------------------- periods
def Y(y):
    return (f"{y}-01-01", f"{y}-12-31")


def YY(a, b):
    return (f"{a}-01-01", f"{b}-12-31")


def H1(y):
    return (f"{y}-01-01", f"{y}-06-30")


def H2(y):
    return (f"{y}-07-01", f"{y}-12-31")


def Q(q, y):
    m0 = 3 * (q - 1) + 1
    m1 = m0 + 2
    return (f"{y}-{m0:02d}-01", f"{y}-{m1:02d}-{calendar.monthrange(y, m1)[1]:02d}")


def M(m, y):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def FIRSTN(n, y):
    """the first n months of year y"""
    return (f"{y}-01-01", f"{y}-{n:02d}-{calendar.monthrange(y, n)[1]:02d}")


def SCHOOL(a):
    return (f"{a}-09-01", f"{a + 1}-08-31")


def SPAN(a, b):
    return (a, b)


PUB = "pub"      # the publication date (or null..null without one)
NULL = (None, None)


# ---------------------------------------------------------------- numbers
_MULT = {"tỷ": 10 ** 9, "tỉ": 10 ** 9, "triệu": 10 ** 6, "nghìn": 10 ** 3, "ngàn": 10 ** 3}
_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
          "tám": 8, "chín": 9, "mười": 10}


def parse(ev, plus100=False):
    s = ev.strip()
    low = s.lower()
    if low in _WORDS:
        return _WORDS[low]
    m = re.fullmatch(r"(\d+)/(\d+)", s)
    if m:
        return int(m.group(1))
    pct = s.endswith("%")
    if pct:
        s = s[:-1]
    mult = 1
    parts = s.split(" ")
    if len(parts) == 2 and parts[1] in _MULT:
        mult = _MULT[parts[1]]
        s = parts[0]
    elif len(parts) != 1:
        raise ValueError(ev)
    s = s.replace("l.", "1.")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        v = int(s.replace(".", ""))
    elif re.fullmatch(r"\d+,\d+", s):
        v = float(s.replace(",", "."))
    elif re.fullmatch(r"\d+", s):
        v = int(s)
    else:
        raise ValueError(ev)
    v = v * mult
    if isinstance(v, float):
        v = round(v, 6)
        if v == int(v):
            v = int(v)
    if pct and plus100:
        v = round(100 + v, 6)
        if v == int(v):
            v = int(v)
    return v


# ---------------------------------------------------------------- sentences
def sentence_bounds(text, a, b):
    """The sentence around text[a:b]: cut at newlines and at . ! ? ; followed by a
    space (a dot inside 1.234 is not followed by a space)."""
    lo = text.rfind("\n", 0, a) + 1
    hi = text.find("\n", b)
    if hi < 0:
        hi = len(text)
    line = text[lo:hi]
    cuts = [0]
    for m in re.finditer(r"[.!?](?= )", line):
        cuts.append(m.end())
    cuts.append(len(line))
    rel = a - lo
    s0 = max(c for c in cuts if c <= rel)
    s1 = min(c for c in cuts if c >= (b - lo))
    # the sentence ends after the punctuation that closes it
    sent_lo = lo + s0
    sent_hi = lo + s1
    seg = text[sent_lo:sent_hi]
    lead = len(seg) - len(seg.lstrip())
    return text[sent_lo + lead:sent_hi].rstrip()


# ---------------------------------------------------------------- records
def R(ind, ev, anchor, value, st="actual", bd="exact", per=PUB, sc=None, reg=None,
      note=None, k=1, plus100=False, exempt=False):
    return dict(ind=ind, ev=ev, anchor=anchor, value=value, st=st, bd=bd, per=per,
                sc=sc, reg=reg, note=note, k=k, plus100=plus100, exempt=exempt)


def _whole(text, a, b):
    """the span text[a:b] is not glued to more digits / number punctuation"""
    if a > 0 and (text[a - 1].isdigit() or (text[a - 1] in ".,/" and a > 1 and text[a - 2].isdigit())):
        return False
    if b < len(text) and text[b].isdigit():
        return False
    if b + 1 < len(text) and text[b] in ".,/" and text[b + 1].isdigit():
        return False
    if text[a].isalpha() and a > 0 and text[a - 1].isalpha():
        return False
    if text[b - 1].isalpha() and b < len(text) and text[b].isalpha():
        return False
    return True


ARTICLES = []


def A(aid, url, published, text, region, recs):
    text = text.strip("\n")
    out = []
    for r in recs:
        ind = r["ind"]
        assert ind in CODES, (aid, ind)
        assert r["st"] in ("actual", "target", "attainment"), (aid, r)
        assert r["bd"] in ("exact", "over", "under", "about"), (aid, r)
        unit = "percent" if r["st"] == "attainment" else CODES[ind]
        anc = r["anchor"]
        n = text.count(anc)
        assert n == 1, (aid, "anchor count", n, anc)
        base = text.index(anc)
        pos, seen = -1, 0
        i = 0
        while True:
            j = anc.find(r["ev"], i)
            assert j >= 0, (aid, "evidence not in anchor", r["ev"], anc)
            if _whole(text, base + j, base + j + len(r["ev"])):
                seen += 1
                if seen == r["k"]:
                    pos = j
                    break
            i = j + 1
        a = base + pos
        b = a + len(r["ev"])
        assert text[a:b] == r["ev"]
        if not r["exempt"]:
            pv = parse(r["ev"], plus100=r["plus100"])
            assert pv == r["value"], (aid, r["ev"], pv, r["value"])
        if unit == "percent":
            assert r["ev"].endswith("%"), (aid, r["ev"])
        reg = r["reg"] or region
        assert reg in R2025, (aid, reg)
        per = r["per"]
        if per == PUB:
            per = (published, published) if published else NULL
        ps, pe = per
        for d in (ps, pe):
            if d is not None:
                datetime.date.fromisoformat(d)
        out.append({
            "doc_id": aid, "indicator": ind, "value": r["value"], "unit": unit,
            "status": r["st"], "bound": r["bd"], "region": reg,
            "region_2025": R2025[reg], "scope": r["sc"],
            "period_start": ps, "period_end": pe,
            "evidence_text": r["ev"],
            "evidence": {"sentence": sentence_bounds(text, a, b), "start": a, "end": b},
            "note": r["note"],
        })
    # one span, one record
    spans = [(g["evidence"]["start"], g["evidence"]["end"]) for g in out]
    assert len(spans) == len(set(spans)), (aid, "span used twice")
    out.sort(key=lambda g: g["evidence"]["start"])
    ARTICLES.append({"id": aid, "url": url, "published": published, "title": None,
                     "text": text, "gold": out})


def write(path):
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids))
    with open(path, "w", encoding="utf-8") as f:
        for a in sorted(ARTICLES, key=lambda a: a["id"]):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
