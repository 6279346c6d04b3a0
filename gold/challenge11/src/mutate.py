"""Plant one error at a time in a copy of articles.jsonl and check that check.py finds it."""
import copy
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "articles.jsonl")
PY = "/work/main/.venv/bin/python"
rows = [json.loads(l) for l in open(SRC, encoding="utf-8")]
rng = random.Random(11)


def pick(pred=lambda r: True):
    cands = [(i, k) for i, a in enumerate(rows) for k, r in enumerate(a["gold"]) if pred(r)]
    return rng.choice(cands)


def m_offset(rs, i, k):
    rs[i]["gold"][k]["evidence"]["start"] += 1; rs[i]["gold"][k]["evidence"]["end"] += 1


def m_bound(rs, i, k):
    r = rs[i]["gold"][k]; r["bound"] = "over" if r["bound"] != "over" else "exact"


def m_stock(rs, i, k):
    r = rs[i]["gold"][k]; r["period_start"], r["period_end"] = "2020-01-01", "2020-12-31"


def m_value(rs, i, k):
    rs[i]["gold"][k]["value"] = rs[i]["gold"][k]["value"] * 10


def m_r2025(rs, i, k):
    rs[i]["gold"][k]["region_2025"] = "Hà Nội" if rs[i]["gold"][k]["region_2025"] != "Hà Nội" else "Huế"


def m_unit(rs, i, k):
    r = rs[i]["gold"][k]; r["unit"] = "vnd" if r["unit"] == "count" else "count"


def m_status_t2a(rs, i, k):
    rs[i]["gold"][k]["status"] = "actual"


def m_status_a2t(rs, i, k):
    rs[i]["gold"][k]["status"] = "target"


def m_region(rs, i, k):
    rs[i]["gold"][k]["region"] = "Thành phố Huế"


def m_code(rs, i, k):
    rs[i]["gold"][k]["indicator"] = "members_added"


def m_evtext(rs, i, k):
    rs[i]["gold"][k]["evidence_text"] += "0"


def m_period_order(rs, i, k):
    r = rs[i]["gold"][k]; r["period_start"], r["period_end"] = r["period_end"], r["period_start"]


def m_future_actual(rs, i, k):
    r = rs[i]["gold"][k]; r["period_start"], r["period_end"] = "2027-01-01", "2027-12-31"


def m_pct_unit(rs, i, k):
    r = rs[i]["gold"][k]; r["status"] = "actual"; r["unit"] = "count"


CASES = [
    ("shifted offset", m_offset, lambda r: True),
    ("wrong bound", m_bound, lambda r: True),
    ("stock period", m_stock, lambda r: r["indicator"].endswith("_total")),
    ("value x10", m_value, lambda r: True),
    ("region_2025", m_r2025, lambda r: True),
    ("unit", m_unit, lambda r: r["status"] != "attainment"),
    ("target -> actual", m_status_t2a, lambda r: r["status"] == "target"),
    ("actual -> target", m_status_a2t, lambda r: r["status"] == "actual" and r["period_start"] is not None
     and r["period_end"] < "2023-01-01" or (r["status"] == "actual" and "Hiện" in r["evidence"]["sentence"][:6])),
    ("bad region", m_region, lambda r: True),
    ("bad code", m_code, lambda r: True),
    ("evidence_text", m_evtext, lambda r: True),
    ("period order", m_period_order, lambda r: r["period_start"] and r["period_start"] != r["period_end"]),
    ("actual in the future", m_future_actual, lambda r: r["status"] == "actual" and not r["indicator"].endswith("_total")),
    ("attainment -> count", m_pct_unit, lambda r: r["status"] == "attainment"),
]

caught = 0
for name, fn, pred in CASES:
    for _ in range(3):
        rs = copy.deepcopy(rows)
        try:
            i, k = pick(pred)
        except IndexError:
            print(f"  no candidate for {name}"); break
        fn(rs, i, k)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for a in rs:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        res = subprocess.run([PY, os.path.join(HERE, "check.py"), f.name], capture_output=True, text=True)
        os.unlink(f.name)
        ok = res.returncode != 0
        caught += ok
        tag = f"{rows[i]['id']}#{k} {rows[i]['gold'][k]['indicator']} {rows[i]['gold'][k]['evidence_text']!r}"
        print(f"{'CAUGHT' if ok else 'MISSED'}  {name:<22} {tag}")
print(f"{caught} caught of {3 * len(CASES)} planted")
sys.exit(0 if caught == 3 * len(CASES) else 1)
