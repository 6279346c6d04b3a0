"""Independent sanity checks on ../articles.jsonl (does not import lib)."""
import json, re, collections, os
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles.jsonl")
docs = [json.loads(l) for l in open(p, encoding="utf-8")]
TGT = re.compile(r"phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|đề ra|dự kiến", re.I)
BOUND = [(r"(hơn|trên|vượt|ít nhất)\s*$", "over"), (r"(gần|dưới|chưa đến)\s*$", "under"), (r"(khoảng|xấp xỉ|chừng)\s*$", "about")]
n = 0
for d in docs:
    t = d["text"]
    assert 800 <= len(t) <= 2500, (d["id"], len(t))
    assert 6 <= len(d["gold"]) <= 15, d["id"]
    for g in d["gold"]:
        s, e = g["evidence"]["start"], g["evidence"]["end"]
        assert t[s:e] == g["evidence_text"]
        pre = t[max(0, s - 12):s].lower()
        want = "exact"
        for rx, b in BOUND:
            if re.search(rx, pre):
                want = b
        if want != g["bound"] and not (want == "over" and g["status"] == "attainment"):
            print("BOUND?", d["id"], g["evidence_text"], repr(pre), g["bound"])
        sent = g["evidence"]["sentence"]
        if g["status"] == "actual" and TGT.search(sent) and not re.search(r"đạt|vượt", sent):
            print("ACTUAL in target sentence?", d["id"], g["evidence_text"], sent[:80])
        if g["status"] == "target" and not TGT.search(sent):
            print("TARGET without cue?", d["id"], g["evidence_text"], sent[:80])
        if g["evidence_text"].endswith("%") != (g["unit"] == "percent"):
            print("PCT?", d["id"], g)
        n += 1
print(len(docs), "docs", n, "records")
c = collections.Counter((g["indicator"]) for d in docs for g in d["gold"])
print(sorted(c.items(), key=lambda x: -x[1]), len(c))
