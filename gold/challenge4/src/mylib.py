"""Builder helpers for gold/challenge4/articles.jsonl.

Imports the challenge2 builder (gold/challenge2/src/lib.py) for its code table,
its 2025 region map, its period helpers and its sentence splitter, and adds a
stricter number finder, a parser that also knows tỉ and ngàn, and an add() for short articles (400-1600 characters)."""
import sys, os, re, json

import importlib.util
sys.dont_write_bytecode = True   # leave no __pycache__ in challenge2/src
_spec = importlib.util.spec_from_file_location("c2lib", "/work/main/gold/challenge2/src/lib.py")
c2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(c2)     # the challenge2 builder, loaded by path (no sys.path change)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "articles.jsonl")
c2.OUT = OUT          # never write into challenge2, even by accident

CODES, R2025 = c2.CODES, c2.R2025
Y, H1, H2, Q, M, SPAN, SY, D = c2.Y, c2.H1, c2.H2, c2.Q, c2.M, c2.SPAN, c2.SY, c2.D
PUB = "PUB"           # period = publication date (stocks, or no period phrase)


def R(ind, val, ev, status="actual", bound="exact", per=None, region=None, scope=None,
      unit=None, occ=None, note=None, chk=True, slash=False):
    return dict(ind=ind, val=val, ev=ev, status=status, bound=bound, per=per, region=region,
                scope=scope, unit=unit, occ=occ, note=note, chk=chk, slash=slash)


MULT = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}


def parse(ev):
    s = ev.strip()
    mult = 1
    for w, m in MULT.items():
        if s.endswith(" " + w):
            s = s[: -len(w) - 1]; mult = m
    s = s.rstrip("%").strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?", s):
        return float(s.replace(".", "").replace(",", ".")) * mult
    return None


def find_all(text, ev, slash=False):
    """whole-number occurrences of ev: not glued to letters or digits, and not part
    of a date, time, document number or larger number (9/1, 29-5, 15:42, 45/KH, 1.250)"""
    out = []
    for m in re.finditer(re.escape(ev), text):
        a, b = m.start(), m.end()
        p = text[a - 1] if a > 0 else " "
        n = text[b] if b < len(text) else " "
        if p.isalnum() or n.isalnum():
            continue
        if p in ".,:/-+" and a > 1 and text[a - 2].isdigit():
            continue
        if p in "-/" and a > 1 and text[a - 2].isalpha():   # Covid-19, NQ/45
            continue
        if n in ".,:-" and b + 1 < len(text) and text[b + 1].isdigit():
            continue
        if n == "/" and not slash:
            continue
        out.append((a, b))
    return out


def num(v):
    return int(v) if float(v).is_integer() else v


def add(aid, url, published, text, recs, region, per=None):
    text = text.strip("\n")
    errors = []
    if not (400 <= len(text) <= 1600):
        errors.append(f"length {len(text)}")
    used, gold = {}, []
    for r in recs:
        ind, status = r["ind"], r["status"]
        if ind not in CODES: errors.append(f"bad code {ind}")
        assert status in ("actual", "target", "attainment"), status
        assert r["bound"] in ("exact", "over", "under", "about"), r["bound"]
        unit = r["unit"] or ("percent" if status == "attainment" else CODES.get(ind))
        occs = find_all(text, r["ev"], r["slash"])
        if not occs: errors.append(f"evidence {r['ev']!r} not found"); continue
        k = r["occ"] if r["occ"] is not None else used.get(r["ev"], 0)
        used[r["ev"]] = k + 1
        if k >= len(occs): errors.append(f"evidence {r['ev']!r} occurrence {k} of {len(occs)}"); continue
        a, b = occs[k]
        if r["chk"]:
            p = parse(r["ev"])
            if p is None or abs(p - r["val"]) > 1e-6 * max(1, abs(p)):
                errors.append(f"value {r['val']} vs evidence {r['ev']!r} (parsed {p})")
        elif not r["note"]:
            errors.append(f"{r['ev']!r}: unchecked value needs a note")
        p_ = r["per"] or per or PUB
        ps, pe = (published, published) if p_ == PUB else p_
        reg = r["region"] or region
        if reg not in R2025: errors.append(f"region {reg}")
        rec = {"doc_id": aid, "indicator": ind, "value": num(r["val"]), "unit": unit,
               "status": status, "bound": r["bound"], "region": reg,
               "region_2025": R2025.get(reg), "scope": r["scope"],
               "period_start": ps, "period_end": pe, "evidence_text": r["ev"],
               "evidence": {"sentence": c2.sentence(text, a, b), "start": a, "end": b}}
        if r["note"]: rec["note"] = r["note"]
        gold.append(rec)
    if errors:
        print(f"{aid}: NOT WRITTEN:"); [print("   ", e) for e in errors]; return
    gold.sort(key=lambda g: g["evidence"]["start"])
    art = {"id": aid, "url": url, "published": published, "title": None, "text": text, "gold": gold}
    with open(OUT, "a", encoding="utf-8") as f:
        f.write(json.dumps(art, ensure_ascii=False) + "\n")
    print(f"{aid}: {len(text)} chars, {len(gold)} records")
