"""Provinces in text: reporting organisations, places, national bodies.

records.md wants the province BEFORE the 1 July 2025 merger (63 units) and
its successor (34 units).  The table is data (patterns/regions.tsv, from
Resolution 202/2025/QH15, checked against underthesea.address); so are the
organisation patterns (patterns/orgs.yaml) and the provincial news sites
(patterns/sites.tsv).  A province name after "huyện/quận/xã" is a district
of the same name (huyện Quảng Ninh is in Quảng Bình), reported as kind
'district' so that the resolver can ignore that name in the article.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import regex

from extractor.yamlio import load_yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"


@dataclass(frozen=True)
class RegionSpan:
    start: int
    end: int
    text: str
    province: str        # canonical pre-2025 name, 'Việt Nam', or '' for a district of unknown province
    kind: str            # 'org' | 'province' | 'place' | 'district' | 'national' | 'elsewhere'
    org: str | None = None
    name: str | None = None   # the place name as matched


@dataclass(frozen=True)
class Gazetteer:
    successor: dict[str, str]     # province -> province after 2025
    names: dict[str, str]         # name or alias -> province
    cities: dict[str, str]        # city/district -> province
    sites: tuple[tuple[str, str], ...]
    pattern: "regex.Pattern"
    folded: dict[str, str]        # fold(name) -> province
    homes: tuple[tuple[str, str], ...] = ()     # national-reach papers of one city (sites.tsv role "home")
    unnamed_local: "regex.Pattern | None" = None  # "LĐLĐ quận", "LĐLĐ TP": a local body with no place name
    host_labels: dict[str, str] = field(default_factory=dict)  # 'congdoanbinhthuan' -> province (hosts.yaml)
    national_comparison: "regex.Pattern | None" = None  # "lớn nhất cả nước": a comparison, not a claim
    national_scope: "regex.Pattern | None" = None  # "toàn ngành", "cả nước": a national body's whole
    former_before: "regex.Pattern | None" = None   # "khu vực Vĩnh Phúc": a part of a merged province ...
    former_after: "regex.Pattern | None" = None    # ... "Thái Bình (cũ)", "tỉnh Ninh Thuận cũ"
    unnamed_province: "regex.Pattern | None" = None  # "LĐLĐ tỉnh", "toàn tỉnh": the province, its name unsaid
    whole_after: "regex.Pattern | None" = None     # "Cà Mau (mới)": the new province as a whole
    whole_before: "regex.Pattern | None" = None    # "Sau hợp nhất, LĐLĐ thành phố Đà Nẵng": the same, said first
    elsewhere_before: "regex.Pattern | None" = None  # "công nhân quê ở Thanh Hóa, Nghệ An": not where it happens
    new_wards: dict[str, str] = field(default_factory=dict)  # ward named since the 2025 merger -> its old province
    partner_before: "regex.Pattern | None" = None  # "phối hợp với Công đoàn phường X": a partner, not the reporter
    not_reporter_before: "regex.Pattern | None" = None  # "sau hợp nhất với LĐLĐ tỉnh X", "gồm cả LĐLĐ tỉnh X"


def fold(name: str) -> str:
    """Comparison key: lower case, no diacritics (đ->d), no 'tỉnh'/'thành phố'/'tp'."""
    s = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    s = regex.sub(r"^(?:tinh|thanh pho|tp\.?)\s*", "", s.strip())
    return " ".join(regex.sub(r"[-–.]", " ", s).split())


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_UNIT_PREFIX = regex.compile(r"^(?:Huyện|Quận|Thị xã|Thành phố|Tỉnh)\s+")
_WARD_PREFIX = regex.compile(r"^(?:Phường|Xã|Đặc khu|Thị trấn)\s+")


@lru_cache(maxsize=1)
def ward_mapping() -> tuple[dict, ...]:
    """underthesea's offline 2025 ward mapping (old province, district and ward -> new province and
    ward), read once; empty when the package or its data is missing."""
    import importlib.util
    import json

    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return ()
    path = Path(spec.submodule_search_locations[0]) / "address" / "data" / "mapping.json"
    try:
        return tuple(json.loads(path.read_text(encoding="utf-8"))["ward_mapping"])
    except (OSError, ValueError, KeyError):
        return ()


def district_towns(names: dict[str, str]) -> dict[str, str]:
    """Districts, towns and provincial cities before 2025 -> their province.

    underthesea ships the 2025 ward mapping offline; its old district names
    ("Huyện Yên Thành" of Nghệ An) let "LĐLĐ huyện Yên Thành" give its
    province.  A name shared by districts of two provinces (Châu Thành) or
    by a province (huyện Quảng Ninh) tells nothing and is left out.  Empty
    when the data is missing: the gazetteer then knows the provinces only.
    """
    wards = ward_mapping()
    if not wards:
        return {}
    by_fold = {fold(n): p for n, p in names.items()}
    found: dict[str, set[str]] = {}
    # thousands of wards share a few hundred (province, district) pairs: read each pair once
    pairs = {(w.get("old_province") or "", w.get("old_district") or "") for w in wards}
    for old_province, old_district in pairs:
        prov = by_fold.get(fold(_UNIT_PREFIX.sub("", old_province)))
        town = _UNIT_PREFIX.sub("", old_district).strip()
        if prov and town:
            found.setdefault(town, set()).add(prov)
    return {t: next(iter(ps)) for t, ps in found.items() if len(ps) == 1 and t not in names and not t.isdigit()}


def merged_wards(names: dict[str, str], taken: set[str]) -> dict[str, str]:
    """Wards and communes as named since the 2025 merger -> the old province they lie in ("Bắc Gia Nghĩa"
    -> Đắk Nông), from underthesea's offline ward mapping; only a name all of whose parts lie in one old
    province, and none already a province or town name (those are read as such).  Empty without the data.
    records.md names regions before the merger, so a ward union's figures are its old province's."""
    wards = ward_mapping()
    if not wards:
        return {}
    by_fold = {fold(n): p for n, p in names.items()}
    province: dict[str, str | None] = {}    # ten thousand wards name a few dozen old provinces: fold each once
    found: dict[str, set[str]] = {}
    for w in wards:
        old = w.get("old_province") or ""
        if old not in province:
            province[old] = by_fold.get(fold(_UNIT_PREFIX.sub("", old)))
        prov = province[old]
        name = _WARD_PREFIX.sub("", w.get("new_ward") or "").strip()
        if prov and name:
            found.setdefault(name, set()).add(prov)
    return {n: next(iter(ps)) for n, ps in found.items()
            if len(ps) == 1 and n not in taken and not n.isdigit() and len(n) > 2}


def gazetteer_pattern(org: dict, place: list[str], bare_place: list[str], bare: list[str],
                      named_lists: bool = True, ward: list[str] | None = None) -> "regex.Pattern":
    """The one pattern of every region mention: organisation + place, national words, prefixed and bare names.

    The name lists are regex named lists (`\\L<place>`): matched through a set,
    longest first and backing off to shorter names, exactly as the
    longest-first alternation they replace (`named_lists=False`, kept for the
    test that compares the two), but without trying hundreds of names one by one.
    The word-start test the four branches after the organisation share is
    written once, before them: it fails at most positions of a text (inside a
    word), and tried once there instead of four times the scan is about an
    eighth faster (same matches: the test is zero-width, its branches keep their order).
    """
    L = r"(?<![\p{L}\d])"
    R = r"(?![\p{L}\d])"
    lists = {"place": place, "bare_place": bare_place, "bare": bare, "ward": ward or ["\uffff"]}
    name = (lambda k: rf"\L<{k}>") if named_lists else (lambda k: _alt(lists[k]))
    wpre = org.get("ward_prefix", org["district_prefix"])
    return regex.compile(
        rf"(?P<org>{org['org_head']})\s+(?:(?:{org['admin_prefix']}\s*|(?P<odpre>{org['district_prefix']})\s+)"
        rf"(?P<oname>{name('place')})|(?P<oname2>{name('bare_place')})|(?P<owpre>{wpre})\s+(?P<owname>{name('ward')})){R}"
        rf"|{L}(?:(?P<nat>{org['national']}{R})"
        rf"|(?P<dpre>{org['district_prefix']})\s+(?P<dname>{name('place')}){R}"
        rf"|(?P<wpre>{wpre})\s+(?P<wname>{name('ward')}){R}"
        rf"|(?P<apre>{org['admin_prefix']})\s*(?P<aname>{name('place')}){R}"
        rf"|(?P<bname>{name('bare')}){R})",
        **(lists if named_lists else {}))


@lru_cache(maxsize=2)
def load_gazetteer(patterns_dir: str | None = None) -> Gazetteer:
    """Read regions.tsv, sites.tsv and orgs.yaml once, compile one alternation."""
    root = Path(patterns_dir) if patterns_dir else PATTERNS
    successor, names, cities = {}, {}, {}
    for line in (root / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", ""])[:4]
        prov, succ, aliases, towns = cols
        successor[prov] = succ
        names[prov] = prov
        for a in filter(None, (x.strip() for x in aliases.split(","))):
            names[a] = prov
        for c in filter(None, (x.strip() for x in towns.split(","))):
            cities[c] = prov
    known = list(names) + list(cities)          # may follow an organisation without "huyện"/"TP"
    for town, prov in district_towns(names).items():
        cities.setdefault(town, prov)           # need their "huyện", "quận", "thị xã", "TP"
    sites, homes = [], []
    for line in (root / "sites.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            host, prov, role = (line.split("\t") + [""])[:3]
            (homes if role.strip() == "home" else sites).append((host.strip().lower(), prov.strip()))
    org = load_yaml((root / "orgs.yaml").read_text(encoding="utf-8"))
    bare = [n for n in names if n not in org["need_prefix"]]
    new_wards = merged_wards(names, set(names) | set(cities))
    pattern = gazetteer_pattern(org, sorted(set(names) | set(cities)), sorted(set(known)), sorted(set(bare)),
                                ward=sorted(new_wards))
    folded = {fold(n): p for n, p in names.items()}
    return Gazetteer(successor, names, cities, tuple(sites), pattern, folded, tuple(homes),
                     regex.compile(org["unnamed_local"]), host_labels(folded, root / "hosts.yaml"),
                     regex.compile(org["national_comparison"]), regex.compile(org["national_scope"]),
                     regex.compile(org["former_before"]),
                     regex.compile(org["former_after"]), regex.compile(org["unnamed_province"]),
                     regex.compile(org["whole_after"]), regex.compile(org["whole_before"]),
                     regex.compile(org["elsewhere_before"]), new_wards,
                     regex.compile(org["partner_before"]) if org.get("partner_before") else None,
                     regex.compile(org["not_reporter_before"]) if org.get("not_reporter_before") else None)


def host_labels(folded: dict[str, str], path: Path) -> dict[str, str]:
    """Host labels that name a province ('baohaiduong', 'congdoanbinhthuan', 'kontumtv') -> province."""
    affixes = load_yaml(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for key, prov in folded.items():
        compact = key.replace(" ", "")
        if prov == "Việt Nam" or len(compact) < 5 or not compact.isalpha():
            continue
        for pre in affixes["prefixes"]:
            for suf in affixes["suffixes"]:
                out.setdefault(f"{pre}{compact}{suf}", prov)
    return out


def _province_of_host(host: str, gz: Gazetteer) -> str | None:
    """A listed site's province, else the province a label of the host is named for."""
    for suffix, prov in gz.sites:
        if host == suffix or host.endswith("." + suffix):
            return prov
    return next((gz.host_labels[label] for label in host.split(".")[:-1] if label in gz.host_labels), None)


