"""Independent check of gold/challenge7/articles.jsonl against records.md and gold/README.md.

Imports neither mk nor challenge2's lib: own number parser, own 63 -> 34 table, own
bound and target heuristics.  `python3 check.py -v` also lists every digit string of
every text that is not a gold span, for reading.
"""
import collections, datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
P = os.environ.get("GOLD") or os.path.join(os.path.dirname(HERE), "articles.jsonl")
CODES = {}
for line in open("/work/shared/spec/indicators.tsv", encoding="utf-8").read().splitlines()[1:]:
    c, u = line.split("\t")[:2]
    CODES[c] = u

MERGE = """Hà Nội>Hà Nội|Thừa Thiên Huế>Huế|Lai Châu>Lai Châu|Điện Biên>Điện Biên|Sơn La>Sơn La|Lạng Sơn>Lạng Sơn|
Quảng Ninh>Quảng Ninh|Thanh Hóa>Thanh Hóa|Nghệ An>Nghệ An|Hà Tĩnh>Hà Tĩnh|Cao Bằng>Cao Bằng|Tuyên Quang>Tuyên Quang|
Hà Giang>Tuyên Quang|Lào Cai>Lào Cai|Yên Bái>Lào Cai|Thái Nguyên>Thái Nguyên|Bắc Kạn>Thái Nguyên|Phú Thọ>Phú Thọ|
Vĩnh Phúc>Phú Thọ|Hòa Bình>Phú Thọ|Bắc Ninh>Bắc Ninh|Bắc Giang>Bắc Ninh|Hưng Yên>Hưng Yên|Thái Bình>Hưng Yên|
Hải Phòng>Hải Phòng|Hải Dương>Hải Phòng|Ninh Bình>Ninh Bình|Hà Nam>Ninh Bình|Nam Định>Ninh Bình|Quảng Trị>Quảng Trị|
Quảng Bình>Quảng Trị|Đà Nẵng>Đà Nẵng|Quảng Nam>Đà Nẵng|Quảng Ngãi>Quảng Ngãi|Kon Tum>Quảng Ngãi|Gia Lai>Gia Lai|
Bình Định>Gia Lai|Khánh Hòa>Khánh Hòa|Ninh Thuận>Khánh Hòa|Lâm Đồng>Lâm Đồng|Đắk Nông>Lâm Đồng|Bình Thuận>Lâm Đồng|
Đắk Lắk>Đắk Lắk|Phú Yên>Đắk Lắk|Hồ Chí Minh>Hồ Chí Minh|Bình Dương>Hồ Chí Minh|Bà Rịa - Vũng Tàu>Hồ Chí Minh|
Đồng Nai>Đồng Nai|Bình Phước>Đồng Nai|Tây Ninh>Tây Ninh|Long An>Tây Ninh|Cần Thơ>Cần Thơ|Sóc Trăng>Cần Thơ|
Hậu Giang>Cần Thơ|Vĩnh Long>Vĩnh Long|Bến Tre>Vĩnh Long|Trà Vinh>Vĩnh Long|Đồng Tháp>Đồng Tháp|Tiền Giang>Đồng Tháp|
Cà Mau>Cà Mau|Bạc Liêu>Cà Mau|An Giang>An Giang|Kiên Giang>An Giang|Việt Nam>Việt Nam"""
R34 = dict(x.strip().split(">") for x in MERGE.replace("\n", "").split("|"))
assert len(R34) == 64, len(R34)

WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULT = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 1000, "ngàn": 1000}

def value_of(ev):
    s = ev.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    m = re.fullmatch(r"(\d+)/(\d+)", s)
    if m:
        return int(m.group(1))
    k = 1
    parts = s.split(" ")
    if parts[-1] in MULT:
        k = MULT[parts[-1]]
        s = " ".join(parts[:-1])
    s = s.rstrip("%")
    s = re.sub(r"^l\.", "1.", s)
    s = s.replace(" ", "")
    if not re.fullmatch(r"[\d.]+(,\d+)?", s):
        return None
    return float(s.replace(".", "").replace(",", ".")) * k

def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("đ", "d")

def dateline(text):
    head = "\n".join(text.split("\n")[:6])
    m = re.search(r"\b(\d{2})/(\d{2})/(\d{4})\b", head)
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else None

TARGET_CUES = ("phấn đấu", "chỉ tiêu", "kế hoạch", "mục tiêu", "dự kiến", "đề ra", "sẽ ")
errors = 0
warnings = 0
def err(*a):
    global errors; errors += 1; print("ERROR", *a)
def warn(*a):
    global warnings; warnings += 1; print("warn ", *a)

arts = [json.loads(l) for l in open(P, encoding="utf-8")]
ids = [a["id"] for a in arts]
if ids != [f"k{i:02d}" for i in range(1, 26)]:
    err("ids", ids)
