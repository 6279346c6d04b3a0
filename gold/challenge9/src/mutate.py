"""Mutation test of check.py: plant one error at a time in a copy of the set and
make sure check.py rejects every copy.  python3 src/mutate.py"""
import copy, json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
ARTS = [json.loads(l) for l in open(os.path.join(os.path.dirname(HERE), "articles.jsonl"), encoding="utf-8")]

def find(arts, aid, ev, k=0):
    a = next(x for x in arts if x["id"] == aid)
    return a, [g for g in a["gold"] if g["evidence_text"] == ev][k]

def m_offset(arts):
    a, g = find(arts, "k02", "9.640"); g["evidence"]["start"] += 1; g["evidence"]["end"] += 1
def m_bound(arts):
    a, g = find(arts, "k05", "8.245"); g["bound"] = "over"
def m_bound2(arts):
    a, g = find(arts, "k13", "16 tỷ"); g["bound"] = "exact"
def m_stock(arts):
    a, g = find(arts, "k01", "3.214"); g["period_start"], g["period_end"] = "2024-01-01", "2024-12-31"
def m_value(arts):
    a, g = find(arts, "k08", "418"); g["value"] = 481
def m_region2025(arts):
    a, g = find(arts, "k07", "86"); g["region_2025"] = "Bình Dương"
def m_unit(arts):
    a, g = find(arts, "k06", "240 triệu"); g["unit"] = "count"
def m_vuot(arts):
    a, g = find(arts, "k19", "20%"); g["value"] = 20
def m_word(arts):
    a, g = find(arts, "k16", "ba"); g["value"] = 2
def m_l482(arts):
    a, g = find(arts, "k24", "l.482"); g["value"] = 482
def m_defect(arts):
    a, g = find(arts, "k18", "1.5 60"); g["value"] = 1.56
def m_target_nocue(arts):
    a, g = find(arts, "k20", "2.814"); g["status"] = "target"
def m_sidebox(arts):
    a, g0 = find(arts, "k01", "12.386"); t = a["text"]; s = t.index("Hơn 3.000") + 4
    g = copy.deepcopy(g0); g["evidence_text"] = "3.000"; g["value"] = 3000
    g["evidence"] = {"sentence": "Hơn 3.000 công nhân được hỗ trợ vé xe về quê đón Tết", "start": s, "end": s + 5}
    a["gold"].append(g)
def m_future(arts):
    a, g = find(arts, "k10", "68"); g["period_start"], g["period_end"] = "2025-01-01", "2025-06-30"
def m_region(arts):
    a, g = find(arts, "k02", "21"); g["region"] = "tỉnh Bắc Giang"
def m_in_time(arts):
    a, g0 = find(arts, "k01", "12.386"); t = a["text"]; s = t.index("15:20")
    g = copy.deepcopy(g0); g["evidence_text"] = "15"; g["value"] = 15
    g["evidence"] = {"sentence": t.splitlines()[2], "start": s, "end": s + 2}
    a["gold"].append(g)
def m_pct_cut(arts):
    a, g = find(arts, "k01", "123,9%"); g["evidence_text"] = "123,9"; g["evidence"]["end"] -= 1
def m_dup(arts):
    a, g = find(arts, "k03", "200"); a["gold"].append(copy.deepcopy(g))
def m_date(arts):
    a, g = find(arts, "k04", "2.145"); g["period_end"] = "2023-12-32"
def m_code(arts):
    a, g = find(arts, "k09", "86"); g["indicator"] = "training_courses"
def m_keys(arts):
    a, g = find(arts, "k12", "150"); del g["scope"]
def m_half_null(arts):
    a, g = find(arts, "k18", "38"); g["period_end"] = None

MUTS = [v for k, v in sorted(globals().items()) if k.startswith("m_")]
caught = 0
for m in MUTS:
    arts = copy.deepcopy(ARTS)
    m(arts)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    r = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), f.name], capture_output=True, text=True)
    os.unlink(f.name)
    first = next((l for l in r.stdout.splitlines() if l.startswith("ERROR")), "(no error reported)")
    ok = r.returncode != 0
    caught += ok
    print(f"{'caught' if ok else 'MISSED'}  {m.__name__:16} {first[:110]}")
print(f"{caught}/{len(MUTS)} mutations caught")
sys.exit(0 if caught == len(MUTS) else 1)
