"""Builder helpers for gold/challenge6: loads gold/challenge2/src/lib.py by file path
(no other module of that folder can be imported) and provides an add() for short
articles (300-1100 characters) that reuses lib's finder, parser, sentence cut and maps."""
import sys, os, json, re, importlib.util
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("c2lib_for_c6", "/work/main/gold/challenge2/src/lib.py")
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)
OUT = os.path.join(os.path.dirname(HERE), "articles.jsonl")
lib.OUT = OUT          # never write to challenge2
R, Y, H1, H2, Q, M, SPAN, SY, D = lib.R, lib.Y, lib.H1, lib.H2, lib.Q, lib.M, lib.SPAN, lib.SY, lib.D
CODES, R2025 = lib.CODES, lib.R2025

def find(text, ev):
    """lib.find_all plus: a word evidence must not be glued to a letter after it
    (`chín` inside `chính`)."""
    out = []
    for a, b in lib.find_all(text, ev):
        if ev[-1].isalpha() and b < len(text) and text[b].isalpha():
            continue
        out.append((a, b))
    return out

def parse(ev):
    return lib.parse(ev.replace(" tỉ", " tỷ"))

def add(aid, url, published, text, recs, region, per=None):
    text = text.strip("\n")
    errors = []
    if not (300 <= len(text) <= 1100):
        errors.append(f"length {len(text)}")
    used, gold = {}, []
    for r in recs:
        ind = r["ind"]
        if ind not in CODES: errors.append(f"bad code {ind}"); continue
        status = r["status"]; assert status in ("actual", "target", "attainment"), status
        assert r["bound"] in ("exact", "over", "under", "about"), r["bound"]
        unit = "percent" if status == "attainment" else CODES[ind]
        occs = find(text, r["ev"])
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
        ps, pe = r["per"] or per or (published, published)
        if ps is not None: lib.iso(ps); lib.iso(pe); assert ps <= pe, (ps, pe)
        reg = r["region"] or region
        if reg not in R2025: errors.append(f"region {reg}")
        val = r["val"]
        if isinstance(val, float) and val.is_integer(): val = int(val)
        rec = {"doc_id": aid, "indicator": ind, "value": val, "unit": unit, "status": status,
               "bound": r["bound"], "region": reg, "region_2025": R2025.get(reg), "scope": r["scope"],
               "period_start": ps, "period_end": pe, "evidence_text": r["ev"],
               "evidence": {"sentence": lib.sentence(text, a, b), "start": a, "end": b}}
        assert text[a:b] == r["ev"]
        if r["note"]: rec["note"] = r["note"]
        gold.append(rec)
    if errors:
        print(f"{aid}: NOT WRITTEN:"); [print("   ", e) for e in errors]; return False
    gold.sort(key=lambda g: g["evidence"]["start"])
    art = {"id": aid, "url": url, "published": published, "title": None, "text": text, "gold": gold}
    with open(OUT, "a", encoding="utf-8") as f:
        f.write(json.dumps(art, ensure_ascii=False) + "\n")
    print(f"{aid}: {len(text)} chars, {len(gold)} records")
    return True
