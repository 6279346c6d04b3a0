"""Independent check of gold/challenge3/articles.jsonl against records.md.

Does not use lib.py or mk.py: its own number parser, its own region table,
its own bound and period heuristics.  Prints ERROR lines and a summary; exit
code 1 if any error."""
import collections, datetime, json, os, re, sys, unicodedata

P = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "articles.jsonl")
CODES = {l.split("\t")[0]: l.split("\t")[1]
         for l in open("/work/shared/spec/indicators.tsv", encoding="utf-8").read().splitlines()[1:]}

# 2025 merger (Resolution 202/2025/QH15), written as new -> old provinces
MERGE = {
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
    "An Giang": ["An Giang", "Kiên Giang"], "Huế": ["Thừa Thiên Huế"],
    **{p: [p] for p in ["Hà Nội", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
                        "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Việt Nam"]},
}
OLD2NEW = {o: n for n, olds in MERGE.items() for o in olds}
assert len(OLD2NEW) == 64, len(OLD2NEW)

DIG = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
       "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
MULT = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 1000, "ngàn": 1000}


def words_to_int(s):
    toks = s.lower().split()
    total, cur = 0, 0
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "mười":
            cur += 10
        elif t == "mươi":
            cur = (cur if cur else 1) * 10
        elif t == "trăm":
            cur = (cur if cur else 1) * 100
        elif t in MULT:
            total += (cur if cur else 1) * MULT[t]; cur = 0
        elif t in DIG:
            cur += DIG[t]
        else:
            return None
        i += 1
    return total + cur


def parse_num(ev):
    s = ev.strip()
    if re.fullmatch(r"\d+/\d+", s):
        return float(s.split("/")[0])
    s = s.rstrip("%").strip()
    s = re.sub(r"^l(?=[.\d])", "1", s)  # OCR l -> 1
    # 'N tỷ M triệu'
    m = re.fullmatch(r"(\d+) tỷ (\d+) triệu", s)
    if m:
        return int(m.group(1)) * 10**9 + int(m.group(2)) * 10**6
    mult = 1
    for w, k in MULT.items():
        if s.endswith(" " + w):
            s = s[: -len(w) - 1]; mult = k; break
    s2 = s.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s2):
        return float(s2.replace(".", "").replace(",", ".")) * mult
    w = words_to_int(ev)
    return float(w) if w is not None else None


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn").replace("đ", "d")


bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)

arts = [json.loads(l) for l in open(P, encoding="utf-8")]
ids = [a["id"] for a in arts]
if ids != [f"e{i:02d}" for i in range(1, 26)]: err("ids", ids)
cnt = collections.Counter(); arts_per = collections.defaultdict(set)
status_c = collections.Counter(); bound_c = collections.Counter()
regions = collections.Counter(); n_null = 0
REC_KEYS = {"doc_id", "indicator", "value", "unit", "status", "bound", "region", "region_2025", "scope",
            "period_start", "period_end", "evidence_text", "evidence"}
