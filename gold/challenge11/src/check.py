"""Independent checker of gold/challenge11/articles.jsonl.

Imports nothing from lib.py or the article modules: it has its own number parser, its own
bound and status heuristics, and takes the 2025 province of every region from
underthesea's offline `underthesea.address` (run with /work/main/.venv/bin/python).

    /work/main/.venv/bin/python check.py [FILE] [-v]

-v lists every digit string of every text that is not a gold span, for reading by hand.
Exit status 1 when there is an error.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = os.path.join(HERE, "..", "articles.jsonl")
TSV = "/work/shared/spec/indicators.tsv"

OLD63 = """An Giang|Bà Rịa - Vũng Tàu|Bạc Liêu|Bắc Giang|Bắc Kạn|Bắc Ninh|Bến Tre|Bình Dương|Bình Định|
Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|
Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hồ Chí Minh|Hưng Yên|
Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lạng Sơn|Lào Cai|Lâm Đồng|Long An|Nam Định|Nghệ An|Ninh Bình|
Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|
Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|
Vĩnh Phúc|Yên Bái"""
OLD63 = [p.strip() for p in OLD63.replace("\n", "").split("|")]
assert len(OLD63) == 63, len(OLD63)

KEYS = ["doc_id", "indicator", "value", "unit", "status", "bound", "region", "region_2025", "scope",
        "period_start", "period_end", "evidence_text", "evidence"]

errors, warnings = [], []


def err(did, msg):
    errors.append(f"{did}: {msg}")


def warn(did, msg):
    warnings.append(f"{did}: {msg}")


# ------------------------------------------------------------- 2025 provinces
_cache = {}


def new_province(old):
    if old == "Việt Nam":
        return "Việt Nam"
    if old in _cache:
        return _cache[old]
    if old == "Thừa Thiên Huế":
        res = "Huế"
    else:
        from underthesea.address import convert_address
        pref = "Thành phố" if old in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ") else "Tỉnh"
        r = convert_address(f"{pref} {old}")
        res = re.sub(r"^(Tỉnh|Thành phố)\s+", "", r.converted) if r.converted else None
        if res is None:  # unchanged provinces may come back empty
            res = old
    _cache[old] = res
    return res


# ------------------------------------------------------------- numbers
W = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
SCALE = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}


def num(tok):
    tok = tok.replace("l", "1").replace(" ", "")
    if re.fullmatch(r"\d+", tok):
        return float(tok)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", tok):
        return float(tok.replace(".", ""))
    if re.fullmatch(r"\d+,\d+", tok):
        return float(tok.replace(",", "."))
    raise ValueError(tok)


def value_of(span):
    s = span.strip().rstrip("%").strip()
    m = re.fullmatch(r"([\d.]+)/([\d.]+)", s)
    if m:
        if m.group(1) != m.group(2):
            raise ValueError("x/y with different parts: " + span)
        return num(m.group(1))
    low = s.lower()
    if low in W:
        return float(W[low])
    m = re.fullmatch(r"mười\s+(một|mốt|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín)", low)
    if m:
        return 10.0 + {"mốt": 1, "lăm": 5}.get(m.group(1), W.get(m.group(1), 0))
    parts = s.split()
    if len(parts) == 4 and parts[1] in ("tỷ", "tỉ") and parts[3] == "triệu":
        return num(parts[0]) * 1e9 + num(parts[2]) * 1e6
    if parts and parts[-1] in SCALE:
        return num("".join(parts[:-1])) * SCALE[parts[-1]]
    return num(s)


# ------------------------------------------------------------- heuristics
def fold(s):
    return unicodedata.normalize("NFC", s).lower()


def bound_from_context(text, start, end):
    before = fold(text[max(0, start - 14):start])
    after = fold(text[end:end + 40])
    after_clause = re.split(r"[;,.()]", after)[0]
    if re.search(r"(hơn|trên|ít nhất|tối thiểu)\s*$", before):
        return "over"
    if re.search(r"(gần|dưới|chưa đến|chưa tới)\s*$", before):
        return "under"
    if re.search(r"(khoảng|xấp xỉ|chừng|gần như|ước)\s*$", before):
        return "about"
    if "trở lên" in after_clause and not re.search(r"\btừ\s*$", before):
        return "over"
    return "exact"


TARGET_CUE = re.compile(r"phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|dự kiến|đề ra|sẽ|giao", re.I)
ACTUAL_BAD = re.compile(r"phấn đấu|dự kiến|mục tiêu|sẽ tổ chức", re.I)


ITEM = re.compile(r"^\s*(?:[-•+]|\d{1,2}[.)])\s+")


def heading_context(text, start):
    """For a list item: the items above it and the heading line that opens the list.
    For any other line: nothing (the sentence alone must carry the cue)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    if not ITEM.match(text[ls:le]):
        return []
    ctx = []
    pos = ls - 1
    while pos > 0:
        p0 = text.rfind("\n", 0, pos) + 1
        line = text[p0:pos]
        pos = p0 - 1
        if not line.strip():
            continue
        ctx.append(line)
        if not ITEM.match(line):
            break          # the heading of the list
    return ctx


