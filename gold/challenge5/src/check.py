"""Independent checker for ../articles.jsonl (imports neither mk nor challenge2's lib).

    python3 check.py        errors and warnings
    python3 check.py -v     also every number of every text that is NOT gold
"""
import json, os, re, sys, datetime, collections

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "articles.jsonl")
SPEC = "/work/shared/spec/indicators.tsv"
UNIT = {}
for line in open(SPEC, encoding="utf-8").read().splitlines()[1:]:
    c, u = line.split("\t")[:2]
    UNIT[c] = u

# my own 63 -> 34 table (Resolution 202/2025/QH15), written independently
MERGE = """An Giang:An Giang,Kiên Giang|Bắc Ninh:Bắc Ninh,Bắc Giang|Cà Mau:Cà Mau,Bạc Liêu|Cao Bằng:Cao Bằng
Cần Thơ:Cần Thơ,Sóc Trăng,Hậu Giang|Đà Nẵng:Đà Nẵng,Quảng Nam|Đắk Lắk:Đắk Lắk,Phú Yên|Điện Biên:Điện Biên
Đồng Nai:Đồng Nai,Bình Phước|Đồng Tháp:Đồng Tháp,Tiền Giang|Gia Lai:Gia Lai,Bình Định|Hà Nội:Hà Nội|Hà Tĩnh:Hà Tĩnh
Hải Phòng:Hải Phòng,Hải Dương|Hồ Chí Minh:Hồ Chí Minh,Bình Dương,Bà Rịa - Vũng Tàu|Huế:Thừa Thiên Huế
Hưng Yên:Hưng Yên,Thái Bình|Khánh Hòa:Khánh Hòa,Ninh Thuận|Lai Châu:Lai Châu|Lâm Đồng:Lâm Đồng,Đắk Nông,Bình Thuận
Lạng Sơn:Lạng Sơn|Lào Cai:Lào Cai,Yên Bái|Nghệ An:Nghệ An|Ninh Bình:Ninh Bình,Hà Nam,Nam Định
Phú Thọ:Phú Thọ,Vĩnh Phúc,Hòa Bình|Quảng Ngãi:Quảng Ngãi,Kon Tum|Quảng Ninh:Quảng Ninh|Quảng Trị:Quảng Trị,Quảng Bình
Sơn La:Sơn La|Tây Ninh:Tây Ninh,Long An|Thái Nguyên:Thái Nguyên,Bắc Kạn|Thanh Hóa:Thanh Hóa
Tuyên Quang:Tuyên Quang,Hà Giang|Vĩnh Long:Vĩnh Long,Bến Tre,Trà Vinh"""
R25 = {"Việt Nam": "Việt Nam"}
for grp in MERGE.replace("\n", "|").split("|"):
    new, olds = grp.split(":")
    for o in olds.split(","):
        R25[o] = new
assert len(R25) == 64, len(R25)

WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
         "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười lăm": 15, "hai mươi": 20}
MULT = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4}


def value_of(ev):
    s = ev.strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    m = re.fullmatch(r"(\d+) (tỷ|tỉ) (\d+) triệu", s)
    if m:
        return int(m.group(1)) * 10**9 + int(m.group(3)) * 10**6
    k = 1
    parts = s.rsplit(" ", 1)
    if len(parts) == 2 and parts[1] in MULT:
        s, k = parts[0], MULT[parts[1]]
    s = s.rstrip("%")
    if s.startswith("l."):
        s = "1" + s[1:]
    s = s.replace(" ", "")
    if not re.fullmatch(r"[\d.]+(,\d+)?", s):
        return None
    return float(s.replace(".", "").replace(",", ".")) * k


RECKEYS = {"doc_id", "indicator", "value", "unit", "status", "bound", "region", "region_2025",
           "scope", "period_start", "period_end", "evidence_text", "evidence"}
OVER = ("hơn", "trên", "ít nhất", "vượt")
UNDER = ("gần", "gan", "dưới", "chưa đến", "chưa tới")
ABOUT = ("khoảng", "xấp xỉ", "chừng", "ước")
TCUE = ("phấn đấu", "chỉ tiêu", "kế hoạch", "mục tiêu", "đề ra", "dự kiến", "đặt mục tiêu")


def dateline(text):
    head = "\n".join(text.split("\n")[:4])
    m = re.search(r"(\d{1,2})/(\d{1,2})/(20\d\d)", head)
    if m:
        d, mo, y = map(int, m.groups())
        return datetime.date(y, mo, d).isoformat()
    return None


