"""Build gold/challenge14/articles.jsonl from pages1.py / pages2.py.

    python3 build.py        # write articles.jsonl, assert every check
    python3 build.py -v     # also print each story part with gold in [ ] and other numbers in { }
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from lib import MERGE, UNITS, Marks, R, ncr, nbsp_numbers, num, occurrences, parse_value, period, visible
from templates import TEMPLATES
import pages1
import pages2

OUT = Path(__file__).resolve().parents[1] / "articles.jsonl"
VERBOSE = "-v" in sys.argv
STATUSES = {"actual", "target", "attainment"}
BOUNDS = {"exact", "over", "under", "about"}
FIELDS = ["doc_id", "indicator", "value", "unit", "status", "bound", "region", "region_2025",
          "scope", "period_start", "period_end", "evidence_text", "note"]


def mark_story(st, marks, transform):
    tf = {"ncr": ncr, "nbsp": nbsp_numbers}.get(transform, lambda s: s)
    out = dict(st)
    out["h1"] = marks(st["h1"])
    out["sapo"] = tf(marks(st["sapo"]))
    body = []
    for b in st["body"]:
        if isinstance(b, str):
            body.append(tf(marks(b)))
        elif b[0] == "ul":
            body.append(("ul", [tf(marks(i)) for i in b[1]]))
        elif b[0] == "table":
            body.append(("table", b[1], b[2], [[marks(c) for c in r] for r in b[3]]))
        elif b[0] == "img":
            body.append(("img", b[1], tf(marks(b[2]))))
    out["body"] = body
    return out


def build_page(p):
    marks = Marks()
    st = mark_story(p["story"], marks, p.get("transform"))
    page, frag = TEMPLATES[p["tpl"]](dict(p["site"], url=p["url"]), st, p["published"])
    assert frag in page, p["id"]
    text = visible(frag)
    n = len(re.sub(r"\s+", " ", text).strip())
    assert 600 <= n <= 2000, (p["id"], n)
    # the date the page prints must be the pubdate
    d = p["pubdate"]
    printed = f"{d[8:10]}/{d[5:7]}/{d[:4]}"
    assert printed in text or f"{d[8:10]}-{d[5:7]}-{d[:4]}" in text, (p["id"], "date not printed")
    if p["published"]:
        assert p["published"] == d

    labels = [l for l, _ in marks.spans]
    assert len(labels) == len(set(labels)), (p["id"], "label reused", Counter(labels).most_common(2))
    assert set(labels) == set(p["recs"]), (p["id"], set(labels) ^ set(p["recs"]))
    gold = []
    for label, ev in marks.spans:
        r = p["recs"][label]
        assert r["ind"] in UNITS and r["ind"] != "other", r
        assert r["st"] in STATUSES and r["b"] in BOUNDS, r
        unit = "percent" if r["st"] == "attainment" else UNITS[r["ind"]]
        if r["val"] is not None:
            value = r["val"]
        else:
            value = num(parse_value(ev))
        if ev.endswith("%"):
            assert unit == "percent", (p["id"], label)
            if r["st"] == "attainment" and r["val"] is None:
                pass
        if unit == "percent":
            assert r["st"] == "attainment", (p["id"], label)
            assert ev.endswith("%") or (r["note"] and "%" in r["note"]), (p["id"], label, "percent without % needs a note")
        if not re.fullmatch(r"[\d.,]+%?", ev):
            assert r["note"] or re.fullmatch(r"[\d.,]+ (tỷ|tỉ|triệu|nghìn)", ev), (p["id"], label, "non-plain evidence needs a note")
        region = r["reg"] or p["region"]
        ps, pe = period(r["per"], p["pubdate"])
        if ps:
            assert ps <= pe, (p["id"], label)
            if r["st"] == "actual":
                assert ps <= p["pubdate"], (p["id"], label, "actual starts after publication")
        if r["ind"].endswith("_total"):
            assert (ps, pe) == (p["pubdate"], p["pubdate"]), (p["id"], label, "stock not at publication")
        rec = dict(doc_id=p["id"], indicator=r["ind"], value=value, unit=unit, status=r["st"], bound=r["b"],
                   region=region, region_2025=MERGE[region], scope=r["scope"], period_start=ps, period_end=pe,
                   evidence_text=ev)
        if r["note"]:
            rec["note"] = r["note"]
        gold.append(rec)
    assert 5 <= len(gold) <= 12, (p["id"], len(gold))
    # every evidence occurs as a whole number in the story part, at least as often as it is used
    for ev, k in Counter(g["evidence_text"] for g in gold).items():
        occ = occurrences(text, ev)
        assert occ >= k, (p["id"], ev, occ, k)
    if VERBOSE:
        show(p["id"], text, [g["evidence_text"] for g in gold])
    return dict(id=p["id"], url=p["url"], published=p["published"], title=None, html=page, gold=gold), n


def show(pid, text, evs):
    """Print the story with gold spans in [ ] and every other number in { } (for reading)."""
    t = re.sub(r"\s*\n\s*", "\n", text).strip()
    left = Counter(evs)
    out, pos = [], 0
    for m in re.finditer(r"\d[\d.,/]*\d%?|\d%?|\b(?:bốn|tỷ|tỉ|triệu|nghìn)\b", t):
        out.append(t[pos:m.start()])
        tok = m.group(0)
        hit = next((e for e in left if left[e] and t.startswith(e, m.start())), None)
        if hit:
            left[hit] -= 1
            out.append(f"[{hit}]")
            pos = m.start() + len(hit)
            continue
        out.append("{" + tok + "}")
        pos = m.end()
    out.append(t[pos:])
    print(f"===== {pid}\n" + "".join(out) + "\n")


def main():
    pages = pages1.PAGES + pages2.PAGES
    ids = [p["id"] for p in pages]
    assert ids == [f"z{i:02d}" for i in range(1, 17)], ids
    regions = [p["region"] for p in pages]
    assert len(set(regions)) == 16, regions
    lines, lens = [], []
    for p in pages:
        art, n = build_page(p)
        lines.append(json.dumps(art, ensure_ascii=False))
        lens.append(n)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    golds = [g for l in lines for g in json.loads(l)["gold"]]
    print(f"{len(lines)} pages, {len(golds)} records, story length {min(lens)}-{max(lens)}")


if __name__ == "__main__":
    main()
