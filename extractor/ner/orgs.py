"""Reporting organisations: who states a figure ("LĐLĐ tỉnh Thái Nguyên", "Công đoàn các KCN Bình Thuận").

underthesea's offline NER finds LOC/ORG names the gazetteer's patterns may
not foresee; a name counts as a reporting organisation when a union head
("Liên đoàn Lao động", "LĐLĐ", "Công đoàn", "CĐ", from patterns/orgs.yaml)
starts it or stands right before it.  Its province comes from the
gazetteer (extractor.regions).  The NER costs about 10 ms a sentence, so
callers run it only on sentences that hold a candidate number.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex
import yaml

from extractor.regions import find_regions, load_gazetteer

PATTERNS = Path(__file__).resolve().parents[2] / "patterns"


@lru_cache(maxsize=1)
def _heads() -> tuple["regex.Pattern", "regex.Pattern", "regex.Pattern"]:
    """(a union head at the end of the text before a name, a union head starting a name,
    a capitalised head with its sector or zone: "Công đoàn ngành Giáo dục", "Công đoàn các KCN")."""
    head = yaml.safe_load((PATTERNS / "orgs.yaml").read_text(encoding="utf-8"))["org_head"]
    return (regex.compile(rf"(?:{head})\s*(?:các\s+)?$"), regex.compile(rf"^(?:{head})(?![\p{{L}}])"),
            regex.compile(rf"(?<![\p{{L}}])(?=\p{{Lu}})(?:{head})(?![\p{{L}}])"))


@lru_cache(maxsize=1)
def _ner():
    from underthesea import ner
    return ner


def entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, 'LOC'|'ORG'|'PER'...) spans of underthesea's NER, with offsets into `text`."""
    out: list[tuple[int, int, str]] = []
    pos, cur = 0, None
    for word, _pos, _chunk, tag in _ner()(text):
        i = text.find(word, pos)
        if i < 0:
            continue
        pos = i + len(word)
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
            if cur:
                out.append(cur)
            cur = (i, pos, tag[2:])
        elif tag.startswith("I-") and cur:
            cur = (cur[0], pos, cur[2])
        else:
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    return out


def _province(name: str, gazetteer) -> str | None:
    """The province a name gives (its last provincial region), or None."""
    found = [r for r in find_regions(name, gazetteer) if r.province and r.kind != "district"]
    return found[-1].province if found else None


def reporting_orgs(text: str, gazetteer=None) -> list[tuple[int, int, str, str | None]]:
    """(start, end, organisation as written, province or None) of every union body in `text`.

    NER names preceded or started by a union head, and the gazetteer's own
    organisation matches, merged by position (the longer span wins).
    """
    gz = gazetteer or load_gazetteer()
    before_head, starts_head, sector = _heads()
    found: dict[int, tuple[int, int, str, str | None]] = {}
    for s, e, kind in entities(text):
        if kind not in ("LOC", "ORG"):
            continue
        m = before_head.search(text[max(0, s - 40):s])
        if m:
            s = s - (len(text[max(0, s - 40):s]) - m.start())
        elif not starts_head.match(text[s:e]):
            continue
        org = text[s:e]
        found[s] = (s, e, org, _province(org, gz))
    for r in find_regions(text, gz):
        if r.kind != "org":
            continue
        old = found.get(r.start)
        if old is None or r.end > old[1] or old[3] is None:
            found[r.start] = (r.start, r.end, r.text, r.province or None)
    for m in sector.finditer(text):
        if len(m.group(0).split()) > 2 and m.start() not in found:   # a bare "Công đoàn" names no body
            found[m.start()] = (m.start(), m.end(), m.group(0), None)
    spans = sorted(found.values())
    # drop a span inside a longer one
    return [x for x in spans if not any(o[0] <= x[0] and x[1] <= o[1] and o != x for o in spans)]
