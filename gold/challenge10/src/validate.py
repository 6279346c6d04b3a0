"""Independent checker of ../articles.jsonl (imports nothing from the builder).

    python3 src/validate.py            check the set, print errors, exit 1 on any
    python3 src/validate.py -v         also list every number that is not gold
    python3 src/validate.py --selftest plant errors one at a time and show each is caught

Its own number parser, its own code and unit table (read from shared/spec/indicators.tsv),
its own 63 -> 34 merger table (read from underthesea's offline mapping.json, not from the
builder), its own cue lists for bound and status."""
import copy
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(os.path.dirname(HERE), "articles.jsonl")
TSV = "/work/shared/spec/indicators.tsv"
MAPPING = "/work/main/.venv/lib/python3.11/site-packages/underthesea/address/data/mapping.json"

REC_KEYS = {"doc_id", "indicator", "value", "unit", "status", "bound", "region", "region_2025",
            "scope", "period_start", "period_end", "evidence_text", "evidence", "note"}
ART_KEYS = {"id", "url", "published", "title", "text", "gold"}


def load_codes():
    codes = {}
    with open(TSV, encoding="utf-8") as f:
        next(f)
        for line in f:
            c, u = line.split("\t")[:2]
            codes[c] = u
    return codes


def load_regions():
    """old short name -> new short name, from underthesea's mapping (vietnamadminunits)."""
    m = json.load(open(MAPPING, encoding="utf-8"))
    old = {k: v["short"] for k, v in m["old_province_names"].items()}
    new = {k: v["short"] for k, v in m["province_names"].items()}
    out = {}
    for ok, nk in m["province_mapping"].items():
        if ok in old:
            out[old[ok]] = new[nk]
    out["Việt Nam"] = "Việt Nam"
    return out


CODES = load_codes()
R25 = load_regions()


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return s


# ---------------------------------------------------------------- parsing
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
           "chín": 9, "mười": 10}
MULT = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}


def reparse(ev):
    e = ev.strip().lower()
    if e in WORDNUM:
        return WORDNUM[e]
    m = re.fullmatch(r"(\d+)/(\d+)", e)
    if m:
        return int(m.group(1))
    pct = e.endswith("%")
    e = e.rstrip("%")
    mult = 1
    m = re.fullmatch(r"(\S+) (tỷ|tỉ|triệu|nghìn|ngàn)", e)
    if m:
        e, mult = m.group(1), MULT[m.group(2)]
    e = re.sub(r"^l\.", "1.", e)
    if re.fullmatch(r"\d+(\.\d{3})+", e):
        v = float(e.replace(".", ""))
    elif re.fullmatch(r"\d+(,\d+)?", e):
        v = float(e.replace(",", "."))
    else:
        return None
    return v * mult


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1, abs(b))


# ---------------------------------------------------------------- cues
OVER = ["hơn", "trên", "ít nhất", "vượt"]
UNDER = ["gần", "dưới", "chưa đến", "chưa tới"]
ABOUT = ["khoảng", "xấp xỉ", "chừng", "gần như"]
TARGET = ["phấn đấu", "chỉ tiêu", "kế hoạch", "mục tiêu", "đề ra", "dự kiến", "sẽ "]
BOX = ["Tin liên quan", "Bài liên quan", "Xem thêm"]
DOMAINS = {  # site -> province, for articles whose text never names the province
    "baoquangninh.vn": "Quảng Ninh", "baolaocai.vn": "Lào Cai", "baohanam.com.vn": "Hà Nam",
}


def bound_cue(text, a, b):
    before = text[max(0, a - 12):a].lower()
    after = text[b:b + 40].lower()
    for w in ABOUT:
        if before.rstrip().endswith(w):
            return "about"
    for w in UNDER:
        if before.rstrip().endswith(w):
            return "under"
    for w in OVER:
        if before.rstrip().endswith(w):
            return "over"
    m = re.match(r"[^,;.]{0,25}?trở lên", after)
    if m:
        pre = text[max(0, a - 6):a].lower()
        if not pre.rstrip().endswith("từ"):
            return "over"
    return "exact"


