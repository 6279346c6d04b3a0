"""The 2025 merger of provinces (63 -> 34) as the region rules meet it.

records.md names a figure's region by the province's name before the merger,
so after it a text must be read for the old province a figure belongs to: a
part named as the old province ("khu vực Nam Định (cũ)"), a ward that bears
an old province's or town's name, or a list of the old provinces a new one
was made of.  Split from extractor/resolve.py (which resolves a record's
region, scope and status); nothing here does I/O.
"""

from __future__ import annotations

from datetime import date

import regex

from extractor.regions import RegionSpan, to_2025

__all__ = ["MERGER", "is_former", "former_wards", "visible_regions", "older_part", "listed_parts"]

MERGER = date(2025, 7, 1)
_INCLUDED = regex.compile(r"\b(?:tính cả|kể cả|bao gồm cả|gồm cả)\s+(?:khu vực\s+)?(?:tỉnh\s+)?$")


def is_former(gz, text: str, start: int, end: int) -> bool:
    """A province name marked as the old province a part of a merged one was: "khu vực Vĩnh Phúc",
    "Thái Bình (cũ)", "(thuộc tỉnh Bình Định trước đây)" (`start`, `end`: the name's span in `text`)."""
    if gz is None or gz.former_before is None:
        return False
    if _INCLUDED.search(text, max(0, start - 30), start):
        return False     # "công đoàn toàn tỉnh (tính cả khu vực Yên Bái cũ)": the whole, the old part included
    return bool(gz.former_before.search(text, max(0, start - 30), start) or gz.former_after.match(text, end))


def former_wards(regions: list[RegionSpan], published: date | None, gz=None) -> list[RegionSpan]:
    """After the 2025 merger many wards carry the name of the old province's town ("Công đoàn phường
    Vũng Tàu (TPHCM)", "phường Nam Định"): such a ward lies in that old province, which records.md
    names, so its union reports for it.  Before the merger (or undated) a district named like a
    province stays unknown ("huyện Quảng Ninh" is in Quảng Bình)."""
    if gz is None or published is None or published < MERGER:
        return regions
    out = []
    wards = gz.new_wards
    for r in regions:
        prov = gz.names.get(r.name) if r.kind == "district" and r.name else None
        if prov and regex.search(r"\b[Pp]hường\s", r.text):
            r = RegionSpan(r.start, r.end, r.text, prov, "org" if r.org else "place", r.org, r.name)
        elif r.kind == "district" and r.name in wards:
            # a ward or commune as named since the merger ("phường Bắc Gia Nghĩa"): its old province
            r = RegionSpan(r.start, r.end, r.text, wards[r.name], "org" if r.org else "place", r.org, r.name)
        out.append(r)
    return out


def visible_regions(regions: list[RegionSpan], text: str, gz=None) -> list[RegionSpan]:
    """The region spans that name a province: a bare name that the article also gives to a district
    or ward ("Công đoàn phường Nam Định" ... "Nam Định") is that ward's, unless it is marked as the old
    province ("khu vực Nam Định", "Nam Định (cũ)"); a prefixed name ("tỉnh Nam Định") always counts."""
    districts = {r.name for r in regions if r.kind == "district"}
    if not districts:
        return regions
    return [r for r in regions if r.kind == "district" or r.name not in districts or r.text != r.name
            or is_former(gz, text, r.start, r.end)]


def older_part(region: str | None, spans, text: str, offset: int, published: date | None,
               gz=None, pos: int | None = None) -> str | None:
    """After the 2025 merger "LĐLĐ tỉnh Khánh Hòa" reports for a province that now holds Ninh Thuận
    too; records.md names regions before the merger, so a part named as the old province it was
    ("khu vực Vĩnh Phúc", "tại phường Phan Rang (tỉnh Ninh Thuận cũ)", "khu vực Hòa Bình") is the
    region, while "toàn tỉnh Phú Thọ" or "(sau hợp nhất 3 tỉnh Hà Nam, Nam Định, Ninh Bình)" leave the
    whole new province.  Only for articles published after the merger (or undated), and only for an
    old province merged into `region`; `text` starts at article offset `offset`.

    `pos` (article offset of a figure): an old province named last before it is its part ("khu vực Nam
    Định (cũ) 2.430 đoàn viên, khu vực Ninh Bình (cũ) 2.460": the 2.460 is Ninh Bình's); else the first
    one the clause names ("LĐLĐ tỉnh Khánh Hòa ký ... với 12 doanh nghiệp khu vực phía Nam tỉnh (tỉnh
    Ninh Thuận cũ)", as dev y15).  Parts named in one list ("ba khu vực Lâm Đồng, Đắk Nông, Bình Thuận
    (cũ)", "hai tỉnh Gia Lai và Bình Định (cũ)") are the whole they make up."""
    if region is None or (published is not None and published < MERGER) or gz is None:
        return region
    new = to_2025(region, gz)
    if new != region or gz.former_before is None:
        return region            # the named province itself merged away: it is already the old name
    parts = [r for r in spans if r.province and r.kind != "elsewhere" and to_2025(r.province, gz) == new]
    listed = listed_parts(parts, text, offset)
    before = [r for r in parts if pos is not None and r.start < pos]
    if before and before[-1] not in listed and is_former(gz, text, before[-1].start - offset,
                                                          before[-1].end - offset):
        return before[-1].province
    for r in parts:
        if r.province == region or r in listed:
            continue
        if is_former(gz, text, r.start - offset, r.end - offset):
            return r.province
    return region


_LIST_GAP = regex.compile(r"\s*(?:\(\s*cũ\s*\)|cũ)?\s*(?:,|và|,\s*và)\s*(?:khu vực\s+|tỉnh\s+)?")


def listed_parts(parts, text: str, offset: int) -> list:
    """The spans of `parts` (names of the old provinces of one new province) written as one list ("hai
    tỉnh Đồng Nai và Bình Phước", "khu vực Lâm Đồng, Đắk Nông, Bình Thuận (cũ)"): only a comma or "và"
    between two names of different old provinces."""
    out = []
    # names, not "phường Y, LĐLĐ tỉnh X"; or the federations of the old provinces acting together ("LĐLĐ tỉnh
    # Đồng Tháp và LĐLĐ tỉnh Tiền Giang (trước hợp nhất) đã chăm lo cho 108.900 lượt"): a sum, the new one's
    for kind in ("province", "org"):
        names = [r for r in parts if r.kind == kind]
        for a, b in zip(names, names[1:]):
            if a.province != b.province and _LIST_GAP.fullmatch(text, a.end - offset, b.start - offset):
                out.extend(r for r in (a, b) if r not in out)
    return out
