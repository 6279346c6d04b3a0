"""Helpers to build gold/challenge2/articles.jsonl: one batch file per few articles
calls add(); each article is checked before it is appended."""
import json, re, os, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "articles.jsonl")
SPEC = "/work/shared/spec/indicators.tsv"
CODES = {}
for line in open(SPEC, encoding="utf-8").read().splitlines()[1:]:
    c, u = line.split("\t")[:2]
    CODES[c] = u

R2025 = {
 "Hà Nội":"Hà Nội","Thừa Thiên Huế":"Huế","Lai Châu":"Lai Châu","Điện Biên":"Điện Biên","Sơn La":"Sơn La",
 "Lạng Sơn":"Lạng Sơn","Quảng Ninh":"Quảng Ninh","Thanh Hóa":"Thanh Hóa","Nghệ An":"Nghệ An","Hà Tĩnh":"Hà Tĩnh",
 "Cao Bằng":"Cao Bằng","Tuyên Quang":"Tuyên Quang","Hà Giang":"Tuyên Quang","Lào Cai":"Lào Cai","Yên Bái":"Lào Cai",
 "Thái Nguyên":"Thái Nguyên","Bắc Kạn":"Thái Nguyên","Phú Thọ":"Phú Thọ","Vĩnh Phúc":"Phú Thọ","Hòa Bình":"Phú Thọ",
 "Bắc Ninh":"Bắc Ninh","Bắc Giang":"Bắc Ninh","Hưng Yên":"Hưng Yên","Thái Bình":"Hưng Yên","Hải Phòng":"Hải Phòng",
 "Hải Dương":"Hải Phòng","Ninh Bình":"Ninh Bình","Hà Nam":"Ninh Bình","Nam Định":"Ninh Bình","Quảng Trị":"Quảng Trị",
 "Quảng Bình":"Quảng Trị","Đà Nẵng":"Đà Nẵng","Quảng Nam":"Đà Nẵng","Quảng Ngãi":"Quảng Ngãi","Kon Tum":"Quảng Ngãi",
 "Gia Lai":"Gia Lai","Bình Định":"Gia Lai","Khánh Hòa":"Khánh Hòa","Ninh Thuận":"Khánh Hòa","Lâm Đồng":"Lâm Đồng",
 "Đắk Nông":"Lâm Đồng","Bình Thuận":"Lâm Đồng","Đắk Lắk":"Đắk Lắk","Phú Yên":"Đắk Lắk","Hồ Chí Minh":"Hồ Chí Minh",
 "Bình Dương":"Hồ Chí Minh","Bà Rịa - Vũng Tàu":"Hồ Chí Minh","Đồng Nai":"Đồng Nai","Bình Phước":"Đồng Nai",
 "Tây Ninh":"Tây Ninh","Long An":"Tây Ninh","Cần Thơ":"Cần Thơ","Sóc Trăng":"Cần Thơ","Hậu Giang":"Cần Thơ",
 "Vĩnh Long":"Vĩnh Long","Bến Tre":"Vĩnh Long","Trà Vinh":"Vĩnh Long","Đồng Tháp":"Đồng Tháp","Tiền Giang":"Đồng Tháp",
 "Cà Mau":"Cà Mau","Bạc Liêu":"Cà Mau","An Giang":"An Giang","Kiên Giang":"An Giang","Việt Nam":"Việt Nam",
}

def Y(y): return (f"{y}-01-01", f"{y}-12-31")
def H1(y): return (f"{y}-01-01", f"{y}-06-30")
def H2(y): return (f"{y}-07-01", f"{y}-12-31")
def Q(q, y):
    ends = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
    return (f"{y}-{(q-1)*3+1:02d}-01", f"{y}-{ends[q]}")
def M(m, y):
    import calendar
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")
def SPAN(a, b): return (f"{a}-01-01", f"{b}-12-31")
def SY(a, b): return (f"{a}-09-01", f"{b}-08-31")
def D(d): return (d, d)

def R(ind, val, ev, status="actual", bound="exact", per=None, region=None, scope=None,
      unit=None, occ=None, note=None, chk=True):
    return dict(ind=ind, val=val, ev=ev, status=status, bound=bound, per=per, region=region,
                scope=scope, unit=unit, occ=occ, note=note, chk=chk)

WORDS = {"một":1,"hai":2,"ba":3,"bốn":4,"năm":5,"sáu":6,"bảy":7,"tám":8,"chín":9,"mười":10}

def parse(ev):
    s = ev.strip()
    mult = 1
    for w, m in (("tỷ", 1e9), ("triệu", 1e6), ("nghìn", 1e3), ("ngàn", 1e3)):
        if s.endswith(" " + w):
            s = s[: -len(w) - 1]; mult = m
    pct = s.endswith("%")
    s = s.rstrip("%").strip()
    if re.fullmatch(r"[\d.]+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", ".")) * mult
    return None