def sentence_start(text, a):
    cut = max(text.rfind("\n", 0, a), text.rfind(". ", 0, a), text.rfind("; ", 0, a))
    return cut + 1


# ---------------------------------------------------------------- checks
def check(arts, verbose=False):
    errs = []
    E = errs.append
    ids = [a.get("id") for a in arts]
    if len(arts) != 25:
        E(f"set: {len(arts)} articles, want 25")
    if len(set(ids)) != len(ids):
        E("set: duplicate ids")
    for a in arts:
        aid = a.get("id")
        if set(a) != ART_KEYS:
            E(f"{aid}: keys {sorted(a)}")
            continue
        if not re.fullmatch(r"[mp]\d\d", aid or ""):
            E(f"{aid}: bad id")
        if a["title"] is not None:
            E(f"{aid}: title not null")
        pub = a["published"]
        if pub is not None:
            try:
                pubd = datetime.date.fromisoformat(pub)
            except ValueError:
                E(f"{aid}: bad published {pub}")
                pubd = None
            if pubd and not (datetime.date(2023, 1, 1) <= pubd <= datetime.date(2026, 12, 31)):
                E(f"{aid}: published {pub} outside 2023-2026")
        else:
            pubd = None
        t = a["text"]
        if not (600 <= len(t) <= 2000):
            E(f"{aid}: length {len(t)}")
        g = a["gold"]
        if not (4 <= len(g) <= 14):
            E(f"{aid}: {len(g)} records")
        box = min([t.find(m) for m in BOX if m in t] or [len(t)])
        spans = set()
        for i, r in enumerate(g):
            tag = f"{aid}#{i} {r.get('indicator')} {r.get('evidence_text')!r}"
            if set(r) != REC_KEYS:
                E(f"{tag}: keys {sorted(set(r) ^ REC_KEYS)}")
                continue
            if r["doc_id"] != aid:
                E(f"{tag}: doc_id")
            ind = r["indicator"]
            if ind not in CODES:
                E(f"{tag}: unknown code")
                continue
            st, bd, unit = r["status"], r["bound"], r["unit"]
            if st not in ("actual", "target", "attainment"):
                E(f"{tag}: status {st}")
            if bd not in ("exact", "over", "under", "about"):
                E(f"{tag}: bound {bd}")
            want_unit = "percent" if st == "attainment" else CODES[ind]
            if unit != want_unit:
                E(f"{tag}: unit {unit}, want {want_unit}")
            v = r["value"]
            if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
                E(f"{tag}: value {v!r}")
                continue
            # region
            reg = r["region"]
            if reg not in R25:
                E(f"{tag}: region {reg!r} not a pre-merger province")
            elif r["region_2025"] != R25[reg]:
                E(f"{tag}: region_2025 {r['region_2025']!r}, underthesea says {R25[reg]!r}")
            if reg in R25 and reg != "Việt Nam":
                dom = re.sub(r"^https?://(www\.)?", "", a["url"]).split("/")[0]
                named = reg in t or (reg == "Hồ Chí Minh" and "HCM" in t)
                if not named and DOMAINS.get(dom) != reg:
                    E(f"{tag}: region {reg} neither named in the text nor the site's province")
            # periods
            ps, pe = r["period_start"], r["period_end"]
            if (ps is None) != (pe is None):
                E(f"{tag}: half-null period")
            if ps is not None:
                try:
                    d0, d1 = datetime.date.fromisoformat(ps), datetime.date.fromisoformat(pe)
                except ValueError:
                    E(f"{tag}: bad period {ps}..{pe}")
                    continue
                if d0 > d1:
                    E(f"{tag}: period start after end")
                if st != "target" and pubd and d1 > pubd and not (d0 <= pubd):
                    E(f"{tag}: actual figure ends after publication")
            elif pub is not None:
                E(f"{tag}: null period in a dated article")
            if ind.endswith("_total") and st == "actual":
                if (ps, pe) != (pub, pub):
                    E(f"{tag}: stock not dated at publication ({ps}..{pe}, pub {pub})")
            # offsets
            ev = r["evidence"]
            s0, s1 = ev.get("start"), ev.get("end")
            if not (isinstance(s0, int) and isinstance(s1, int) and 0 <= s0 < s1 <= len(t)):
                E(f"{tag}: bad offsets")
                continue
            if t[s0:s1] != r["evidence_text"]:
                E(f"{tag}: text[{s0}:{s1}] = {t[s0:s1]!r}")
                continue
            sent = ev.get("sentence") or ""
            k = t.find(sent)
            found = False
            while k >= 0:
                if k <= s0 and s1 <= k + len(sent):
                    found = True
                    break
                k = t.find(sent, k + 1)
            if not found:
                E(f"{tag}: sentence does not contain the span")
            if (s0, s1) in spans:
                E(f"{tag}: span used twice")
            spans.add((s0, s1))
            if s0 >= box:
                E(f"{tag}: gold inside a related-articles box")
            # glued to a bigger number / date, or cut before %
            if s0 > 0 and (t[s0 - 1].isdigit() or (t[s0 - 1] in ".,/-:" and s0 > 1 and t[s0 - 2].isdigit())):
                E(f"{tag}: span glued to a number before it")
            if s1 < len(t) and (t[s1].isdigit() or (t[s1] in ".,/-:" and s1 + 1 < len(t) and t[s1 + 1].isdigit())):
                E(f"{tag}: span glued to a number after it")
            if s1 < len(t) and t[s1] == "%":
                E(f"{tag}: span cut before %")
            if t[s0].isalpha() and s0 > 0 and t[s0 - 1].isalpha():
                E(f"{tag}: word number inside a word")
            if t[s1 - 1].isalpha() and s1 < len(t) and t[s1].isalpha():
                E(f"{tag}: word number inside a word")
            # value
            pv = reparse(r["evidence_text"])
            if pv is None:
                E(f"{tag}: cannot parse evidence")
            else:
                pre = t[max(0, s0 - 8):s0].lower()
                if st == "attainment" and pre.rstrip().endswith("vượt"):
                    pv = 100 + pv
                if not close(pv, v):
                    E(f"{tag}: value {v} but evidence parses to {pv}")
            if st == "attainment" and not r["evidence_text"].endswith("%"):
                E(f"{tag}: attainment without %")
            if st != "attainment" and r["evidence_text"].endswith("%"):
                E(f"{tag}: a percentage that is not an attainment")
            # bound
            cue = bound_cue(t, s0, s1)
            if st == "attainment" and t[max(0, s0 - 8):s0].lower().rstrip().endswith("vượt"):
                cue = "exact"
            if cue != bd:
                E(f"{tag}: bound {bd}, cue says {cue}")
            # target cue: in the clause's sentence or the sentence before it
            if st == "target":
                sa = sentence_start(t, s0)
                ctx = t[max(0, sa - 200):s1].lower()
                if not any(c in ctx for c in TARGET):
                    E(f"{tag}: target without a target cue")
            # non-record shapes
            after = t[s1:s1 + 20].lower()
            before = t[max(0, s0 - 10):s0].lower()
            if re.match(r"\s*(đồng)?\s*/\s*(suất|người|nhà|căn|tháng)", after) or "mỗi" in before:
                E(f"{tag}: looks like a per-item amount")
            if re.match(r"\s*(tập thể|cá nhân|đại biểu|đội|thí sinh|đồng chí vào ban chấp hành)", t[s1:s1 + 40].lower()):
                E(f"{tag}: looks like awards / delegates / participants")
            if re.fullmatch(r"(19|20)\d\d", r["evidence_text"]) and re.search(r"(năm|kỳ|đoạn)\s*$", before):
                E(f"{tag}: looks like a year")
            if re.search(r"số\s*$", before) and "/" in t[s1:s1 + 3]:
                E(f"{tag}: looks like a document number")
        if verbose:
            print(f"-- {aid}: numbers not in gold")
            for m in re.finditer(r"\d+(?:[.,/]\d+)*", t):
                if not any(x <= m.start() < y for x, y in spans):
                    print("    ", t[max(0, m.start() - 35):m.end() + 20].replace("\n", " | "))
    return errs


