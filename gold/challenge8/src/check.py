"""Check gold/challenge8/articles.jsonl.

    python3 src/check.py          errors and warnings
    python3 src/check.py -v       also print each article part with gold numbers in [brackets]
                                  and every other number in {braces}

Reads the JSONL (not spec.py's records) and, for the article-part selectors
only, spec.py.  For every record: contract fields, code, unit, region and
region_2025, ISO period, stock dating, and the evidence: the k-th record with
a given evidence_text must sit on the k-th whole-number occurrence of it in
the visible text (html.parser) of the page's article part, and its value must
equal an independent parse of the evidence.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import spec  # noqa: E402
from htmltext import texts  # noqa: E402

FILE = os.path.join(os.path.dirname(HERE), "articles.jsonl")
VERBOSE = "-v" in sys.argv
CODES = {}
for line in open("/work/shared/spec/indicators.tsv", encoding="utf-8").read().splitlines()[1:]:
    c, u = line.split("\t")[:2]
    CODES[c] = u

# independent 63 -> 34 table
MERGE = {"Tuyên Quang": ["Hà Giang"], "Lào Cai": ["Yên Bái"], "Thái Nguyên": ["Bắc Kạn"],
         "Phú Thọ": ["Vĩnh Phúc", "Hòa Bình"], "Bắc Ninh": ["Bắc Giang"], "Hưng Yên": ["Thái Bình"],
         "Hải Phòng": ["Hải Dương"], "Ninh Bình": ["Hà Nam", "Nam Định"], "Quảng Trị": ["Quảng Bình"],
         "Đà Nẵng": ["Quảng Nam"], "Quảng Ngãi": ["Kon Tum"], "Gia Lai": ["Bình Định"],
         "Khánh Hòa": ["Ninh Thuận"], "Lâm Đồng": ["Đắk Nông", "Bình Thuận"], "Đắk Lắk": ["Phú Yên"],
         "Hồ Chí Minh": ["Bình Dương", "Bà Rịa - Vũng Tàu"], "Đồng Nai": ["Bình Phước"],
         "Tây Ninh": ["Long An"], "Cần Thơ": ["Sóc Trăng", "Hậu Giang"], "Vĩnh Long": ["Bến Tre", "Trà Vinh"],
         "Đồng Tháp": ["Tiền Giang"], "Cà Mau": ["Bạc Liêu"], "An Giang": ["Kiên Giang"]}
SAME = ["Hà Nội", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
        "Hà Tĩnh", "Cao Bằng", "Việt Nam"]
TO2025 = {s: s for s in SAME + list(MERGE)}
TO2025["Thừa Thiên Huế"] = "Huế"
for new, olds in MERGE.items():
    for o in olds:
        TO2025[o] = new
assert len(set(TO2025.values()) - {"Việt Nam"}) == 34, len(set(TO2025.values()))

WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
         "chín": 9, "mười": 10}
MULT = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 1000, "ngàn": 1000}
FIELDS = ["doc_id", "indicator", "value", "unit", "status", "bound", "region", "region_2025",
          "scope", "period_start", "period_end", "evidence_text"]
BOUND_CUES = [("over", r"(hơn|trên|vượt|ít nhất)\s*$"), ("under", r"(gần|dưới|chưa đến)\s*$"),
              ("about", r"(khoảng|xấp xỉ|chừng|gần như)\s*$")]
TARGET_CUES = r"(phấn đấu|chỉ tiêu|kế hoạch|Kế hoạch|mục tiêu|đề ra)"


def parse(ev):
    s = ev.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()], False
    m = re.fullmatch(r"(\d+)/(\d+)", s)
    if m:
        return int(m.group(1)), False
    mult = 1
    for w, k in MULT.items():
        if s.endswith(" " + w):
            s, mult = s[: -len(w) - 1], k
    pct = s.endswith("%")
    s = s.rstrip("%")
    s = re.sub(r"^l(?=[.\d])", "1", s)          # l.482
    s = re.sub(r"(?<=\d) (?=\d)", "", s)        # 1.5 60
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s):
        return None, pct
    v = float(s.replace(".", "").replace(",", ".")) * mult
    return v, pct


def find_all(text, ev):
    out = []
    for m in re.finditer(re.escape(ev), text):
        a, b = m.start(), m.end()
        if ev[0].isdigit() and a > 0:
            p = text[a - 1]
            if p.isdigit() or (p in ".,:/-" and a > 1 and text[a - 2].isdigit()):
                continue
        if ev[-1].isdigit() and b < len(text):
            n = text[b]
            if n.isdigit() or n == "%" or (n in ".,:/-" and b + 1 < len(text) and text[b + 1].isdigit()):
                continue
        if ev[0].isalpha() and a > 0 and text[a - 1].isalpha():
            continue
        if ev[-1].isalpha() and b < len(text) and text[b].isalpha():
            continue
        out.append((a, b))
    return out


def date_shown(html, d):
    y, m, dd = d.split("-")
    pats = [f"{dd}/{m}/{y}", f"{dd}-{m}-{y}", f"{int(dd)}/{int(m)}/{y}", f"{d}T"]
    return any(p in html for p in pats)


def main():
    errors, warns = [], []
    E = errors.append
    W = warns.append
    sel = {p["id"]: p for p in spec.PAGES}
    arts = [json.loads(l) for l in open(FILE, encoding="utf-8")]
    ids = [a["id"] for a in arts]
    if ids != [f"p{i:02d}" for i in range(1, 21)]:
        E(f"ids {ids}")
    nulls = sum(a["published"] is None for a in arts)
    regions = set()
    running = []
    total = 0
    for a in arts:
        aid = a["id"]
        if set(a) != {"id", "url", "published", "title", "html", "gold"}:
            E(f"{aid}: keys {sorted(a)}")
        if a["title"] is not None:
            E(f"{aid}: title not null")
        pg = sel[aid]
        pdate = a["published"] or pg["page_date"]
        if a["published"] is not None:
            datetime.date.fromisoformat(a["published"])
            if a["published"] != pg["page_date"]:
                E(f"{aid}: published != page date")
        if not date_shown(a["html"], pdate):
            E(f"{aid}: page does not show its date {pdate}")
        if not (2014 <= int(pdate[:4]) <= 2026):
            E(f"{aid}: date {pdate} out of 2014-2026")
        full, art = texts(a["html"], pg["include"], pg["exclude"])
        if not (300 <= len(art) <= 1400):
            W(f"{aid}: article part is {len(art)} characters")
        used = {}
        marks = []
        for r in a["gold"]:
            total += 1
            tag = f"{aid} {r.get('indicator')} {r.get('evidence_text')!r}"
            keys = list(r)
            if keys[:len(FIELDS)] != FIELDS or not set(keys) <= set(FIELDS) | {"note"}:
                E(f"{tag}: fields {keys}")
            if r["doc_id"] != aid:
                E(f"{tag}: doc_id")
            ind = r["indicator"]
            if ind not in CODES:
                E(f"{tag}: code")
                continue
            if r["status"] not in ("actual", "target", "attainment"):
                E(f"{tag}: status")
            if r["bound"] not in ("exact", "over", "under", "about"):
                E(f"{tag}: bound")
            want_unit = "percent" if r["status"] == "attainment" else CODES[ind]
            if r["unit"] != want_unit:
                E(f"{tag}: unit {r['unit']} != {want_unit}")
            if r["region"] not in TO2025:
                E(f"{tag}: region {r['region']}")
            elif r["region_2025"] != TO2025[r["region"]]:
                E(f"{tag}: region_2025 {r['region_2025']} != {TO2025[r['region']]}")
            regions.add(r["region"])
            ps, pe = r["period_start"], r["period_end"]
            if (ps is None) != (pe is None):
                E(f"{tag}: half period")
            elif ps is not None:
                if datetime.date.fromisoformat(ps) > datetime.date.fromisoformat(pe):
                    E(f"{tag}: period start > end")
                if r["status"] == "actual" and pe > pdate:
                    # running periods that contain the publication date are allowed
                    if not (ps <= pdate):
                        E(f"{tag}: actual period {ps}..{pe} after publication {pdate}")
                    else:
                        running.append(tag)
            if ind.endswith("_total") and r["status"] == "actual" and (ps, pe) != (pdate, pdate):
                E(f"{tag}: stock not dated at publication {pdate}")
            if not isinstance(r["value"], (int, float)) or isinstance(r["value"], bool):
                E(f"{tag}: value type")
            # evidence
            ev = r["evidence_text"]
            occ = find_all(art, ev)
            k = used.get(ev, 0)
            used[ev] = k + 1
            if k >= len(occ):
                E(f"{tag}: evidence occurrence {k + 1} not in the article part ({len(occ)} found)")
                continue
            s, e = occ[k]
            marks.append((s, e))
            v, pct = parse(ev)
            if v is None:
                E(f"{tag}: evidence does not parse")
                continue
            before = art[max(0, s - 25):s]
            if r["status"] == "attainment" and re.search(r"vượt\s*(hơn\s*)?$", before):
                v = 100 + v
            if abs(v - r["value"]) > 1e-6 * max(1, abs(v)):
                E(f"{tag}: value {r['value']} != parsed {v}")
            if pct and r["unit"] != "percent":
                E(f"{tag}: % evidence with unit {r['unit']}")
            if r["unit"] == "percent" and not pct and not (pg["id"] == "p10"):
                E(f"{tag}: percent without %")
            if r["unit"] == "vnd" and not any(ev.endswith(w) for w in MULT) and not re.search(r"\d\.\d{3}\.\d{3}", ev):
                W(f"{tag}: vnd evidence without multiplier")
            # bound from the words around the number
            cue = "exact"
            b2 = re.sub(r"vượt\s*$", "", before) if r["status"] == "attainment" else before
            for name, pat in BOUND_CUES:
                if re.search(pat, b2, re.I):
                    cue = name
            after = art[e:e + 40]
            if re.match(r"\s*\S+( \S+){0,3} trở lên", after) and "từ" not in before[-6:]:
                cue = "over"
            if cue != r["bound"]:
                W(f"{tag}: bound {r['bound']}, words say {cue} ({before!r} _ {after[:20]!r})")
            if r["status"] == "target":
                ctx = art[max(0, s - 300):s]
                if not re.search(TARGET_CUES, ctx) and pg["id"] != "p10":
                    E(f"{tag}: target with no cue before it")
            if "note" not in r and (not re.fullmatch(r"[\d.,]+%?( (tỷ|tỉ|triệu|nghìn|ngàn))?", ev)):
                E(f"{tag}: evidence needs a note")
        if VERBOSE:
            out, last = [], 0
            gold_spans = sorted(marks)
            for m in re.finditer(r"\d+(?:[.,]\d+)*%?", art):
                pass
            # mark gold spans, then other numbers
            s_out = ""
            pos = 0
            for s, e in gold_spans:
                s_out += re.sub(r"(?<![\w.,])(\d+(?:[.,/]\d+)*%?)", r"{\1}", art[pos:s]) + "[" + art[s:e] + "]"
                pos = e
            s_out += re.sub(r"(?<![\w.,])(\d+(?:[.,/]\d+)*%?)", r"{\1}", art[pos:])
            print(f"===== {aid} {a['published']} (page {pdate}) {len(art)} chars, {len(a['gold'])} records")
            print(s_out)
            print()
    if nulls not in range(6, 8):
        W(f"{nulls} articles without a publication date")
    main_regions = {sel[i]["region"] for i in sel}
    if len(main_regions) != 20:
        E(f"{len(main_regions)} different main provinces")
    for w in warns:
        print("warn:", w)
    print(f"note: {len(running)} actual records have a running period (a year, half-year or term) that contains the publication date")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(arts)} articles, {total} records, {nulls} without publication date, "
          f"{len(main_regions)} main provinces; {len(errors)} errors, {len(warns)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