verbose = "-v" in sys.argv
main_regions = []
n_null = n_dateline = 0
for a in arts:
    aid, t = a["id"], a["text"]
    if set(a) != {"id", "url", "published", "title", "text", "gold"}:
        err(aid, "keys", sorted(a))
    if a["title"] is not None:
        err(aid, "title not null")
    if not 400 <= len(t) <= 1600:
        err(aid, "length", len(t))
    pub = a["published"]
    dl = dateline(t)
    if pub:
        datetime.date.fromisoformat(pub)
        if not "2014-01-01" <= pub <= "2026-12-31":
            err(aid, "published out of range", pub)
        if dl and dl != pub:
            err(aid, "dateline differs from published", dl, pub)
    else:
        n_null += 1
        if dl:
            n_dateline += 1
    ref = pub or dl
    regs = collections.Counter(g["region"] for g in a["gold"])
    main_regions.append(regs.most_common(1)[0][0] if regs else None)
    spans = set()
    for g in a["gold"]:
        tag = f"{aid} {g['indicator']} {g['evidence_text']!r}"
        need = {"doc_id", "indicator", "value", "unit", "status", "bound", "region", "region_2025", "scope",
                "period_start", "period_end", "evidence_text", "evidence"}
        if not need <= set(g) or set(g) - need - {"note"}:
            err(tag, "record keys", sorted(g))
        if g["doc_id"] != aid:
            err(tag, "doc_id")
        if g["indicator"] not in CODES:
            err(tag, "code")
            continue
        if g["status"] not in ("actual", "target", "attainment"):
            err(tag, "status")
        if g["bound"] not in ("exact", "over", "under", "about"):
            err(tag, "bound value")
        unit = "percent" if g["status"] == "attainment" else CODES[g["indicator"]]
        if g["unit"] != unit:
            err(tag, "unit", g["unit"], unit)
        if not isinstance(g["value"], (int, float)) or isinstance(g["value"], bool):
            err(tag, "value type")
        e = g["evidence"]
        a0, b0 = e["start"], e["end"]
        if t[a0:b0] != g["evidence_text"]:
            err(tag, "offsets", t[a0:b0])
        if e["sentence"] not in t or not (t.find(e["sentence"]) <= a0 and b0 <= t.find(e["sentence"]) + len(e["sentence"])):
            err(tag, "sentence does not hold the span")
        if (a0, b0) in spans:
            err(tag, "span reused")
        spans.add((a0, b0))
        if a0 > 0 and (t[a0 - 1].isalnum() or (t[a0 - 1] in ".,/" and a0 > 1 and t[a0 - 2].isdigit())):
            err(tag, "span glued left")
        if b0 < len(t) and (t[b0].isalnum() or (t[b0] in ".,/" and b0 + 1 < len(t) and t[b0 + 1].isdigit())):
            err(tag, "span glued right")
        after = t[b0:b0 + 2]
        if g["unit"] != "percent" and (after.startswith("%") or g["evidence_text"].endswith("%")):
            err(tag, "count on a percentage")
        if g["unit"] == "percent" and not g["evidence_text"].endswith("%"):
            err(tag, "percent without %")
        v = value_of(g["evidence_text"])
        before = t[max(0, a0 - 14):a0]
        if v is not None and g["status"] == "attainment" and re.search(r"vượt (hơn )?$", before):
            v += 100
        if v is None or abs(v - g["value"]) > 1e-6 * max(1, abs(v)):
            err(tag, "value", g["value"], "parsed", v)
        # bound from the words around the span
        pre = fold(t[max(0, a0 - 10):a0])
        post = fold(t[b0:b0 + 40].split(";")[0].split(",")[0])
        exp = "exact"
        if re.search(r"(hon|tren|it nhat) $", pre):
            exp = "over"
        elif re.search(r"(gan|duoi|chua den) $", pre):
            exp = "under"
        elif re.search(r"(khoang|xap xi|chung) $", pre):
            exp = "about"
        elif re.search(r"^ [^\d]{0,25}tro len", post) and not re.search(r"(tu|co) $", pre):
            exp = "over"
        if exp != g["bound"]:
            err(tag, "bound", g["bound"], "expected", exp)
        # region
        if g["region"] is None or g["region"] not in R34:
            err(tag, "region", g["region"])
        elif g["region_2025"] != R34[g["region"]]:
            err(tag, "region_2025", g["region_2025"])
        # periods
        ps, pe = g["period_start"], g["period_end"]
        for x in (ps, pe):
            if x is not None:
                datetime.date.fromisoformat(x)
        if ps and pe and ps > pe:
            err(tag, "period order")
        if (ps is None) != (pe is None):
            warn(tag, "half-open period", ps, pe)
        if g["indicator"].endswith("_total"):
            if (ps, pe) != ((ref, ref) if ref else (None, None)):
                err(tag, "stock not at publication", ps, pe, ref)
        if g["status"] == "actual" and ref and ps and ps > ref:
            # an achieved figure cannot lie wholly after publication (a running period may)
            err(tag, "actual after publication", ps, ref)
        # status cues
        sent = e["sentence"].lower()
        head = t[:t.find("\n")].lower()
        if g["status"] == "target" and not any(c in sent for c in TARGET_CUES) and not any(c in head for c in TARGET_CUES):
            err(tag, "target without a cue")
        if g["status"] == "actual":
            cut = max(t.rfind("\n", 0, a0), t.rfind(". ", 0, a0))
            clause = t[max(0, cut):a0].lower()
            if any(c in clause for c in ("phấn đấu", "dự kiến", "mục tiêu", "theo kế hoạch")):
                err(tag, "actual inside a target clause")
    if verbose:
        gold_spans = sorted(spans)
        print(f"--- {aid}: numbers that are not gold")
        for m in re.finditer(r"l?\d[\d.,/]*\d|\d", t):
            if not any(x <= m.start() < y for x, y in gold_spans):
                ctx = t[max(0, m.start() - 30):m.end() + 25].replace("\n", " | ")
                print(f"    {m.group()!r:12} {ctx}")
if len(set(main_regions)) != 25:
    err("main regions not all different", collections.Counter(main_regions).most_common(3))
if not 7 <= n_null <= 9:
    err("null published", n_null)
if not 2 <= n_dateline <= 3:
    err("datelines", n_dateline)
print(f"{len(arts)} articles, {sum(len(a['gold']) for a in arts)} records, "
      f"{n_null} undated ({n_dateline} with a dateline), {errors} errors, {warnings} warnings")
sys.exit(1 if errors else 0)