def selftest(arts):
    """Plant one error at a time; every one must be caught."""
    def first(pred):
        for a in arts:
            for i, r in enumerate(a["gold"]):
                if pred(a, r):
                    return a["id"], i
        raise SystemExit("selftest: no record to mutate")

    muts = []

    def mut(name, pred, fn):
        muts.append((name, pred, fn))

    mut("shifted offset", lambda a, r: True, lambda a, r: r["evidence"].update(start=r["evidence"]["start"] + 1))
    mut("wrong bound", lambda a, r: r["bound"] == "over", lambda a, r: r.update(bound="exact"))
    mut("stock period", lambda a, r: r["indicator"] == "unions_total" and a["published"],
        lambda a, r: r.update(period_start="2020-01-01", period_end="2020-12-31"))
    mut("value", lambda a, r: r["unit"] == "count", lambda a, r: r.update(value=r["value"] + 1))
    mut("region_2025", lambda a, r: r["region"] == "Kon Tum", lambda a, r: r.update(region_2025="Kon Tum"))
    mut("unit", lambda a, r: r["indicator"] == "support_funds", lambda a, r: r.update(unit="count"))
    mut("vượt N% read as N", lambda a, r: r["evidence_text"] == "30%", lambda a, r: r.update(value=30))
    mut("word number", lambda a, r: r["evidence_text"] == "ba", lambda a, r: r.update(value=1))
    mut("N/N", lambda a, r: r["evidence_text"] == "81/81", lambda a, r: r.update(value=8181))
    mut("target without cue", lambda a, r: r["status"] == "actual" and r["unit"] == "count"
        and "phấn đấu" not in a["text"][:r["evidence"]["start"]][-300:]
        and "kế hoạch" not in a["text"][:r["evidence"]["start"]][-300:],
        lambda a, r: r.update(status="target"))
    mut("actual after publication", lambda a, r: r["status"] == "actual" and r["indicator"] == "members_new"
        and a["published"], lambda a, r: r.update(period_start="2030-01-01", period_end="2030-12-31"))
    mut("bad region", lambda a, r: True, lambda a, r: r.update(region="Hà Tây"))
    mut("region not in text", lambda a, r: r["region"] == "Nghệ An",
        lambda a, r: r.update(region="Hà Tĩnh", region_2025="Hà Tĩnh"))
    mut("unknown code", lambda a, r: True, lambda a, r: r.update(indicator="members_gained"))
    mut("percent not attainment", lambda a, r: r["status"] == "attainment", lambda a, r: r.update(status="actual"))
    ok = True
    for name, pred, fn in muts:
        arts2 = copy.deepcopy(arts)
        aid, i = first(pred)
        a = next(x for x in arts2 if x["id"] == aid)
        fn(a, a["gold"][i])
        caught = len(check(arts2)) > 0
        ok &= caught
        print(f"  {'caught' if caught else 'MISSED'}: {name} ({aid}#{i})")
    # a gold record planted inside the 'Tin liên quan' box of an article that has one
    arts2 = copy.deepcopy(arts)
    for a in arts2:
        k = a["text"].find("Tin liên quan")
        if k >= 0:
            m = re.search(r"\d+", a["text"][k:])
            r = copy.deepcopy(a["gold"][0])
            s0 = k + m.start()
            r.update(evidence_text=m.group(), value=int(m.group()),
                     evidence={"sentence": a["text"][k:k + m.end()], "start": s0, "end": k + m.end()})
            a["gold"].append(r)
            break
    caught = len(check(arts2)) > 0
    ok &= caught
    print(f"  {'caught' if caught else 'MISSED'}: gold in a Tin liên quan box")
    return ok


def main():
    arts = [json.loads(l) for l in open(SET, encoding="utf-8")]
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(arts) else 1)
    errs = check(arts, verbose="-v" in sys.argv)
    for e in errs:
        print("ERROR", e)
    n = sum(len(a["gold"]) for a in arts)
    print(f"{len(arts)} articles, {n} records, {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
