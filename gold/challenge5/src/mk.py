"""Builder for gold/challenge5/articles.jsonl.

Loads gold/challenge2/src/lib.py BY PATH (so no other module of that folder can be
imported), reuses its code table, 2025 region map, period helpers and sentence cut,
and adds its own add(): no word-count limit, evidence located by a unique context
string with the number marked [[...]], and a value parser that also knows word
numbers, vạn, tỉ/ngàn, 'N tỷ M triệu', split groups ('1.5 60') and letter slips ('l.482').
"""
import importlib.util, json, os, re, datetime

_spec = importlib.util.spec_from_file_location(
    "challenge2_lib", "/work/main/gold/challenge2/src/lib.py")
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "articles.jsonl")
lib.OUT = OUT                      # never write into challenge2

CODES, R2025, sentence = lib.CODES, lib.R2025, lib.sentence
Y, H1, H2, Q, M, SPAN, SY, D = lib.Y, lib.H1, lib.H2, lib.Q, lib.M, lib.SPAN, lib.SY, lib.D
PUB = "PUB"                        # stock / publication-date marker


def FROM(a, b):
    return (a, b)


UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
         "tám": 8, "chín": 9, "mười": 10, "mười lăm": 15, "mười hai": 12}


def parse(ev):
    """value of an evidence span (None when it cannot be parsed)."""
    s = ev.strip()
    low = s.lower()
    if low in UNITS:
        return float(UNITS[low])
    m = re.fullmatch(r"(\d+) tỷ (\d+) triệu", s)
    if m:
        return int(m.group(1)) * 1e9 + int(m.group(2)) * 1e6
    mult = 1
    for w, k in (("tỷ", 1e9), ("tỉ", 1e9), ("triệu", 1e6), ("nghìn", 1e3),
                 ("ngàn", 1e3), ("vạn", 1e4)):
        if s.endswith(" " + w):
            s = s[: -len(w) - 1]
            mult = k
    s = s.rstrip("%").strip()
    s = re.sub(r"^l(?=\.\d)", "1", s)                 # l.482 -> 1.482
    s = re.sub(r"(?<=\d) (?=\d)", "", s)              # 1.5 60 -> 1.560
    if re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", ".")) * mult
    return None


def r(ind, val, ctx, status="actual", bound="exact", per=None, region=None,
      scope=None, note=None, vuot=False, unit=None):
    return dict(ind=ind, val=val, ctx=ctx, status=status, bound=bound, per=per,
                region=region, scope=scope, note=note, vuot=vuot, unit=unit)


def locate(text, ctx):
    m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", ctx, re.S)
    assert m, f"no [[...]] in {ctx!r}"
    pre, ev, post = m.groups()
    plain = pre + ev + post
    hits = [i for i in range(len(text)) if text.startswith(plain, i)]
    if len(hits) != 1:
        raise ValueError(f"context {plain!r} found {len(hits)} times")
    a = hits[0] + len(pre)
    return ev, a, a + len(ev)


def glued(text, a, b):
    """True when the span is glued to a neighbouring letter/digit or number part."""
    if a > 0:
        p = text[a - 1]
        if p.isalnum() or (p in ".,/" and a > 1 and text[a - 2].isdigit()):
            return True
    if b < len(text):
        n = text[b]
        if n.isalnum() or (n in ".,/" and b + 1 < len(text) and text[b + 1].isdigit()):
            return True
    return False


def num(v):
    v = float(v)
    return int(v) if v.is_integer() else round(v, 6)


def build(aid, url, published, text, recs, region, per=None, pubd=None):
    """returns the article dict; raises on any error.
    per: default period; pubd: publication date to use for PUB periods when the
    `published` field is null but the dateline of the text gives the date."""
    text = text.strip("\n")
    pub = pubd or published
    errors, gold, spans = [], [], set()
    for x in recs:
        ind = x["ind"]
        if ind not in CODES:
            errors.append(f"bad code {ind}")
            continue
        st, bd = x["status"], x["bound"]
        assert st in ("actual", "target", "attainment"), st
        assert bd in ("exact", "over", "under", "about"), bd
        unit = x["unit"] or ("percent" if st == "attainment" else CODES[ind])
        if st != "attainment" and unit != CODES[ind]:
            errors.append(f"{x['ctx']}: unit {unit} for {ind}")
        ev, a, b = locate(text, x["ctx"])
        if glued(text, a, b):
            errors.append(f"{ev!r} at {a} glued to a neighbour")
        if (a, b) in spans:
            errors.append(f"span {ev!r} at {a} used twice")
        spans.add((a, b))
        p = parse(ev)
        want = x["val"] - 100 if x["vuot"] else x["val"]
        if p is None or abs(p - want) > 1e-6 * max(1, abs(p)):
            errors.append(f"value {x['val']} vs evidence {ev!r} (parsed {p})")
        pr = x["per"] if x["per"] is not None else per
        if pr == PUB or pr is None:
            ps, pe = (pub, pub)
        else:
            ps, pe = pr
        if ps is not None:
            datetime.date.fromisoformat(ps)
        if pe is not None:
            datetime.date.fromisoformat(pe)
        if ps and pe:
            assert ps <= pe, (ps, pe)
        reg = x["region"] or region
        if reg not in R2025:
            errors.append(f"region {reg}")
        rec = {"doc_id": aid, "indicator": ind, "value": num(x["val"]), "unit": unit,
               "status": st, "bound": bd, "region": reg, "region_2025": R2025.get(reg),
               "scope": x["scope"], "period_start": ps, "period_end": pe,
               "evidence_text": ev,
               "evidence": {"sentence": sentence(text, a, b), "start": a, "end": b}}
        assert text[a:b] == ev
        if x["note"]:
            rec["note"] = x["note"]
        gold.append(rec)
    if errors:
        raise ValueError(f"{aid}: " + "; ".join(errors))
    gold.sort(key=lambda g: g["evidence"]["start"])
    return {"id": aid, "url": url, "published": published, "title": None,
            "text": text, "gold": gold}
