"""Independent check of gold/challenge6/articles.jsonl against records.md and gold/README.md.
Uses neither challenge2's lib.py nor mk.py: own parser, own merger table, own bound cues.
python3 src/check.py [-v]   (-v also lists every number of every text that is not gold)"""
import json, re, sys, os, datetime, collections
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "articles.jsonl")
codes = {l.split("\t")[0]: l.split("\t")[1] for l in open("/work/shared/spec/indicators.tsv", encoding="utf-8").read().splitlines()[1:]}
MERGE = {  # 2025 province -> pre-2025 provinces it absorbed (itself included)
 "Tuyên Quang": ["Tuyên Quang", "Hà Giang"], "Lào Cai": ["Lào Cai", "Yên Bái"], "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"],
 "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"], "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"], "Hưng Yên": ["Hưng Yên", "Thái Bình"],
 "Hải Phòng": ["Hải Phòng", "Hải Dương"], "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"], "Quảng Trị": ["Quảng Trị", "Quảng Bình"],
 "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"], "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"], "Gia Lai": ["Gia Lai", "Bình Định"],
 "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"], "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"], "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
 "Hồ Chí Minh": ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"], "Đồng Nai": ["Đồng Nai", "Bình Phước"],
 "Tây Ninh": ["Tây Ninh", "Long An"], "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"], "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
 "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"], "Cà Mau": ["Cà Mau", "Bạc Liêu"], "An Giang": ["An Giang", "Kiên Giang"],
 "Huế": ["Thừa Thiên Huế"], "Hà Nội": ["Hà Nội"], "Lai Châu": ["Lai Châu"], "Điện Biên": ["Điện Biên"], "Sơn La": ["Sơn La"],
 "Lạng Sơn": ["Lạng Sơn"], "Quảng Ninh": ["Quảng Ninh"], "Thanh Hóa": ["Thanh Hóa"], "Nghệ An": ["Nghệ An"], "Hà Tĩnh": ["Hà Tĩnh"],
 "Cao Bằng": ["Cao Bằng"], "Việt Nam": ["Việt Nam"]}
TO2025 = {old: new for new, olds in MERGE.items() for old in olds}
assert len(TO2025) == 64, len(TO2025)   # 63 provinces + Việt Nam
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
         "mười một": 11, "mười hai": 12, "hai mươi": 20}
MULT = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}

def num(s):
    s = s.strip().lower()
    if s in WORDS: return WORDS[s]
    s = s.replace("l.", "1.") if re.fullmatch(r"l\.\d{3}", s) else s   # scraped 'l.482'
    s = re.sub(r"^(\d{1,3}\.\d) (\d{2})$", r"\1\2", s)                  # scraped '1.5 60'
    m = re.fullmatch(r"(\d+) tỷ (\d+) triệu", s)
    if m: return int(m.group(1)) * 1e9 + int(m.group(2)) * 1e6
    mult = 1
    for w, v in MULT.items():
        if s.endswith(" " + w): s = s[: -len(w) - 1]; mult = v
    s = s.rstrip("%")
    if re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", ".")) * mult
    return None

bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)

