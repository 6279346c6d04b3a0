"""Independent validator of gold/challenge9/articles.jsonl.

Does not import kit.py: it has its own number parser, takes the 2025 merger
table from underthesea's address data, and re-derives bounds, units and the
stock rule from the text.  python3 src/check.py [-v]
(a .jsonl argument checks another file; -v also prints every record with its number in [brackets] and every number of
every text that is not gold, for reading by eye).
"""
import collections, datetime, json, os, re, sys

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = next((a for a in sys.argv[1:] if a.endswith(".jsonl")), os.path.join(ROOT, "articles.jsonl"))
MAPPING = "/work/main/.venv/lib/python3.11/site-packages/underthesea/address/data/mapping.json"
VERBOSE = "-v" in sys.argv

CODES = {}
for line in open("/work/shared/spec/indicators.tsv", encoding="utf-8").read().splitlines()[1:]:
    c, u = line.split("\t")[:2]
    CODES[c] = u

_m = json.load(open(MAPPING, encoding="utf-8"))
TO2025 = {_m["old_province_names"][k]["short"]: _m["province_names"][v]["short"] for k, v in _m["province_mapping"].items()}
TO2025["Thừa Thiên Huế"] = TO2025.pop("Huế")      # underthesea calls the pre-2025 province 'Huế'
TO2025["Việt Nam"] = "Việt Nam"
assert len(TO2025) == 64

RECORD_KEYS = {"doc_id", "indicator", "value", "unit", "status", "bound", "region", "region_2025", "scope",
               "period_start", "period_end", "evidence_text", "evidence"}
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULT = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "ngan": 1e3}
MARKERS = ("Tin liên quan", "Xem thêm", "Lượt xem", "Bình luận (", "Đường dây nóng")
TARGET_CUES = ("phấn đấu", "chỉ tiêu", "kế hoạch", "mục tiêu", "đề ra", "dự kiến", "sẽ ")
STOCK_CUES = ("hiện", "hien", "nâng tổng số", "đại diện cho")

errors = 0
def err(aid, *msg):
    global errors
    errors += 1
    print("ERROR", aid, *msg)

def parse(ev):
    s = ev.strip().lower()
    if s in WORDS:
        return WORDS[s]
    if re.fullmatch(r"l\.\d{3}", s):            # scraped 'l.482'
        s = "1" + s[1:]
    m = re.fullmatch(r"(\d)\.(\d) (\d\d)", s)   # scraped '1.5 60'
    if m:
        s = f"{m.group(1)}.{m.group(2)}{m.group(3)}"
    mult = 1
    for w, v in MULT.items():
        if s.endswith(" " + w):
            s, mult = s[: -len(w) - 1], v
    pct = s.endswith("%")
    s = s.rstrip("%")
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s):
        return None
    v = float(s.replace(".", "").replace(",", ".")) * mult
    return v

def expected_bound(text, a, b, status):
    before = text[max(0, a - 14):a].lower()
    after = text[b:b + 40].lower()
    if re.search(r"(hơn|trên|ít nhất)\s+$", before):
        return "over"
    if re.search(r"vượt\s+(hơn\s+)?$", before):
        return "exact" if status == "attainment" else "over"
    if re.search(r"(gần|gan|dưới|chưa đến)\s+$", before):
        return "under"
    if re.search(r"(khoảng|xấp xỉ|chừng)\s+$", before):
        return "about"
    clause = re.split(r"[;,.]", after)[0]
    if "trở lên" in clause and not re.search(r"từ\s+$", before):
        return "over"
    return "exact"

