"""Corrections as edits on the ORIGINAL text, and the offset map they imply.

A `Repaired` keeps the original, the repaired text and the sorted,
non-overlapping corrections.  Every later step works on `text` and maps its
spans back with `span_to_original`, so evidence always points into the text
that was actually published.  Steps compose with `compose()`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Correction:
    """One change: original[start:end] became `replacement`, for `reason`."""

    start: int
    end: int
    original: str
    replacement: str
    reason: str


def _starts(original: str, corrections: tuple[Correction, ...]) -> tuple[int, ...]:
    """Repaired-text start of each correction (they are sorted and disjoint)."""
    out, shift = [], 0
    for c in corrections:
        out.append(c.start + shift)
        shift += len(c.replacement) - (c.end - c.start)
    return tuple(out)


@dataclass(frozen=True)
class Repaired:
    """Repaired text with its map back to the original."""

    original: str
    text: str
    corrections: tuple[Correction, ...]
    _rep_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def build(cls, original: str, corrections: list[Correction] | tuple[Correction, ...]) -> "Repaired":
        """Apply disjoint corrections (any order) to `original`."""
        cs = tuple(sorted(corrections, key=lambda c: (c.start, c.end)))
        parts, pos = [], 0
        for c in cs:
            if c.start < pos or c.end < c.start:
                raise ValueError(f"overlapping correction at {c.start}")
            parts.append(original[pos:c.start])
            parts.append(c.replacement)
            pos = c.end
        parts.append(original[pos:])
        return cls(original, "".join(parts), cs, _starts(original, cs))

    def _locate(self, pos: int) -> tuple[int, bool]:
        """(index of the last correction starting at or before `pos`, is `pos` inside it)."""
        k = bisect_right(self._rep_starts, pos) - 1
        if k < 0:
            return -1, False
        return k, pos < self._rep_starts[k] + len(self.corrections[k].replacement)

    def to_original(self, pos: int) -> int:
        """Repaired offset -> original offset (len(text) maps to len(original)).

        A character inside a replacement maps into the span it replaced.
        """
        if not self.corrections:
            return pos
        k, inside = self._locate(pos)
        if k < 0:
            return pos
        c, r0 = self.corrections[k], self._rep_starts[k]
        if inside:
            return c.start + min(pos - r0, max(c.end - c.start - 1, 0))
        return c.end + (pos - r0 - len(c.replacement))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Repaired [start, end) -> original span; a span touching a replacement covers all of it."""
        if end <= start:
            p = self.to_original(start)
            return p, p
        k, inside = self._locate(start)
        o0 = self.corrections[k].start if (k >= 0 and inside) else self.to_original(start)
        k, inside = self._locate(end - 1)
        o1 = self.corrections[k].end if (k >= 0 and inside) else self.to_original(end - 1) + 1
        return o0, max(o1, o0)


def identity(text: str) -> Repaired:
    """No change at all."""
    return Repaired(text, text, (), ())


def _absorbed(rep: Repaired, s: int, e: int) -> tuple[int, int, set[int]]:
    """Edit [s, e) widened over the earlier corrections it touches, and their indexes."""
    old, rs = rep.corrections, rep._rep_starts
    ks: set[int] = set()
    for k in range(max(bisect_right(rs, s) - 2, 0), bisect_right(rs, e)):
        r0, r1 = rs[k], rs[k] + len(old[k].replacement)
        if (r0 < e and r1 > s) or (r0 == r1 and s <= r0 <= e and s < e) or (r0 == s == e == r1):
            ks.add(k)
    for k in ks:
        s, e = min(s, rs[k]), max(e, rs[k] + len(old[k].replacement))
    return s, e, ks


def compose(rep: Repaired, edits: list[tuple[int, int, str, str]]) -> Repaired:
    """Apply `edits` (start, end, replacement, reason) given in `rep.text` offsets.

    An edit that touches earlier corrections absorbs them (and edits sharing
    one merge), so corrections stay disjoint and each says what the original
    held and what it became.
    """
    if not edits:
        return rep
    groups: list[list] = []  # [s2, e2, absorbed, [edits]]
    for s, e, repl, reason in sorted(edits, key=lambda x: (x[0], x[1])):
        s2, e2, ks = _absorbed(rep, s, e)
        if groups and (s2 < groups[-1][1] or ks & groups[-1][2] or (s2 == groups[-1][1] and s2 == e2)):
            g = groups[-1]
            g[0], g[1] = min(g[0], s2), max(g[1], e2)
            g[2] |= ks
            g[3].append((s, e, repl, reason))
        else:
            groups.append([s2, e2, ks, [(s, e, repl, reason)]])
    new: list[Correction] = []
    used: set[int] = set()
    for s2, e2, ks, group in groups:
        o0, o1 = rep.span_to_original(s2, e2)
        for k in ks:
            o0, o1 = min(o0, rep.corrections[k].start), max(o1, rep.corrections[k].end)
        used |= ks
        parts, pos = [], s2
        for s, e, repl, _ in group:
            parts.append(rep.text[pos:s])
            parts.append(repl)
            pos = max(pos, e)
        parts.append(rep.text[pos:e2])
        replacement = "".join(parts)
        reasons = [rep.corrections[k].reason for k in sorted(ks)] + [g[3] for g in group]
        why = "+".join(dict.fromkeys(r for rr in reasons for r in rr.split("+")))
        if replacement != rep.original[o0:o1]:
            new.append(Correction(o0, o1, rep.original[o0:o1], replacement, why))
    kept = [c for k, c in enumerate(rep.corrections) if k not in used]
    return Repaired.build(rep.original, kept + new)