def main(verbose=False):
    errs, warns = [], []
    arts = [json.loads(l) for l in open(PATH, encoding="utf-8")]
    ids = [a["id"] for a in arts]
    if ids != [f"g{i:02d}" for i in range(1, 26)]:
        errs.append(f"ids {ids}")
    nulls = sum(a["published"] is None for a in arts)
    mains = []
    for a in arts:
        aid, text = a["id"], a["text"]
        if set(a) != {"id", "url", "published", "title", "text", "gold"} or a["title"] is not None:
            errs.append(f"{aid}: article keys")
        pub = a["published"]
        if pub is not None:
            d = datetime.date.fromisoformat(pub)
            if not (2014 <= d.year <= 2026):
                errs.append(f"{aid}: published {pub}")
            dl = dateline(text)
            if dl and dl != pub:
                errs.append(f"{aid}: dateline {dl} != published {pub}")
        eff = pub or dateline(text)
        regs = collections.Counter(g["region"] for g in a["gold"])
        mains.append(regs.most_common(1)[0][0])
        spans = set()
        for g in a["gold"]:
            tag = f"{aid} {g['indicator']} {g.get('evidence_text')!r}"
            extra = set(g) - RECKEYS - {"note"}
            if set(g) - {"note"} != RECKEYS:
                errs.append(f"{tag}: fields {sorted(set(g) ^ RECKEYS)}")
                continue
            if g["doc_id"] != aid:
                errs.append(f"{tag}: doc_id")
            ind = g["indicator"]
            if ind not in UNIT:
                errs.append(f"{tag}: code")
                continue
            if g["status"] not in ("actual", "target", "attainment"):
                errs.append(f"{tag}: status")
            if g["bound"] not in ("exact", "over", "under", "about"):
                errs.append(f"{tag}: bound")
            want_unit = "percent" if g["status"] == "attainment" else UNIT[ind]
            if g["unit"] != want_unit:
                errs.append(f"{tag}: unit {g['unit']} != {want_unit}")
            if g["region"] not in R25 or R25[g["region"]] != g["region_2025"]:
                errs.append(f"{tag}: region {g['region']} / {g['region_2025']}")
            ps, pe = g["period_start"], g["period_end"]
            if (ps is None) != (pe is None):
                errs.append(f"{tag}: half-null period")
            if ps:
                if datetime.date.fromisoformat(ps) > datetime.date.fromisoformat(pe):
                    errs.append(f"{tag}: period order")
            if ind.endswith("_total") and (ps, pe) != (eff, eff):
                errs.append(f"{tag}: stock not at publication ({ps}..{pe} vs {eff})")
            if ps is None and eff is not None:
                errs.append(f"{tag}: null period in a dated article")
            if g["status"] == "actual" and pe and eff and pe > eff:
                # a running year / term / month is allowed, anything else is suspicious
                if not (pe.endswith("-12-31") or pe[5:7] == eff[5:7]):
                    warns.append(f"{tag}: actual ends {pe} after publication {eff}")
            ev = g["evidence"]
            s, e = ev["start"], ev["end"]
            if text[s:e] != g["evidence_text"]:
                errs.append(f"{tag}: offsets give {text[s:e]!r}")
                continue
            if ev["sentence"] not in text or g["evidence_text"] not in ev["sentence"]:
                errs.append(f"{tag}: sentence")
            if (s, e) in spans:
                errs.append(f"{tag}: span reused")
            spans.add((s, e))
            if s > 0 and (text[s-1].isalnum() or (text[s-1] in ".,/" and text[s-2].isdigit())):
                errs.append(f"{tag}: glued left")
            if e < len(text) and (text[e].isalnum() or (text[e] in ".,/%" and e + 1 < len(text) and text[e+1].isdigit())):
                errs.append(f"{tag}: glued right")
            v = value_of(g["evidence_text"])
            before = text[max(0, s - 14):s].lower()
            vuot = g["status"] == "attainment" and re.search(r"vượt (hơn )?$", before)
            if v is None:
                errs.append(f"{tag}: cannot parse")
            else:
                if vuot:
                    v = 100 + v
                if abs(v - g["value"]) > 1e-6 * max(1, v):
                    errs.append(f"{tag}: value {g['value']} vs {v}")
            if g["unit"] == "percent" and g["status"] != "attainment":
                errs.append(f"{tag}: percent not attainment")
            if g["evidence_text"].endswith("%") and g["status"] != "attainment":
                errs.append(f"{tag}: % span not attainment")
            # bound from the words just before the number
            b = "exact"
            bw = " " + before.rstrip()
            ends = lambda ws: any(re.search(r"\s" + w + "$", bw) for w in ws)
            if ends(OVER) and not vuot:
                b = "over"
            if vuot and ends(("hơn",)):
                b = "over"
            if ends(UNDER):
                b = "under"
            if ends(ABOUT):
                b = "about"
            if b != g["bound"]:
                errs.append(f"{tag}: bound {g['bound']} but text says {b}")
            # target cue: in the sentence, or in the heading line of a list above
            if g["status"] == "target":
                ctx = ev["sentence"].lower()
                ls = text.rfind("\n\n", 0, s)
                block = text[ls:s].lower()
                if not any(c in ctx or c in block for c in TCUE):
                    warns.append(f"{tag}: target without cue")
            if g["status"] == "actual" and any(c in ev["sentence"].lower() for c in ("phấn đấu", "dự kiến", "mục tiêu")):
                warns.append(f"{tag}: actual in a sentence with a target cue")
        if verbose:
            print(f"== {aid} ({a['published']}, eff {eff}) non-gold numbers:")
            for m in re.finditer(r"\d[\d.,]*(?: \d{2,3}(?!\d))?", text):
                if not any(m.start() < e and s < m.end() for s, e in spans):
                    lo, hi = max(0, m.start() - 30), min(len(text), m.end() + 25)
                    print("    ", repr(text[lo:m.start()] + "[" + m.group() + "]" + text[m.end():hi]))
    dup = [p for p, n in collections.Counter(mains).items() if n > 1]
    if dup:
        errs.append(f"provinces used twice: {dup}")
    if not (7 <= nulls <= 9):
        warns.append(f"{nulls} articles without a publication date")
    n = sum(len(a["gold"]) for a in arts)
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print(f"{len(arts)} articles, {n} records, {nulls} undated, {len(errs)} errors, {len(warns)} warnings")
    return len(errs)


if __name__ == "__main__":
    sys.exit(1 if main("-v" in sys.argv) else 0)