def find_regions(text: str, gazetteer: Gazetteer | None = None) -> list[RegionSpan]:
    """Region spans of `text` in order (longest match first at each position)."""
    gz = gazetteer or load_gazetteer()
    out = []
    for m in gz.pattern.finditer(text):
        if m.group("owname") or m.group("wname"):
            # a ward named since the merger: no province of its own here (merger.former_wards dates it)
            name = m.group("owname") or m.group("wname")
            out.append(RegionSpan(m.start(), m.end(), m.group(0), "", "district",
                                  m.group(0) if m.group("org") else None, name))
        elif m.group("org"):
            name = m.group("oname") or m.group("oname2")
            if m.group("odpre") and name not in gz.cities:
                # "LĐLĐ huyện Quảng Ninh": a district named like a province
                out.append(RegionSpan(m.start(), m.end(), m.group(0), "", "district", m.group(0), name))
                continue
            prov = gz.names.get(name) or gz.cities.get(name)
            out.append(RegionSpan(m.start(), m.end(), m.group(0), prov, "org", m.group(0), name))
        elif m.group("nat"):
            out.append(RegionSpan(m.start(), m.end(), m.group(0), "Việt Nam", "national", m.group(0)))
        elif m.group("dname"):
            name = m.group("dname")
            if name in gz.cities:
                out.append(RegionSpan(m.start(), m.end(), m.group(0), gz.cities[name], "place", None, name))
            else:
                out.append(RegionSpan(m.start(), m.end(), m.group(0), "", "district", None, name))
        elif m.group("aname"):
            name = m.group("aname")
            if name in gz.names:
                out.append(RegionSpan(m.start(), m.end(), m.group(0), gz.names[name], "province", None, name))
            else:
                out.append(RegionSpan(m.start(), m.end(), m.group(0), gz.cities[name], "place", None, name))
        else:
            name = m.group("bname")
            out.append(RegionSpan(m.start(), m.end(), m.group(0), gz.names[name], "province", None, name))
    if gz.elsewhere_before is None:
        return out
    nr = gz.not_reporter_before
    return [replace(r, kind="elsewhere") if (r.kind in ("province", "place")
                                             and gz.elsewhere_before.search(text, max(0, r.start - 120), r.start))
            or (nr is not None and r.kind in ("org", "province") and nr.search(text, max(0, r.start - 40), r.start))
            else r for r in out]