OVER = ("hơn", "trên", "ít nhất", "vượt")
UNDER = ("gần", "dưới", "chưa đến")
ABOUT = ("khoảng", "xấp xỉ", "chừng")
TARGET_CUES = ("phấn đấu", "chỉ tiêu", "kế hoạch", "mục tiêu", "đề ra", "dự kiến", " sẽ ")
verbose = "-v" in sys.argv
ids, mains, nulls, n = [], [], 0, 0
cnt = collections.Counter()
for line in open(P, encoding="utf-8"):
    d = json.loads(line); aid = d["id"]; ids.append(aid)
    if set(d) != {"id", "url", "published", "title", "text", "gold"}: err(aid, "keys", d.keys())
    if d["title"] is not None: err(aid, "title")
    pub = d["published"]
    if pub is None: nulls += 1
    else:
        datetime.date.fromisoformat(pub)
        if not "2014-01-01" <= pub <= "2026-12-31": err(aid, "published out of range", pub)
    t = d["text"]
    if not 300 <= len(t) <= 1100: err(aid, "length", len(t))
    if t != t.strip(): err(aid, "untrimmed text")
    spans = set()
    regs = collections.Counter()
    for g in d["gold"]:
        n += 1
        keys = set(g) - {"note"}
        if keys != {"doc_id", "indicator", "value", "unit", "status", "bound", "region", "region_2025", "scope",
                    "period_start", "period_end", "evidence_text", "evidence"}: err(aid, "record keys", sorted(g))
        if g["doc_id"] != aid: err(aid, "doc_id")
        ind = g["indicator"]
        if ind not in codes: err(aid, "code", ind); continue
        if g["status"] not in ("actual", "target", "attainment"): err(aid, "status", g["status"])
        if g["bound"] not in ("exact", "over", "under", "about"): err(aid, "bound", g["bound"])
        exp = "percent" if g["status"] == "attainment" else codes[ind]
        if g["unit"] != exp: err(aid, "unit", ind, g["unit"])
        if not isinstance(g["value"], (int, float)) or isinstance(g["value"], bool): err(aid, "value type")
        if g["region"] not in TO2025: err(aid, "region", g["region"])
        elif g["region_2025"] != TO2025[g["region"]]: err(aid, "region_2025", g["region"], g["region_2025"])
        regs[g["region"]] += 1
        ps, pe = g["period_start"], g["period_end"]
        if (ps is None) != (pe is None): err(aid, "half-open period", ps, pe)
        if ps is not None:
            datetime.date.fromisoformat(ps); datetime.date.fromisoformat(pe)
            if ps > pe: err(aid, "period order", ps, pe)
        # stocks at publication
        if ind.endswith("_total") and g["status"] == "actual" and (ps, pe) != (pub, pub):
            err(aid, "stock not at publication date", ind, g["value"], ps, pe)
        # actual figure that ends after publication (allow a running year / month / term end)
        if pub and g["status"] == "actual" and pe and pe > pub:
            running = pe[:4] == pub[:4] and (pe.endswith("-12-31") or pe[:7] == pub[:7] or pe.endswith("-08-31"))
            if not running: err(aid, "actual ends after publication", g["value"], pe)
        # evidence
        e = g["evidence"]; a, b = e["start"], e["end"]
        if t[a:b] != g["evidence_text"]: err(aid, "offsets", g["evidence_text"], t[a:b]); continue
        if g["evidence_text"] not in e["sentence"] or e["sentence"] not in t: err(aid, "sentence", g["evidence_text"])
        if (a, b) in spans: err(aid, "span used twice", g["evidence_text"])
        spans.add((a, b))
        pre, post = t[max(0, a-2):a], t[b:b+2]
        if (pre and (pre[-1].isalnum())) or (post and post[0].isalnum()): err(aid, "glued span", g["evidence_text"])
        if re.search(r"\d[/:\-.,]$", pre) or re.match(r"[/:\-.,]\d", post): err(aid, "span inside date/number", g["evidence_text"], repr(pre), repr(post))
        if post.startswith("%") : err(aid, "span stops before %", g["evidence_text"])
        ev = g["evidence_text"]
        before = t[max(0, a-14):a].lower()
        v = num(ev)
        if v is None: err(aid, "unparsable evidence", ev); continue
        if g["status"] == "attainment" and re.search(r"vượt\s*(hơn\s*)?$", before): v = 100 + v
        if ev.endswith("%") != (g["unit"] == "percent"): err(aid, "percent unit vs span", ev)
        if abs(v - g["value"]) > 1e-6 * max(1, abs(v)): err(aid, "value", ev, v, g["value"])
        # bound from the words before, and '... trở lên' after the noun
        after = t[b:b+25].lower()
        want = "exact"
        if re.search(r"(hơn|trên|ít nhất)\s*$", before): want = "over"
        elif re.search(r"(gần|dưới|chưa đến)\s*$", before): want = "under"
        elif re.search(r"(khoảng|xấp xỉ|chừng)\s*$", before): want = "about"
        elif re.search(r"vượt\s*$", before) and g["status"] != "attainment": want = "over"
        if re.match(r"\s*\S+(\s\S+)?\s+trở lên", after) and "từ" not in before[-4:]: want = "over"
        if want != g["bound"]: err(aid, "bound", ev, "text says", want, "gold", g["bound"])
        if g["status"] == "target":
            ctx = t[max(0, t.rfind("\n", 0, a)):b].lower()
            if not any(c in ctx for c in TARGET_CUES): err(aid, "target without cue", ev)
        if "note" in g and not g["note"].strip(): err(aid, "empty note")
        cnt[(ind, g["status"])] += 1
    # furniture and side boxes carry no gold
    for marker in ("Tin liên quan", "Xem thêm", "Lượt xem", "Số lần đọc", "Bình luận"):
        k = t.find(marker)
        if k >= 0 and any(a >= k for a, _ in spans): err(aid, "gold inside", marker)
    main = regs.most_common(1)[0][0] if regs else None
    mains.append(main)
    if verbose:
        rest = [t[max(0, m.start()-10):m.end()+8].replace("\n", " ") for m in re.finditer(r"\d[\d.,]*", t)
                if not any(a <= m.start() < b for a, b in spans)]
        print(aid, "NOT GOLD:", " | ".join(rest))
if ids != [f"h{i:02d}" for i in range(1, 26)]: err("ids", ids)
prov = [m for m in mains]
print("main regions:", prov)
# provinces: the pre-merger provinces of all records, Việt Nam aside
print(f"{len(ids)} articles, {n} records, {nulls} without publication date, {bad} errors")
sys.exit(1 if bad else 0)
