"""Mutation test of check.py: plant one error at a time in a copy and expect check.py to fail."""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(os.path.dirname(HERE), "articles.jsonl"), encoding="utf-8")]

def find(pred):
    for i, a in enumerate(arts):
        for j, g in enumerate(a["gold"]):
            if pred(a, g):
                return i, j
    raise SystemExit("no record for mutation")

def m_offset(g, a): g["evidence"]["start"] += 1; g["evidence"]["end"] += 1
def m_bound(g, a): g["bound"] = "over"
def m_stock(g, a): g["period_start"] = "2020-01-01"
def m_value(g, a): g["value"] = g["value"] + 1
def m_r2025(g, a): g["region_2025"] = g["region"] if g["region"] != g["region_2025"] else "Cà Mau"
def m_unit(g, a): g["unit"] = "vnd"
def m_status(g, a): g["status"] = "target"
def m_region(g, a): g["region"] = "Kiên Giang"
def m_code(g, a): g["indicator"] = "members_news"
MUTS = [
    ("offset", m_offset, lambda a, g: True),
    ("bound", m_bound, lambda a, g: g["bound"] == "exact"),
    ("stock period", m_stock, lambda a, g: g["indicator"] == "unions_total"),
    ("value", m_value, lambda a, g: g["unit"] == "count"),
    ("region_2025", m_r2025, lambda a, g: g["region"] == "Thái Bình"),
    ("unit", m_unit, lambda a, g: g["indicator"] == "beneficiaries"),
    ("status", m_status, lambda a, g: g["status"] == "actual" and "Năm" not in g["evidence"]["sentence"][:20]),
    ("region_2025 after region change", m_region, lambda a, g: g["region"] == "Nghệ An"),
    ("code", m_code, lambda a, g: True),
]
bad = 0
for name, f, pred in MUTS:
    i, j = find(pred)
    arts2 = copy.deepcopy(arts)
    f(arts2[i]["gold"][j], arts2[i])
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for a in arts2:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, os.path.join(HERE, "check.py")], env={**os.environ, "GOLD": fh.name},
                         capture_output=True, text=True)
    os.unlink(fh.name)
    caught = res.returncode != 0
    bad += not caught
    print(f"{name:32} {'caught' if caught else 'MISSED'}  {res.stdout.strip().splitlines()[0] if caught else ''}")
print("all caught" if not bad else f"{bad} missed")
