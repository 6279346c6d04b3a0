"""Builder for gold/challenge7/articles.jsonl.

Reuses the helpers of gold/challenge2/src/lib.py (loaded by file path): the
code/unit table, the 2025 region map, the period helpers and the sentence cut.
Every record names its number by a context string that must occur exactly once
in the text, with the number marked [[...]]; offsets are computed, never counted.
"""
import importlib.util, json, os, re, datetime

_spec = importlib.util.spec_from_file_location("c2lib", "/work/main/gold/challenge2/src/lib.py")
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "articles.jsonl")
lib.OUT = OUT  # never write into challenge2

CODES, R2025 = lib.CODES, lib.R2025
Y, H1, H2, Q, M, SPAN, SY, D = lib.Y, lib.H1, lib.H2, lib.Q, lib.M, lib.SPAN, lib.SY, lib.D
PUB = "PUB"            # publication date (or the dateline's date when published is null)
NUL = (None, None)

def NM(n, y):
    """first n months of year y"""
    import calendar
    return (f"{y}-01-01", f"{y}-{n:02d}-{calendar.monthrange(y, n)[1]:02d}")

WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
         "chín": 9, "mười": 10}

def parse(ev):
    """value of an evidence span (None when it cannot be parsed)."""
    s = ev.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    m = re.fullmatch(r"(\d+)/(\d+)", s)           # 412/412 -> 412
    if m:
        return float(m.group(1))
    mult = 1
    for w, k in (("tỷ", 1e9), ("tỉ", 1e9), ("triệu", 1e6), ("nghìn", 1e3), ("ngàn", 1e3)):
        if s.endswith(" " + w):
            s = s[: -len(w) - 1]
            mult = k
    s = s.rstrip("%").strip()
    if s.startswith("l."):                        # scraped l.124 -> 1.124
        s = "1" + s[1:]
    s = s.replace(" ", "") if re.fullmatch(r"[\d. ]+", s) else s   # 1.5 60 -> 1.560
    if re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", ".")) * mult
    return None

def r(ind, val, ctx, status="actual", bound="exact", per=PUB, region=None, scope=None,
      note=None, chk=True):
    return dict(ind=ind, val=val, ctx=ctx, status=status, bound=bound, per=per,
                region=region, scope=scope, note=note, chk=chk)

ARTICLES = []

def art(aid, url, published, text, region, recs, dateline=None, kind=""):
    ARTICLES.append(dict(aid=aid, url=url, published=published, text=text, region=region,
                         recs=recs, dateline=dateline, kind=kind))

def num(v):
    v = round(v, 6)
    return int(v) if float(v).is_integer() else v

def build_one(a):
    text = a["text"].strip("\n")
    errors = []
    if not 400 <= len(text) <= 1600:
        errors.append(f"length {len(text)}")
    if a["published"]:
        datetime.date.fromisoformat(a["published"])
    pubdate = a["published"] or a["dateline"]
    if a["dateline"]:
        assert not a["published"], "dateline only for undated articles"
    spans = set()
    gold = []
    for x in a["recs"]:
        ind = x["ind"]
        if ind not in CODES:
            errors.append(f"bad code {ind}")
            continue
        ctx = x["ctx"]
        if ctx.count("[[") != 1 or ctx.count("]]") != 1:
            errors.append(f"ctx marks {ctx!r}")
            continue
        plain = ctx.replace("[[", "").replace("]]", "")
        n = text.count(plain)
        if n != 1:
            errors.append(f"ctx {plain!r} occurs {n} times")
            continue
        pos = text.index(plain)
        a0 = pos + ctx.index("[[")
        ev = ctx[ctx.index("[[") + 2: ctx.index("]]")]
        b0 = a0 + len(ev)
        assert text[a0:b0] == ev
        if (a0, b0) in spans:
            errors.append(f"span {ev!r} used twice")
        spans.add((a0, b0))
        if a0 > 0 and (text[a0 - 1].isalnum() or (text[a0 - 1] in ".," and a0 > 1 and text[a0 - 2].isdigit())):
            errors.append(f"span {ev!r} glued on the left")
        if b0 < len(text) and (text[b0].isalnum() or (text[b0] in ".,/" and b0 + 1 < len(text) and text[b0 + 1].isdigit())):
            errors.append(f"span {ev!r} glued on the right")
        status = x["status"]
        if status not in ("actual", "target", "attainment"):
            errors.append(f"status {status}")
        if x["bound"] not in ("exact", "over", "under", "about"):
            errors.append(f"bound {x['bound']}")
        unit = "percent" if status == "attainment" else CODES[ind]
        if ev.endswith("%") != (unit == "percent"):
            errors.append(f"{ev!r}: % span vs unit {unit}")
        if x["chk"]:
            p = parse(ev)
            before = text[max(0, a0 - 12):a0]
            if p is not None and status == "attainment" and re.search(r"vượt (hơn )?$", before):
                p = 100 + p
            if p is None or abs(p - x["val"]) > 1e-6 * max(1, abs(p)):
                errors.append(f"value {x['val']} vs evidence {ev!r} (parsed {p})")
        per = x["per"]
        if per == PUB:
            per = (pubdate, pubdate) if pubdate else NUL
        ps, pe = per
        if ps is not None:
            datetime.date.fromisoformat(ps)
        if pe is not None:
            datetime.date.fromisoformat(pe)
        if ps and pe and ps > pe:
            errors.append(f"period order {ps} {pe}")
        reg = x["region"] or a["region"]
        if reg is not None and reg not in R2025:
            errors.append(f"region {reg}")
        rec = {"doc_id": a["aid"], "indicator": ind, "value": num(x["val"]), "unit": unit,
               "status": status, "bound": x["bound"], "region": reg,
               "region_2025": R2025.get(reg) if reg else None, "scope": x["scope"],
               "period_start": ps, "period_end": pe, "evidence_text": ev,
               "evidence": {"sentence": lib.sentence(text, a0, b0), "start": a0, "end": b0}}
        if x["note"]:
            rec["note"] = x["note"]
        gold.append(rec)
    gold.sort(key=lambda g: g["evidence"]["start"])
    return errors, {"id": a["aid"], "url": a["url"], "published": a["published"], "title": None,
                    "text": text, "gold": gold}

def write_all():
    ok = True
    out = []
    for a in sorted(ARTICLES, key=lambda a: a["aid"]):
        errors, d = build_one(a)
        if errors:
            ok = False
            print(f"{a['aid']}: ERRORS")
            for e in errors:
                print("   ", e)
        out.append(d)
    ids = [d["id"] for d in out]
    assert len(ids) == len(set(ids)), ids
    if not ok:
        print("NOT WRITTEN")
        return False
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(out)} articles, {sum(len(d['gold']) for d in out)} records -> {OUT}")
    return True