def find_all(text, ev):
    """occurrences of ev as a whole number: not glued to digits, and not part of a
    date, time or number like 9/1, 29-5, 15:42, 1.250"""
    out = []
    for m in re.finditer(re.escape(ev), text):
        a, b = m.start(), m.end()
        if ev[0].isdigit() and a > 0:
            p = text[a-1]
            if p.isdigit() or (p in ".,:/-" and a > 1 and text[a-2].isdigit()):
                continue
        if ev[-1].isdigit() and b < len(text):
            n = text[b]
            if n.isdigit() or (n in ".,:/-" and b + 1 < len(text) and text[b+1].isdigit()):
                continue
        if ev[0].isalpha() and a > 0 and text[a-1].isalpha():
            continue
        out.append((a, b))
    return out

def sentence(text, a, b):
    s = max(text.rfind(". ", 0, a) + 2 if text.rfind(". ", 0, a) >= 0 else 0,
            text.rfind("\n", 0, a) + 1, text.rfind("; ", 0, a) + 2 if False else 0)
    e_candidates = [x for x in (text.find(". ", b), text.find("\n", b)) if x >= 0]
    e = min(e_candidates) + 1 if e_candidates else len(text)
    return text[s:e].strip()

def iso(d):
    datetime.date.fromisoformat(d); return d

def add(aid, url, published, text, recs, region, per=None):
    """per: default period of the article's records (else the publication date)."""
    text = text.strip("\n")
    errors = []
    if os.path.exists(OUT):
        for line in open(OUT, encoding="utf-8"):
            if json.loads(line)["id"] == aid:
                print(f"{aid}: already in file, skipped"); return
    words = len(re.findall(r"\w+", text))
    if not (150 <= words <= 650):
        errors.append(f"word count {words}")
    used = {}
    gold = []
    for r in recs:
        ind = r["ind"]
        if ind not in CODES: errors.append(f"bad code {ind}")
        status = r["status"]; assert status in ("actual", "target", "attainment"), status
        assert r["bound"] in ("exact", "over", "under", "about"), r["bound"]
        unit = r["unit"] or ("percent" if status == "attainment" else CODES.get(ind))
        if status == "attainment" and unit != "percent": errors.append(f"{r['ev']}: attainment not percent")
        if status != "attainment" and unit != CODES.get(ind): errors.append(f"{r['ev']}: unit {unit} for {ind}")
        occs = find_all(text, r["ev"])
        if not occs: errors.append(f"evidence {r['ev']!r} not found"); continue
        k = r["occ"] if r["occ"] is not None else used.get(r["ev"], 0)
        used[r["ev"]] = k + 1
        if k >= len(occs): errors.append(f"evidence {r['ev']!r} occurrence {k} of {len(occs)}"); continue
        a, b = occs[k]
        if r["chk"]:
            p = parse(r["ev"])
            if p is None or abs(p - r["val"]) > 1e-6 * max(1, abs(p)):
                errors.append(f"value {r['val']} vs evidence {r['ev']!r} (parsed {p})")
        ps, pe = r["per"] or per or (published, published)
        if ps is not None: iso(ps); iso(pe); assert ps <= pe, (ps, pe)
        reg = r["region"] or region
        if reg not in R2025: errors.append(f"region {reg}")
        rec = {"doc_id": aid, "indicator": ind, "value": r["val"], "unit": unit, "status": status,
               "bound": r["bound"], "region": reg, "region_2025": R2025.get(reg), "scope": r["scope"],
               "period_start": ps, "period_end": pe, "evidence_text": r["ev"],
               "evidence": {"sentence": sentence(text, a, b), "start": a, "end": b}}
        assert text[a:b] == r["ev"]
        if r["note"]: rec["note"] = r["note"]
        gold.append(rec)
    if errors:
        print(f"{aid}: NOT WRITTEN:"); [print("   ", e) for e in errors]; return
    gold.sort(key=lambda g: g["evidence"]["start"])
    art = {"id": aid, "url": url, "published": published, "title": None, "text": text, "gold": gold}
    with open(OUT, "a", encoding="utf-8") as f:
        f.write(json.dumps(art, ensure_ascii=False) + "\n")
    print(f"{aid}: {words} words, {len(gold)} records written")

def drop(aid):
    if not os.path.exists(OUT): return
    lines = [l for l in open(OUT, encoding="utf-8") if json.loads(l)["id"] != aid]
    open(OUT, "w", encoding="utf-8").writelines(lines)
