"""Independent check of gold/challenge4/articles.jsonl (does not use mylib or the
challenge2 lib). Prints errors, then (with -v) every number of every text that is
NOT gold, so the deliberate non-records can be reviewed by eye."""
import json, os, re, sys, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = os.path.join(os.path.dirname(HERE), "articles.jsonl")
UNITS = {}
for line in open("/work/shared/spec/indicators.tsv", encoding="utf-8").read().splitlines()[1:]:
    c, u = line.split("\t")[:2]
    UNITS[c] = u

# 63 provinces before the 1 July 2025 merger -> the 34 after it (Resolution 202/2025/QH15)
MERGE = """Hà Nội>Hà Nội|Thừa Thiên Huế>Huế|Lai Châu>Lai Châu|Điện Biên>Điện Biên|Sơn La>Sơn La|Lạng Sơn>Lạng Sơn
Quảng Ninh>Quảng Ninh|Thanh Hóa>Thanh Hóa|Nghệ An>Nghệ An|Hà Tĩnh>Hà Tĩnh|Cao Bằng>Cao Bằng
Tuyên Quang>Tuyên Quang|Hà Giang>Tuyên Quang|Lào Cai>Lào Cai|Yên Bái>Lào Cai|Thái Nguyên>Thái Nguyên|Bắc Kạn>Thái Nguyên
Phú Thọ>Phú Thọ|Vĩnh Phúc>Phú Thọ|Hòa Bình>Phú Thọ|Bắc Ninh>Bắc Ninh|Bắc Giang>Bắc Ninh|Hưng Yên>Hưng Yên|Thái Bình>Hưng Yên
Hải Phòng>Hải Phòng|Hải Dương>Hải Phòng|Ninh Bình>Ninh Bình|Hà Nam>Ninh Bình|Nam Định>Ninh Bình
Quảng Trị>Quảng Trị|Quảng Bình>Quảng Trị|Đà Nẵng>Đà Nẵng|Quảng Nam>Đà Nẵng|Quảng Ngãi>Quảng Ngãi|Kon Tum>Quảng Ngãi
Gia Lai>Gia Lai|Bình Định>Gia Lai|Khánh Hòa>Khánh Hòa|Ninh Thuận>Khánh Hòa|Lâm Đồng>Lâm Đồng|Đắk Nông>Lâm Đồng|Bình Thuận>Lâm Đồng
Đắk Lắk>Đắk Lắk|Phú Yên>Đắk Lắk|Hồ Chí Minh>Hồ Chí Minh|Bình Dương>Hồ Chí Minh|Bà Rịa - Vũng Tàu>Hồ Chí Minh
Đồng Nai>Đồng Nai|Bình Phước>Đồng Nai|Tây Ninh>Tây Ninh|Long An>Tây Ninh|Cần Thơ>Cần Thơ|Sóc Trăng>Cần Thơ|Hậu Giang>Cần Thơ
Vĩnh Long>Vĩnh Long|Bến Tre>Vĩnh Long|Trà Vinh>Vĩnh Long|Đồng Tháp>Đồng Tháp|Tiền Giang>Đồng Tháp|Cà Mau>Cà Mau|Bạc Liêu>Cà Mau
An Giang>An Giang|Kiên Giang>An Giang|Việt Nam>Việt Nam"""
R25 = dict(p.split(">") for p in re.split(r"[|\n]", MERGE))
assert len(R25) == 64 and len(set(R25.values())) == 35, (len(R25), len(set(R25.values())))

FIELDS = {"doc_id", "indicator", "value", "unit", "status", "bound", "region", "region_2025", "scope",
          "period_start", "period_end", "evidence_text", "evidence"}
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULT = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3}


def words(s):
    w = s.lower().split()
    if len(w) == 1: return WORDS.get(w[0])
    if w[0] == "mười" and len(w) == 2: return 10 + WORDS[w[1]]
    if len(w) >= 2 and w[1] == "mươi": return WORDS[w[0]] * 10 + (WORDS[w[2]] if len(w) == 3 else 0)
    return None


def value_of(ev, before):
    s = ev.strip()
    m = re.fullmatch(r"(\d+) tỷ (\d+) triệu", s)
    if m: return int(m[1]) * 10**9 + int(m[2]) * 10**6
    w = words(s)
    if w is not None: return w
    mult = 1
    for k, v in MULT.items():
        if s.endswith(" " + k): s, mult = s[: -len(k) - 1], v
    pct = s.endswith("%"); s = s.rstrip("%")
    if re.fullmatch(r"\d{1,3}(\.\d{1,3})? \d{1,3}", s):      # split digit group '2.3 45'
        return int(s.replace(".", "").replace(" ", ""))
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?", s): return None
    v = float(s.replace(".", "").replace(",", ".")) * mult
    if pct and before.rstrip().lower().endswith("vượt"): v += 100
    return v


def iso(d):
    try: datetime.date.fromisoformat(d); return True
    except Exception: return False


errors = []
def err(aid, msg): errors.append(f"{aid}: {msg}")