def clause(text, start, end):
    a = max(text.rfind(c, 0, start) for c in ".;\n")
    b = [text.find(c, end) for c in ".;\n"]
    b = min([x for x in b if x >= 0] or [len(text)])
    return text[a + 1:b]


# ------------------------------------------------------------- main
def iso(s):
    return dt.date.fromisoformat(s)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    path = args[0] if args else FILE
    codes = {}
    for line in open(TSV, encoding="utf-8").read().splitlines()[1:]:
        c, unit = line.split("\t")[:2]
        codes[c] = unit
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    ids = [r["id"] for r in rows]
    if ids != [f"q{i:02d}" for i in range(1, 21)]:
        err("file", f"ids {ids}")
    seen_codes = {}
    total = 0
    for row in rows:
        did = row["id"]
        if list(row.keys()) != ["id", "url", "published", "title", "text", "gold"]:
            err(did, f"keys {list(row.keys())}")
        if row["title"] is not None:
            err(did, "title must be null")
        text = row["text"]
        pub = row["published"]
        if pub is not None:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or not ("2023-01-01" <= pub <= "2026-12-31"):
                err(did, f"published {pub}")
        if not 1500 <= len(text) <= 4000:
            err(did, f"text length {len(text)}")
        if not row["url"].startswith("http"):
            err(did, "url")
        gold = row["gold"]
        if not 8 <= len(gold) <= 20:
            err(did, f"{len(gold)} records (want 8-20)")
        total += len(gold)
        spans = set()
        for k, r in enumerate(gold):
            tag = f"#{k} {r.get('indicator')} {r.get('evidence_text')!r}"
            extra = set(r) - set(KEYS) - {"note"}
            missing = [x for x in KEYS if x not in r]
            if extra or missing:
                err(did, f"{tag}: extra {extra} missing {missing}")
                continue
            if r["doc_id"] != did:
                err(did, f"{tag}: doc_id")
            ind = r["indicator"]
            if ind not in codes:
                err(did, f"{tag}: unknown code")
                continue
            seen_codes.setdefault(ind, []).append(r["status"])
            if r["status"] not in ("actual", "target", "attainment"):
                err(did, f"{tag}: status")
            if r["bound"] not in ("exact", "over", "under", "about"):
                err(did, f"{tag}: bound")
            want_unit = "percent" if r["status"] == "attainment" else codes[ind]
            if r["unit"] != want_unit:
                err(did, f"{tag}: unit {r['unit']} != {want_unit}")
            if not isinstance(r["value"], (int, float)) or isinstance(r["value"], bool):
                err(did, f"{tag}: value type")
            # region
            reg = r["region"]
            if reg not in OLD63 and reg != "Việt Nam":
                err(did, f"{tag}: region {reg!r}")
            elif r["region_2025"] != new_province(reg):
                err(did, f"{tag}: region_2025 {r['region_2025']!r} != {new_province(reg)!r}")
            if r["scope"] is not None and (not isinstance(r["scope"], str) or not r["scope"].strip()):
                err(did, f"{tag}: scope")
            # evidence
            ev = r["evidence"]
            s, e = ev.get("start"), ev.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(did, f"{tag}: offsets {s},{e}")
                continue
            if text[s:e] != r["evidence_text"]:
                err(did, f"{tag}: text[{s}:{e}]={text[s:e]!r} != evidence_text")
            sent = ev.get("sentence", "")
            i = text.find(sent)
            if not sent or i < 0 or not any(p <= s and e <= p + len(sent)
                                            for p in [m.start() for m in re.finditer(re.escape(sent), text)]):
                err(did, f"{tag}: sentence does not hold the span")
            if "\n" in sent:
                err(did, f"{tag}: sentence crosses a line break")
            if (s, e) in spans:
                err(did, f"{tag}: span reused")
            spans.add((s, e))
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] in ".,/"):
                err(did, f"{tag}: span glued left")
            if e < len(text) and (text[e].isalnum() or (text[e] in ".," and e + 1 < len(text) and text[e + 1].isdigit())):
                err(did, f"{tag}: span glued right")
            elif e < len(text) and text[e] == "/" and e + 1 < len(text) and text[e + 1].isdigit():
                # `452/525 doanh nghiệp`: the count before the base (dev w12 `435/1.026`)
                if r["unit"] != "count" or "/" in r["evidence_text"]:
                    err(did, f"{tag}: span glued right on '/'")
                else:
                    warn(did, f"{tag}: count before a '/base' ({text[s:e + 8]!r})")
            # value
            span = r["evidence_text"]
            try:
                v = value_of(span)
            except ValueError as x:
                err(did, f"{tag}: unparsable span ({x})")
                v = None
            if v is not None:
                before = fold(text[max(0, s - 8):s])
                if r["status"] == "attainment" and "vượt" in before:
                    v = v + 100
                if abs(v - float(r["value"])) > 1e-6 * max(1.0, abs(v)):
                    err(did, f"{tag}: value {r['value']} != parsed {v}")
            if span.endswith("%") != (r["unit"] == "percent"):
                err(did, f"{tag}: '%' span vs unit {r['unit']}")
            if r["status"] == "attainment" and not re.search(r"(đạt|vượt)\s*(hơn\s*)?$", fold(text[max(0, s - 12):s])):
                err(did, f"{tag}: attainment without đạt/vượt before the number")
            # bound
            want_b = bound_from_context(text, s, e)
            if r["status"] == "attainment" and "vượt" in fold(text[max(0, s - 8):s]):
                want_b = "exact"
            if r["bound"] != want_b:
                err(did, f"{tag}: bound {r['bound']} but context says {want_b}")
            # status cues
            cl = clause(text, s, e)
            if r["status"] == "target":
                ctx = heading_context(text, s)
                if not (TARGET_CUE.search(sent) or any(TARGET_CUE.search(x) for x in ctx)):
                    err(did, f"{tag}: target without a cue")
            if r["status"] == "actual" and (ACTUAL_BAD.search(cl) or ACTUAL_BAD.search(sent)):
                err(did, f"{tag}: actual in a target sentence: {sent.strip()[:80]!r}")
            # periods
            ps, pe = r["period_start"], r["period_end"]
            if (ps is None) != (pe is None):
                err(did, f"{tag}: half-null period")
            if ps is not None:
                try:
                    a, b = iso(ps), iso(pe)
                    if a > b:
                        err(did, f"{tag}: period start after end")
                except ValueError:
                    err(did, f"{tag}: bad ISO period {ps}..{pe}")
                    continue
            if ind.endswith("_total") and r["status"] == "actual":
                want = (pub, pub)
                if (ps, pe) != want:
                    err(did, f"{tag}: stock period {ps}..{pe} != publication {want}")
            if r["status"] == "actual" and ps is not None and pub is not None:
                a, b, p = iso(ps), iso(pe), iso(pub)
                if a > p:
                    err(did, f"{tag}: actual figure starts after publication")
                elif b > p:
                    # allowed only for a running year, quarter, term or school year holding the publication date
                    if not (a <= p <= b):
                        err(did, f"{tag}: actual figure ends after publication")
                    else:
                        warn(did, f"{tag}: running period {ps}..{pe} (publication {pub})")
            if r["status"] == "target" and ps is not None and pub is not None and iso(pe) < iso(pub):
                err(did, f"{tag}: target period ends before publication")
            if pub is None and ps is not None and ind.endswith("_total"):
                err(did, f"{tag}: undated stock must be null")
            if r["region"] == "Việt Nam" and not re.search(r"cả nước|toàn quốc|Tổng LĐLĐ|Việt Nam", text, re.I):
                err(did, f"{tag}: Việt Nam without a national cue")
        # digit strings not covered by gold
        if verbose:
            cover = [(r["evidence"]["start"], r["evidence"]["end"]) for r in gold]
            print(f"--- {did} ({len(gold)} records) not gold:")
            for m in re.finditer(r"\d[\d.,/]*\d|\d", text):
                if any(a <= m.start() < b for a, b in cover):
                    continue
                ctx = text[max(0, m.start() - 30):m.end() + 25].replace("\n", " | ")
                print(f"    {m.group(0):>12}  …{ctx}…")
    missing = set(codes) - set(seen_codes)
    if missing:
        err("file", f"codes never used: {sorted(missing)}")
    for w in warnings:
        print("WARN ", w)
    for x in errors:
        print("ERROR", x)
    print(f"{len(rows)} articles, {total} records, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
