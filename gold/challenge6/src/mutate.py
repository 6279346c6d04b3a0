"""Mutation test of check.py: plant one error at a time in a temp copy and make sure
check.py reports it."""
import json, os, subprocess, tempfile, shutil, copy
HERE = os.path.dirname(os.path.abspath(__file__))
P = os.path.join(os.path.dirname(HERE), "articles.jsonl")
arts = [json.loads(l) for l in open(P, encoding="utf-8")]
def find(aid, ev):
    a = next(x for x in arts if x["id"] == aid)
    return a, next(g for g in a["gold"] if g["evidence_text"] == ev)
MUT = {
 "shifted offset":      ("h01", "46",       lambda a, g: g["evidence"].update(start=g["evidence"]["start"] + 1)),
 "wrong bound":         ("h02", "8.000",    lambda a, g: g.update(bound="exact")),
 "bound missing over":  ("h20", "6",        lambda a, g: g.update(bound="exact")),
 "stock period":        ("h18", "268",      lambda a, g: g.update(period_start="2014-01-01", period_end="2014-10-31")),
 "value":               ("h05", "2.140",    lambda a, g: g.update(value=2410)),
 "region_2025":         ("h19", "5",        lambda a, g: g.update(region_2025="Bình Định")),
 "unit":                ("h08", "127%",     lambda a, g: g.update(unit="count")),
 "vượt N% as N":        ("h18", "17%",      lambda a, g: g.update(value=17)),
 "word number":         ("h25", "bảy",      lambda a, g: g.update(value=6)),
 "l.482":               ("h25", "l.482",    lambda a, g: g.update(value=482)),
 "span inside date":    ("h01", "46",       lambda a, g: (g["evidence"].update(start=a["text"].find("2023"), end=a["text"].find("2023") + 2), g.update(evidence_text="20"))),
 "target without cue":  ("h01", "46",       lambda a, g: g.update(status="target")),
 "gold in Tin liên quan": ("h01", "46",     lambda a, g: (g["evidence"].update(start=a["text"].find("1.000"), end=a["text"].find("1.000") + 5), g.update(evidence_text="1.000", value=1000))),
 "actual after pub":    ("h04", "812",      lambda a, g: g.update(period_end="2025-10-31")),
 "bad region":          ("h14", "200",      lambda a, g: g.update(region="Rạch Giá")),
}
tmpd = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(tmpd, "src")); shutil.copy(os.path.join(HERE, "check.py"), os.path.join(tmpd, "src"))
    for name, (aid, ev, f) in MUT.items():
        arts2 = copy.deepcopy(arts)
        a = next(x for x in arts2 if x["id"] == aid); g = next(x for x in a["gold"] if x["evidence_text"] == ev)
        f(a, g)
        with open(os.path.join(tmpd, "articles.jsonl"), "w", encoding="utf-8") as o:
            for x in arts2: o.write(json.dumps(x, ensure_ascii=False) + "\n")
        r = subprocess.run(["python3", "-B", os.path.join(tmpd, "src", "check.py")], capture_output=True, text=True)
        print(f"{name:<24} {'caught' if r.returncode else 'MISSED'}  {r.stdout.splitlines()[0] if r.returncode else ''}")
finally:
    shutil.rmtree(tmpd)
