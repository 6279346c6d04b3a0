"""Builder kit for gold/challenge9 (written from scratch for this set).

Each article module (arts_a.py, arts_b.py, arts_c.py) defines ARTS, a list of
article(...) results.  A record is declared with rec(...): the evidence is
located through an ANCHOR, a string that must occur exactly once in the text
and contain the evidence exactly once, so offsets are always computed, never
counted by hand.  Periods are given with the helpers below; PUB means
"publication date .. publication date" (null .. null without a date).
"""
import datetime, json, os, re, sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "articles.jsonl")

# indicator code -> unit, straight from the spec
CODES = {}
for line in open("/work/shared/spec/indicators.tsv", encoding="utf-8").read().splitlines()[1:]:
    c, u = line.split("\t")[:2]
    CODES[c] = u

# pre-2025 province -> post-merger province (typed from the 2025 resolution; the
# checker compares it with underthesea's mapping.json)
_MERGED = {
    "Tuyên Quang": "Tuyên Quang", "Hà Giang": "Tuyên Quang", "Lào Cai": "Lào Cai", "Yên Bái": "Lào Cai",
    "Thái Nguyên": "Thái Nguyên", "Bắc Kạn": "Thái Nguyên", "Phú Thọ": "Phú Thọ", "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ", "Bắc Ninh": "Bắc Ninh", "Bắc Giang": "Bắc Ninh", "Hưng Yên": "Hưng Yên",
    "Thái Bình": "Hưng Yên", "Hải Phòng": "Hải Phòng", "Hải Dương": "Hải Phòng", "Ninh Bình": "Ninh Bình",
    "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình", "Quảng Trị": "Quảng Trị", "Quảng Bình": "Quảng Trị",
    "Đà Nẵng": "Đà Nẵng", "Quảng Nam": "Đà Nẵng", "Quảng Ngãi": "Quảng Ngãi", "Kon Tum": "Quảng Ngãi",
    "Gia Lai": "Gia Lai", "Bình Định": "Gia Lai", "Khánh Hòa": "Khánh Hòa", "Ninh Thuận": "Khánh Hòa",
    "Lâm Đồng": "Lâm Đồng", "Đắk Nông": "Lâm Đồng", "Bình Thuận": "Lâm Đồng", "Đắk Lắk": "Đắk Lắk",
    "Phú Yên": "Đắk Lắk", "Hồ Chí Minh": "Hồ Chí Minh", "Bình Dương": "Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh", "Đồng Nai": "Đồng Nai", "Bình Phước": "Đồng Nai",
    "Tây Ninh": "Tây Ninh", "Long An": "Tây Ninh", "Cần Thơ": "Cần Thơ", "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ", "Vĩnh Long": "Vĩnh Long", "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long",
    "Đồng Tháp": "Đồng Tháp", "Tiền Giang": "Đồng Tháp", "Cà Mau": "Cà Mau", "Bạc Liêu": "Cà Mau",
    "An Giang": "An Giang", "Kiên Giang": "An Giang", "Thừa Thiên Huế": "Huế", "Hà Nội": "Hà Nội",
    "Lai Châu": "Lai Châu", "Điện Biên": "Điện Biên", "Sơn La": "Sơn La", "Lạng Sơn": "Lạng Sơn",
    "Quảng Ninh": "Quảng Ninh", "Thanh Hóa": "Thanh Hóa", "Nghệ An": "Nghệ An", "Hà Tĩnh": "Hà Tĩnh",
    "Cao Bằng": "Cao Bằng", "Việt Nam": "Việt Nam",
}
R2025 = dict(_MERGED)

# ---------------------------------------------------------------- periods
PUB = "PUB"

def Y(y):
    return (f"{y}-01-01", f"{y}-12-31")

def H1(y):
    return (f"{y}-01-01", f"{y}-06-30")

def H2(y):
    return (f"{y}-07-01", f"{y}-12-31")

def _last(y, m):
    return (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).isoformat()

def FIRST(y, n):
    """the first n months of year y"""
    return (f"{y}-01-01", _last(y, n))

def MONTH(y, m):
    return (f"{y}-{m:02d}-01", _last(y, m))

def Q(y, q):
    return (f"{y}-{3 * q - 2:02d}-01", _last(y, 3 * q))

def TERM(a, b):
    return (f"{a}-01-01", f"{b}-12-31")

def SPAN(a, b):
    return (a, b)

# ---------------------------------------------------------------- date lines
_DOW = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

def dow(iso):
    """'Thứ Tư, 08/01/2025' for 2025-01-08 (weekday computed, never typed)"""
    d = datetime.date.fromisoformat(iso)
    return f"{_DOW[d.weekday()]}, {d:%d/%m/%Y}"

# ---------------------------------------------------------------- sentences
_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ0-9\"“(])")

def sentence(text, a, b):
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", b)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    pos = 0
    for part in _SPLIT.split(line):
        st = line.find(part, pos)
        en = st + len(part)
        if st <= a - ls and b - ls <= en:
            return part.strip()
        pos = en
    return line.strip()

# ---------------------------------------------------------------- records
def rec(ind, ev, val, anchor, per, status="actual", bound="exact", scope=None, region=None, note=None):
    return dict(ind=ind, ev=ev, val=val, anchor=anchor, per=per, status=status, bound=bound,
                scope=scope, region=region, note=note)

def article(aid, url, published, text, region, recs):
    text = text.strip("\n")
    if published is not None:
        datetime.date.fromisoformat(published)
    gold = []
    for r in recs:
        ind = r["ind"]
        assert ind in CODES, (aid, ind)
        assert r["status"] in ("actual", "target", "attainment"), (aid, r)
        assert r["bound"] in ("exact", "over", "under", "about"), (aid, r)
        anc, ev = r["anchor"], r["ev"]
        n = text.count(anc)
        assert n == 1, f"{aid}: anchor {anc!r} occurs {n} times"
        assert anc.count(ev) == 1, f"{aid}: evidence {ev!r} occurs {anc.count(ev)} times in anchor {anc!r}"
        a = text.index(anc) + anc.index(ev)
        b = a + len(ev)
        assert text[a:b] == ev
        per = r["per"]
        if per == PUB:
            ps = pe = published
        else:
            ps, pe = per
        for d in (ps, pe):
            if d is not None:
                datetime.date.fromisoformat(d)
        if ps is not None and pe is not None:
            assert ps <= pe, (aid, ps, pe)
        reg = r["region"] or region
        assert reg in R2025, (aid, reg)
        unit = "percent" if r["status"] == "attainment" else CODES[ind]
        val = r["val"]
        if isinstance(val, float) and val.is_integer():
            val = int(val)
        g = {"doc_id": aid, "indicator": ind, "value": val, "unit": unit, "status": r["status"],
             "bound": r["bound"], "region": reg, "region_2025": R2025[reg], "scope": r["scope"],
             "period_start": ps, "period_end": pe, "evidence_text": ev,
             "evidence": {"sentence": sentence(text, a, b), "start": a, "end": b}}
        if r["note"]:
            g["note"] = r["note"]
        gold.append(g)
    gold.sort(key=lambda g: g["evidence"]["start"])
    starts = [g["evidence"]["start"] for g in gold]
    assert len(starts) == len(set(starts)), f"{aid}: a span is used twice"
    return {"id": aid, "url": url, "published": published, "title": None, "text": text, "gold": gold}

def write(arts):
    with open(OUT, "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles, {sum(len(a['gold']) for a in arts)} records -> {OUT}")
