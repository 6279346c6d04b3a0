"""Builder for gold/challenge3/articles.jsonl.

Imports the helpers of gold/challenge2/src/lib.py (evidence search, number
parsing, sentence cut, 2025 region map, indicator units, period helpers) and
adds an `add` that writes to challenge3 and checks article length in
characters (the challenge3 articles are 400-1700 characters, shorter than
lib.add's 150-word floor allows)."""
import json, os, re, sys

sys.path.insert(0, "/work/main/gold/challenge2/src")
import lib  # noqa: E402
from lib import R, Y, H1, H2, Q, M, SPAN, SY, D, R2025, CODES, find_all, parse, sentence, iso  # noqa: F401,E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "articles.jsonl")
lib.OUT = OUT  # lib.drop() etc. point at our file, never at challenge2's

STATS = {"written": 0}


def _num(v):
    return int(v) if float(v).is_integer() else v


def add(aid, url, published, text, recs, region, per=None, scope=None):
    """per: default period of the article's records (else the publication date);
    scope: default scope of the article's records (else null)."""
    text = text.strip("\n")
    errors = []
    if os.path.exists(OUT):
        for line in open(OUT, encoding="utf-8"):
            if json.loads(line)["id"] == aid:
                print(f"{aid}: already in file, skipped"); return
    n = len(text)
    if not (400 <= n <= 1700):
        errors.append(f"length {n} chars")
    if published is not None:
        iso(published)
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
            if status == "attainment" and p is not None and r["ev"].endswith("%") and abs(p - r["val"]) > 1e-6:
                # 'vượt N%' -> 100+N
                if abs(p + 100 - r["val"]) > 1e-6:
                    errors.append(f"attainment {r['val']} vs evidence {r['ev']!r}")
            elif p is None or abs(p - r["val"]) > 1e-6 * max(1, abs(p)):
                errors.append(f"value {r['val']} vs evidence {r['ev']!r} (parsed {p})")
        ps, pe = r["per"] or per or (published, published)
        if ps is not None: iso(ps); iso(pe); assert ps <= pe, (ps, pe)
        reg = r["region"] or region
        if reg not in R2025: errors.append(f"region {reg}")
        rec = {"doc_id": aid, "indicator": ind, "value": _num(r["val"]), "unit": unit, "status": status,
               "bound": r["bound"], "region": reg, "region_2025": R2025.get(reg), "scope": r["scope"] if r["scope"] is not None else scope,
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
    STATS["written"] += 1
    print(f"{aid}: {n} chars, {len(gold)} records written")