def canonical_province(name: str, gazetteer: Gazetteer | None = None) -> str | None:
    """'TP.HCM', 'tỉnh Kiên Giang', 'Dak Lak' -> canonical pre-2025 name; unknown -> None."""
    gz = gazetteer or load_gazetteer()
    if name in gz.names:
        return gz.names[name]
    return gz.folded.get(fold(name)) or ("Việt Nam" if fold(name) == "viet nam" else None)


def to_2025(province: str | None, gazetteer: Gazetteer | None = None) -> str | None:
    """Successor after the 1 July 2025 merger; 'Việt Nam' stays; unknown -> None."""
    if province is None:
        return None
    if province == "Việt Nam":
        return province
    gz = gazetteer or load_gazetteer()
    canon = canonical_province(province, gz)
    return gz.successor.get(canon) if canon else None


_WAYBACK = regex.compile(r"^(?:https?://)?web\.archive\.org/web/[^/]+/", regex.IGNORECASE)


def province_of_url(url: str | None, gazetteer: Gazetteer | None = None) -> str | None:
    """The province of a provincial news or union site, from its host name."""
    if not url:
        return None
    gz = gazetteer or load_gazetteer()
    url = _WAYBACK.sub("", url)     # an archived copy: the original page's address counts
    parts = urlsplit(url if "//" in url else "//" + url)
    return _province_of_host((parts.hostname or "").lower(), gz) or province_of_slug(parts.path, gz)