for d in arts:
    aid = d["id"]
    if set(d) != {"id", "url", "published", "title", "text", "gold"}: err(aid, "keys", d.keys())
    if d["title"] is not None: err(aid, "title not null")
    pub = d["published"]
    if pub is None: n_null += 1
    else:
        datetime.date.fromisoformat(pub)
        if not "2014-01-01" <= pub <= "2026-12-31": err(aid, "published out of range", pub)
    t = d["text"]
    if not 400 <= len(t) <= 1700: err(aid, "length", len(t))
    if not d["gold"]: err(aid, "no gold")
    spans = set()
    for g in d["gold"]:
        k = set(g) - {"note"}
        if k != REC_KEYS: err(aid, "record keys", k ^ REC_KEYS)
        if g["doc_id"] != aid: err(aid, "doc_id")
        ind = g["indicator"]
        if ind not in CODES: err(aid, "code", ind); continue
        cnt[ind] += 1; arts_per[ind].add(aid); status_c[g["status"]] += 1; bound_c[g["bound"]] += 1
        regions[g["region"]] += 1
        if g["status"] not in ("actual", "target", "attainment"): err(aid, "status", g["status"])
        if g["bound"] not in ("exact", "over", "under", "about"): err(aid, "bound", g["bound"])
        exp_unit = "percent" if g["status"] == "attainment" else CODES[ind]
        if g["unit"] != exp_unit: err(aid, "unit", ind, g["unit"])
        if not isinstance(g["value"], (int, float)) or isinstance(g["value"], bool): err(aid, "value type")
        if g["region"] not in OLD2NEW: err(aid, "region", g["region"])
        elif OLD2NEW[g["region"]] != g["region_2025"]: err(aid, "region_2025", g["region"], g["region_2025"])
        # evidence
        e = g["evidence"]; a, b = e["start"], e["end"]
        if t[a:b] != g["evidence_text"]: err(aid, "offsets", g["evidence_text"], t[a:b]); continue
        if (a, b) in spans: err(aid, "two records on one span", g["evidence_text"])
        spans.add((a, b))
        if g["evidence_text"] not in e["sentence"] or e["sentence"] not in t: err(aid, "sentence", g["evidence_text"])
        before, after = t[max(0, a-2):a], t[b:b+2]
        if re.search(r"\d$|\d[.,/:-]$", before) or re.match(r"^\d|^[.,/:-]\d", after):
            err(aid, "span inside a larger number/date", repr(t[max(0, a-6):b+6]))
        if after[:1] == "%" and not g["evidence_text"].endswith("%"):
            err(aid, "count span on a percentage", repr(t[max(0, a-6):b+6]))
        if before[-1:].isalpha() or after[:1].isalpha():
            err(aid, "span glued to a word", repr(t[max(0, a-6):b+6]))
        # value
        p = parse_num(g["evidence_text"])
        pre = fold(t[max(0, a-12):a])
        if g["status"] == "attainment":
            if not g["evidence_text"].endswith("%"): err(aid, "attainment without %", g["evidence_text"])
            want = p + 100 if pre.rstrip().endswith("vuot") or pre.rstrip().endswith("vuot hon") else p
            if p is None or abs(want - g["value"]) > 1e-9: err(aid, "attainment value", g["evidence_text"], g["value"])
        elif p is None or abs(p - g["value"]) > 1e-6 * max(1, abs(p)):
            err(aid, "value", g["evidence_text"], g["value"], p)
        # bound from the words just before / after
        nxt = fold(t[b:b+40])
        exp_b = "exact"
        if re.search(r"(hon|tren|it nhat)\s*$", pre): exp_b = "over"
        elif re.search(r"(gan|duoi|chua den)\s*$", pre): exp_b = "under"
        elif re.search(r"(khoang|xap xi|chung|gan nhu)\s*$", pre): exp_b = "about"
        if re.match(r"^\s*[\w ]{0,25}? tro len", nxt) and not re.search(r"tu\s*$", pre): exp_b = "over"
        if g["status"] == "attainment" and re.search(r"vuot hon\s*$", pre): exp_b = "over"
        if exp_b != g["bound"]: err(aid, "bound", g["evidence_text"], g["bound"], "expected", exp_b)
        # periods
        ps, pe = g["period_start"], g["period_end"]
        if (ps is None) != (pe is None): err(aid, "half-null period")
        if ps:
            datetime.date.fromisoformat(ps); datetime.date.fromisoformat(pe)
            if ps > pe: err(aid, "period order", ps, pe)
        if ind.endswith("_total") and g["status"] == "actual":
            if (ps, pe) != (pub, pub): err(aid, "stock not at publication", ind, g["value"], ps, pe)
        # an actual figure cannot end after publication, except a whole period named by the
        # text that is still running (the year, or Tháng Công nhân = the month of publication)
        if pub and g["status"] == "actual" and pe and pe > pub and not pe.endswith("-12-31") and pe[:7] != pub[:7]:
            err(aid, "actual period ends after publication", g["evidence_text"], pe)
        if pub is None and ps is not None and ps == pe:
            err(aid, "point period without publication date", g["evidence_text"])
        # target cue
        if g["status"] == "target":
            ctx = fold(t[max(0, a-400):b])
            if not re.search(r"phan dau|chi tieu|ke hoach|muc tieu|du kien|de ra", ctx):
                err(aid, "target without cue", g["evidence_text"])

print(f"{len(arts)} articles ({n_null} without publication date), {sum(cnt.values())} records, {bad} errors")
print("status", dict(status_c)); print("bound", dict(bound_c))
print("regions", len(regions), dict(regions))
for c in CODES:
    print(f"  {c:<22}{cnt[c]:>4} records {len(arts_per[c]):>3} articles")
missing = [c for c in CODES if not cnt[c]]
if missing: print("codes not covered:", missing)
sys.exit(1 if bad else 0)