ids, n_rec, n_null = [], 0, 0
cnt_ind = collections.Counter(); arts_ind = collections.defaultdict(set)
cnt_status = collections.Counter(); cnt_bound = collections.Counter(); cnt_unit = collections.Counter()
per_ind_status = collections.defaultdict(collections.Counter)
notes = 0
for line in open(PATH, encoding="utf-8"):
    d = json.loads(line)
    aid = d.get("id")
    ids.append(aid)
    if set(d) != {"id", "url", "published", "title", "text", "gold"}:
        err(aid, "article keys", sorted(d))
    if d["title"] is not None:
        err(aid, "title should be null")
    if not str(d["url"]).startswith("http"):
        err(aid, "url")
    pub, text = d["published"], d["text"]
    if pub is None:
        n_null += 1
    else:
        try:
            datetime.date.fromisoformat(pub)
        except ValueError:
            err(aid, "published not ISO", pub)
        if not "2023-01-01" <= pub <= "2026-12-31":
            err(aid, "published outside 2023-2026", pub)
    if text != text.strip():
        err(aid, "text not trimmed")
    if not 4 <= len(d["gold"]) <= 15:
        err(aid, "record count", len(d["gold"]))
    cut = min([text.find(m) for m in MARKERS if m in text] or [len(text)])
    spans = set()
    for g in d["gold"]:
        n_rec += 1
        if set(g) - {"note"} != RECORD_KEYS:
            err(aid, "record keys", sorted(g))
            continue
        if "note" in g:
            notes += 1
            if not g["note"].strip():
                err(aid, "empty note")
        ind, st, bd, unit = g["indicator"], g["status"], g["bound"], g["unit"]
        if g["doc_id"] != aid:
            err(aid, "doc_id", g["doc_id"])
        if ind not in CODES:
            err(aid, "indicator", ind); continue
        if st not in ("actual", "target", "attainment"):
            err(aid, "status", st)
        if bd not in ("exact", "over", "under", "about"):
            err(aid, "bound", bd)
        if unit != ("percent" if st == "attainment" else CODES[ind]):
            err(aid, "unit", ind, st, unit)
        v = g["value"]
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            err(aid, "value type", v)
        reg = g["region"]
        if reg not in TO2025:
            err(aid, "region", reg)
        elif g["region_2025"] != TO2025[reg]:
            err(aid, "region_2025", reg, g["region_2025"], "expected", TO2025[reg])
        ps, pe = g["period_start"], g["period_end"]
        for x in (ps, pe):
            if x is not None:
                try:
                    if datetime.date.fromisoformat(x).isoformat() != x:
                        err(aid, "date not ISO", x)
                except ValueError:
                    err(aid, "date not ISO", x)
        if (ps is None) != (pe is None):
            err(aid, "half-null period", ps, pe)
        if ps and pe and ps > pe:
            err(aid, "period start > end", ps, pe)
        if ind.endswith("_total") and st == "actual" and (ps, pe) != (pub, pub):
            err(aid, "stock not dated at publication", ind, v, ps, pe)
        if pub is None and st == "actual" and ps == pe and ps is not None:
            err(aid, "point period without publication date", ind, v, ps)
        if st == "actual" and pub and pe and pe > pub and not (ps <= pub):
            err(aid, "actual figure after publication", ind, v, ps, pe)
        ev = g["evidence"]
        a, b = ev["start"], ev["end"]
        et = g["evidence_text"]
        if text[a:b] != et:
            err(aid, "offset slice", repr(text[a:b]), "!=", repr(et)); continue
        if (a, b) in spans:
            err(aid, "span used twice", et, a)
        spans.add((a, b))
        if et not in ev["sentence"] or ev["sentence"] not in text:
            err(aid, "sentence does not hold the evidence", et)
        if a >= cut:
            err(aid, "gold after a side-box / counter marker", et, a)
        if a > 0 and (text[a - 1].isalnum() or (text[a - 1] in ".," and a > 1 and text[a - 2].isdigit())):
            err(aid, "span glued on the left", repr(text[a - 3:b]))
        if b < len(text) and (text[b].isalnum() or (text[b] in ".,/:" and b + 1 < len(text) and text[b + 1].isdigit())):
            err(aid, "span glued on the right", repr(text[a:b + 3]))
        if b < len(text) and text[b] == "%" and not et.endswith("%"):
            err(aid, "span cut before %", et)
        if et.endswith("%") != (st == "attainment"):
            err(aid, "percent evidence vs status", et, st)
        p = parse(et)
        if p is None:
            err(aid, "cannot parse evidence", et)
        else:
            before = text[max(0, a - 12):a].lower()
            if st == "attainment" and re.search(r"vượt\s+(hơn\s+)?$", before):
                p = 100 + p
            if abs(p - v) > 1e-6 * max(1, abs(v)):
                err(aid, "value", v, "but evidence parses to", p, repr(et))
        eb = expected_bound(text, a, b, st)
        if eb != bd:
            err(aid, "bound", bd, "but the words around say", eb, repr(text[max(0, a - 14):b + 20]))
        if st == "target":
            sent = ev["sentence"].lower()
            if not any(c in sent for c in TARGET_CUES) and "phấn đấu" not in text[max(0, a - 300):a].lower():
                err(aid, "target without a target cue", et)
        cnt_ind[ind] += 1; arts_ind[ind].add(aid)
        cnt_status[st] += 1; cnt_bound[bd] += 1; cnt_unit[unit] += 1
        per_ind_status[ind][st] += 1
    if VERBOSE:
        print(f"\n===== {aid} pub={pub} {d['url']}")
        for g in d["gold"]:
            a, b = g["evidence"]["start"], g["evidence"]["end"]
            ctx = (text[max(0, a - 60):a] + "[" + text[a:b] + "]" + text[b:b + 40]).replace("\n", " / ")
            print(f"  {g['indicator']:22} {g['value']!s:>14} {g['status']:10} {g['bound']:5} {g['region']}→{g['region_2025']} "
                  f"{g['period_start']}..{g['period_end']} | {ctx}")
        gold_spans = [(g["evidence"]["start"], g["evidence"]["end"]) for g in d["gold"]]
        for m in re.finditer(r"(?<![\w.,/:])[lI]?\.?\d[\d.,/:]*(?: \d\d\b)?", text):
            s, e = m.span()
            tok = m.group().rstrip(".,")
            if "/" in tok or ":" in tok or re.fullmatch(r"20[12]\d", tok):
                continue                      # dates, times, years
            if not any(gs <= s < ge for gs, ge in gold_spans):
                print(f"      non-gold: {text[max(0, s - 35):e + 25]!r}".replace("\\n", " / "))

if ids != [f"k{i:02d}" for i in range(1, 26)]:
    err("-", "ids", ids)
missing = set(CODES) - set(cnt_ind)
if missing:
    err("-", "codes never used", sorted(missing))
print(f"\n{len(ids)} articles ({n_null} without publication date), {n_rec} records, {notes} with a note, {errors} errors")
print("status:", dict(cnt_status), " bound:", dict(cnt_bound), " unit:", dict(cnt_unit))
print(f"{'indicator':24}{'records':>8}{'articles':>9}   actual/target/attainment")
for c in CODES:
    s = per_ind_status[c]
    print(f"{c:24}{cnt_ind[c]:>8}{len(arts_ind[c]):>9}   {s['actual']}/{s['target']}/{s['attainment']}")
sys.exit(1 if errors else 0)