_HOST = regex.compile(r"(?i)\b(?:[a-z0-9-]+\.)+(?:vn|com|net|org|info|news)\b")
SOURCE_HEAD = 400   # the sapo's "(Baonghean.vn) -" stands in the first lines


def province_of_source_text(text: str, gazetteer: Gazetteer | None = None) -> str | None:
    """The province of a provincial site the article names as its source ("(Baonghean.vn) -").

    Scraped text without a URL often keeps the site's name in its sapo;
    only the head of the text is read, and only known provincial sites count.
    """
    gz = gazetteer or load_gazetteer()
    for m in _HOST.finditer(text[:SOURCE_HEAD]):
        prov = _province_of_host(m.group(0).lower(), gz)
        if prov:
            return prov
    return None


def home_of_url(url: str | None, gazetteer: Gazetteer | None = None) -> str | None:
    """The city a national-reach paper is published in (nld.com.vn -> Hồ Chí Minh), else None.

    Such a paper covers the whole country, so its city is no default for
    its articles; it only tells where an unnamed local body ("LĐLĐ quận")
    of an article that names no province is.
    """
    if not url:
        return None
    gz = gazetteer or load_gazetteer()
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    return next((prov for suffix, prov in gz.homes if host == suffix or host.endswith("." + suffix)), None)


def names_unnamed_local(text: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether `text` names a local union body without its place ("LĐLĐ quận", "LĐLĐ TP")."""
    gz = gazetteer or load_gazetteer()
    return gz.unnamed_local is not None and gz.unnamed_local.search(text) is not None


def province_of_slug(path: str, gazetteer: Gazetteer | None = None) -> str | None:
    """'/ldld-tinh-phu-tho-9-thang-...' -> 'Phú Thọ': the first province named in a URL slug."""
    gz = gazetteer or load_gazetteer()
    slug = "-" + regex.sub(r"[^a-z0-9]+", "-", path.lower()) + "-"
    best, pos = None, len(slug)
    for key, prov in gz.folded.items():
        if len(key) < 6:
            continue
        i = slug.find("-" + key.replace(" ", "-") + "-")
        if 0 <= i < pos:
            best, pos = prov, i
    return best