arts = [json.loads(l) for l in open(FILE, encoding="utf-8")]
ids = [a["id"] for a in arts]
if ids != [f"f{i:02d}" for i in range(1, 26)]: err("-", f"ids {ids}")
nulls = sum(a["published"] is None for a in arts)
if not 7 <= nulls <= 9: err("-", f"{nulls} null publication dates")
mains = []
for a in arts:
    aid, t, pub = a["id"], a["text"], a["published"]
    if set(a) != {"id", "url", "published", "title", "text", "gold"}: err(aid, f"keys {sorted(a)}")
    if a["title"] is not None: err(aid, "title not null")
    if pub is not None and not (iso(pub) and "2014-01-01" <= pub <= "2026-12-31"): err(aid, f"published {pub}")
    if not a["url"].startswith("http"): err(aid, "url")
    if not 400 <= len(t) <= 1600: err(aid, f"length {len(t)}")
    spans = set()
    regs = collections.Counter()
    for g in a["gold"]:
        ev = g["evidence"]; s, e = ev["start"], ev["end"]; tag = f"{g['indicator']} {g['evidence_text']!r}@{s}"
        if set(g) - {"note"} != FIELDS: err(aid, f"{tag}: fields {sorted(g)}")
        if g["doc_id"] != aid: err(aid, f"{tag}: doc_id")
        if g["indicator"] not in UNITS: err(aid, f"{tag}: code"); continue
        if g["status"] not in ("actual", "target", "attainment"): err(aid, f"{tag}: status")
        if g["bound"] not in ("exact", "over", "under", "about"): err(aid, f"{tag}: bound")
        want = "percent" if g["status"] == "attainment" else UNITS[g["indicator"]]
        if g["unit"] != want: err(aid, f"{tag}: unit {g['unit']} != {want}")
        if g["region"] not in R25 or g["region_2025"] != R25.get(g["region"]): err(aid, f"{tag}: region {g['region']}/{g['region_2025']}")
        regs[g["region"]] += 1
        ps, pe = g["period_start"], g["period_end"]
        if (ps is None) != (pe is None): err(aid, f"{tag}: half-null period")
        if ps is not None and not (iso(ps) and iso(pe) and ps <= pe): err(aid, f"{tag}: period {ps}..{pe}")
        if g["indicator"].endswith("_total") and g["status"] == "actual" and (ps, pe) != (pub, pub):
            err(aid, f"{tag}: stock not dated at publication")
        if t[s:e] != g["evidence_text"]: err(aid, f"{tag}: offsets point at {t[s:e]!r}")
        if ev["sentence"] not in t or g["evidence_text"] not in ev["sentence"]: err(aid, f"{tag}: sentence")
        p, n = (t[s - 1] if s else " "), (t[e] if e < len(t) else " ")
        if p.isalnum() or n.isalnum() or (p in "./,:-" and s > 1 and t[s - 2].isalnum()) or (n in "./,:-" and e + 1 < len(t) and t[e + 1].isdigit() and not (n == "/" and "base" in g.get("note", ""))):
            err(aid, f"{tag}: span glued to its neighbours ({t[max(0, s - 6):e + 6]!r})")
        if (s, e) in spans: err(aid, f"{tag}: span used twice")
        spans.add((s, e))
        v = value_of(g["evidence_text"], t[max(0, s - 12):s])
        if v is None or abs(v - g["value"]) > 1e-6 * max(1, abs(v)): err(aid, f"{tag}: value {g['value']} vs parsed {v}")
        if isinstance(g["value"], float) and g["value"].is_integer(): err(aid, f"{tag}: integral value stored as float")
        if g["unit"] == "count" and not float(g["value"]).is_integer(): err(aid, f"{tag}: fractional count")
        if g["unit"] == "vnd" and g["value"] < 10**6: err(aid, f"{tag}: vnd below a million")
    mains.append(regs.most_common(1)[0][0] if regs else None)
    if "-v" in sys.argv:
        covered = [range(g["evidence"]["start"], g["evidence"]["end"]) for g in a["gold"]]
        rest = [m for m in re.finditer(r"\d[\d.,/:\- ]*\d|\d", t) if not any(m.start() in r for r in covered)]
        print(aid, "not gold:", " | ".join(t[max(0, m.start() - 12):m.end() + 8].replace("\n", " ") for m in rest))
dup = [r for r, c in collections.Counter(mains).items() if c > 1]
if dup: err("-", f"main region shared by several articles: {dup}")

recs = [g for a in arts for g in a["gold"]]
print(f"{len(arts)} articles, {len(recs)} records, {nulls} without publication date, {len(errors)} errors")
for e in errors: print("  ", e)
if "-s" in sys.argv:
    C = collections.Counter
    print("status", dict(C(g["status"] for g in recs)), "bound", dict(C(g["bound"] for g in recs)))
    print("unit", dict(C(g["unit"] for g in recs)))
    per = C(g["indicator"] for g in recs); arts_per = C(i for a in arts for i in {g["indicator"] for g in a["gold"]})
    for c in UNITS: print(f"| {c} | {per[c]} | {arts_per[c]} |")
    print("main regions", mains)
    print("chars", min(len(a["text"]) for a in arts), max(len(a["text"]) for a in arts))
sys.exit(1 if errors else 0)
