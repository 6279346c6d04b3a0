"""Independent check of gold/challenge2/articles.jsonl against records.md."""
import json, re, sys, datetime, collections, os
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "articles.jsonl")
codes = {l.split("\t")[0]: l.split("\t")[1] for l in open("/work/shared/spec/indicators.tsv", encoding="utf-8").read().splitlines()[1:]}
bad = 0; n = 0; ids = []
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
for line in open(P, encoding="utf-8"):
    d = json.loads(line); ids.append(d["id"])
    assert set(d) == {"id", "url", "published", "title", "text", "gold"}, d.keys()
    if d["published"]: datetime.date.fromisoformat(d["published"])
    t = d["text"]
    w = len(re.findall(r"\w+", t))
    if not 150 <= w <= 600: err(d["id"], "words", w)
    for g in d["gold"]:
        n += 1
        if g.get("doc_id", d["id"]) != d["id"]: err(d["id"], "doc_id")
        if g["indicator"] not in codes: err(d["id"], "code", g["indicator"])
        if not isinstance(g["value"], (int, float)): err(d["id"], "value", g["value"])
        if g["status"] not in ("actual", "target", "attainment"): err(d["id"], "status")
        if g["bound"] not in ("exact", "over", "under", "about"): err(d["id"], "bound")
        exp = "percent" if g["status"] == "attainment" else codes.get(g["indicator"])
        if g["unit"] != exp: err(d["id"], "unit", g)
        if g["evidence_text"] not in t: err(d["id"], "evidence missing", g["evidence_text"])
        e = g.get("evidence")
        if e and t[e["start"]:e["end"]] != g["evidence_text"]: err(d["id"], "offsets", g["evidence_text"])
        for k in ("period_start", "period_end"):
            if g[k] is not None: datetime.date.fromisoformat(g[k])
        if g["period_start"] and g["period_start"] > g["period_end"]: err(d["id"], "period order")
        if not g["region"]: err(d["id"], "region")
        if g["status"] == "attainment" and not (20 <= g["value"] <= 300): err(d["id"], "attainment value", g["value"])
assert ids == sorted(ids) and len(ids) == len(set(ids)), ids
print(f"{len(ids)} articles, {n} records, {bad} errors")
