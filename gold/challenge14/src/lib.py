"""Helpers for challenge14: marked story text, value parsing, periods, records."""
import calendar
import html
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

SPEC = Path(__file__).resolve().parents[4] / "shared" / "spec" / "indicators.tsv"
if not SPEC.exists():  # /work/main/gold/challenge14/src -> /work/shared/spec
    SPEC = Path("/work/shared/spec/indicators.tsv")

UNITS = {}
for line in SPEC.read_text(encoding="utf-8").splitlines()[1:]:
    if line.strip():
        code, unit = line.split("\t")[:2]
        UNITS[code] = unit

# region -> region_2025 (looked up in patterns/regions.tsv, first two columns only)
MERGE = {
    "Bắc Giang": "Bắc Ninh", "Quảng Ninh": "Quảng Ninh", "Hà Nội": "Hà Nội",
    "Thái Nguyên": "Thái Nguyên", "Bình Định": "Gia Lai", "Hồ Chí Minh": "Hồ Chí Minh",
    "Nghệ An": "Nghệ An", "Kiên Giang": "An Giang", "Đà Nẵng": "Đà Nẵng",
    "Quảng Nam": "Đà Nẵng", "Cà Mau": "Cà Mau", "Hải Dương": "Hải Phòng",
    "Lào Cai": "Lào Cai", "Yên Bái": "Lào Cai", "Tiền Giang": "Đồng Tháp",
    "Đắk Nông": "Lâm Đồng", "Trà Vinh": "Vĩnh Long", "Hòa Bình": "Phú Thọ",
}

MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
MULT = {"tỷ": Decimal(10) ** 9, "tỉ": Decimal(10) ** 9, "triệu": Decimal(10) ** 6,
        "nghìn": Decimal(1000), "ngàn": Decimal(1000)}


def parse_value(ev):
    s = ev.strip().rstrip("%").strip()
    m = re.fullmatch(r"(\d+)/(\d+)", s)
    if m:
        return Decimal(m.group(1))
    mult = Decimal(1)
    parts = s.split()
    if len(parts) == 2 and parts[1] in MULT:
        mult = MULT[parts[1]]
        s = parts[0]
    elif len(parts) != 1:
        raise ValueError(ev)
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s):
        raise ValueError(ev)
    s = s.replace(".", "").replace(",", ".")
    return Decimal(s) * mult


def num(d):
    d = Decimal(d)
    return int(d) if d == d.to_integral_value() else float(d)


def last_day(y, m):
    return calendar.monthrange(y, m)[1]


def period(code, pub):
    """pub: ISO date of publication (or the page's printed date)."""
    if code == "pub":
        return (pub, pub) if pub else (None, None)
    if code == "null":
        return None, None
    if ".." in code:
        a, b = code.split("..")
        return a, b
    m = re.fullmatch(r"y(\d{4})", code)
    if m:
        y = m.group(1)
        return f"{y}-01-01", f"{y}-12-31"
    m = re.fullmatch(r"h([12])-(\d{4})", code)
    if m:
        y = m.group(2)
        return (f"{y}-01-01", f"{y}-06-30") if m.group(1) == "1" else (f"{y}-07-01", f"{y}-12-31")
    m = re.fullmatch(r"q([1-4])-(\d{4})", code)
    if m:
        q, y = int(m.group(1)), int(m.group(2))
        return f"{y}-{3*q-2:02d}-01", f"{y}-{3*q:02d}-{last_day(y, 3*q):02d}"
    m = re.fullmatch(r"m(\d{1,2})-(\d{4})", code)  # first N months
    if m:
        n, y = int(m.group(1)), int(m.group(2))
        return f"{y}-01-01", f"{y}-{n:02d}-{last_day(y, n):02d}"
    m = re.fullmatch(r"mo(\d{4})-(\d{2})", code)  # one month
    if m:
        y, n = int(m.group(1)), int(m.group(2))
        return f"{y}-{n:02d}-01", f"{y}-{n:02d}-{last_day(y, n):02d}"
    m = re.fullmatch(r"t(\d{4})-(\d{4})", code)
    if m:
        return f"{m.group(1)}-01-01", f"{m.group(2)}-12-31"
    m = re.fullmatch(r"sy(\d{4})", code)
    if m:
        y = int(m.group(1))
        return f"{y}-09-01", f"{y+1}-08-31"
    raise ValueError(code)


def R(ind, per, st="actual", b="exact", scope=None, note=None, val=None, reg=None):
    return dict(ind=ind, per=per, st=st, b=b, scope=scope, note=note, val=val, reg=reg)


class Marks:
    """Collects the marked spans of one page, in reading order."""

    def __init__(self):
        self.spans = []  # (label, text)

    def __call__(self, s):
        def rep(m):
            self.spans.append((m.group(2), m.group(1)))
            return m.group(1)
        return MARK.sub(rep, s)


class Visible(HTMLParser):
    BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "figcaption",
             "br", "table", "ul", "ol", "section", "article", "header", "figure", "span"}
    SKIP = {"script", "style", "head", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def visible(fragment):
    p = Visible()
    p.feed(fragment)
    p.close()
    t = "".join(p.out).replace("\xa0", " ")
    return re.sub(r"[ \t]+", " ", t)


def occurrences(text, ev):
    """Whole-number occurrences of ev in text (not inside a longer number)."""
    pat = r"(?<![\d.,/])" + re.escape(ev) + r"(?![\d]|[.,]\d|/\d)"
    return len(re.findall(pat, text))


def ncr(s, letters="ưạảấầậểếềệịọốồộờớợụủứừựỹ"):
    """Write some Vietnamese letters as numeric character references."""
    return "".join(f"&#{ord(c)};" if c in letters else c for c in s)


def nbsp_numbers(s):
    """&nbsp; around figures, as some CMS editors leave them."""
    return re.sub(r" (\d[\d.,]*) ", r"&nbsp;\1&nbsp;", s)


esc = html.escape
