"""Case-insensitive patterns run as case-sensitive twins on lower-cased text.

The `regex` module matches an IGNORECASE pattern two to three times slower
than the same pattern without the flag, and the rules run dozens of such
patterns over every sentence.  Lower-casing the sentence once and matching a
twin whose literals are lower case gives the same spans: a letter matches
without regard to case exactly when its lower case matches.  Offsets do not
move as long as `str.lower()` keeps the length (it does for Vietnamese; the
callers check and fall back otherwise).

A pattern that depends on case (`(?-i:IV)`, `\\p{Lu}`, `[[:upper:]]`, inline
flags) gets no twin and runs as it is.  tests/test_lowered.py checks every
twin against its pattern on real sentences.
"""

from __future__ import annotations

import regex

from extractor.literals import may_match, required_literals

# Constructs whose meaning depends on case: a pattern holding one keeps the slow path.
_CASE_BOUND = regex.compile(r"\(\?(?:[a-zA-Z]+(?:-[a-zA-Z]*)?|-[a-zA-Z]+)[:)]|\\[pP]\{\^?(?:L[ult]|Upper|Lower|Title)|\[:(?:upper|lower):\]"
                            r"|\\[pP]\{[^}]*(?:Upper|Lower)")


def _lower_literals(src: str) -> str:
    """The pattern text with its literal letters lower-cased; escapes and group names kept as written.

    Raises ValueError on a class range with a cased end ('[À-Ỹ]'): lower-casing
    its ends would cover other code points.
    """
    out: list[str] = []
    i, n, in_class = 0, len(src), False
    while i < n:
        c = src[i]
        if c == "\\" and i + 1 < n:
            nxt, end = src[i + 1], i + 2
            if nxt in "pPNg" and end < n and src[end] in "{<":
                end = src.index("}" if src[end] == "{" else ">", end) + 1
            out.append(src[i:end])
            i = end
            continue
        if not in_class and (src.startswith("(?P<", i) or src.startswith("(?P=", i)
                             or (src.startswith("(?<", i) and i + 3 < n and src[i + 3] not in "=!")):
            end = src.index(")" if src.startswith("(?P=", i) else ">", i) + 1
            out.append(src[i:end])
            i = end
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class and out and out[-1] != "[":
            in_class = False
        elif c == "-" and in_class and 0 < i < n - 1 and (src[i - 1].lower() != src[i - 1]
                                                       or src[i + 1].lower() != src[i + 1]):
            raise ValueError("a class range with a cased end")
        out.append(c.lower())
        i += 1
    return "".join(out)


def lowered(pattern: "regex.Pattern | Deferred") -> "regex.Pattern | None":
    """A case-sensitive twin of an IGNORECASE `pattern` for lower-cased text, or None.

    None when the pattern is case-sensitive already (nothing to gain) or holds
    a construct whose meaning depends on case.
    """
    if not pattern.flags & regex.IGNORECASE or _CASE_BOUND.search(pattern.pattern):
        return None
    try:
        return regex.compile(_lower_literals(pattern.pattern), pattern.flags & ~(regex.IGNORECASE | regex.FULLCASE))
    except (regex.error, ValueError):
        return None


class Deferred:
    """A pattern compiled the first time it is used: the case-blind original of a pattern that has a twin.

    The twin does the work (`lowered`), and the original only runs on the rare text
    whose lower case changes length, or for a partial match: compiling hundreds of
    them at every start-up (the `regex` parser is slow) would buy nothing.  `pattern`
    and `flags` are read without compiling, which is all `lowered` needs.
    """

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags, self._compiled = pattern, flags, None

    def compiled(self) -> "regex.Pattern":
        """The compiled pattern (compiled now, once)."""
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self):
        return Deferred, (self.pattern, self.flags)


def with_twin(source: str, flags: int) -> "tuple[regex.Pattern | Deferred, regex.Pattern | None]":
    """(pattern, its lower-case twin or None); a pattern with a twin is compiled only when first used."""
    pattern = Deferred(source, flags)
    twin = lowered(pattern)
    return (pattern if twin is not None else pattern.compiled()), twin


def lower_same_length(text: str) -> str | None:
    """`text.lower()` when it keeps every offset (the usual case), else None."""
    low = text.lower()
    return low if len(low) == len(text) else None


class Gated:
    """A case-blind pattern, its lower-case twin and the twin's literal gate (extractor/literals.py).

    `finditer(text, low)` gives the spans `pattern.finditer(text)` gives: the
    twin runs on `low` (text.lower(), same offsets), and not at all when `low`
    holds none of the gate's words.  Matches found on `low` carry lower-cased
    group text: callers read their spans only.  Without a twin (or without
    `low`) the pattern runs on `text` as it is.
    """

    __slots__ = ("pattern", "twin", "gate")

    def __init__(self, pattern: "regex.Pattern"):
        self.pattern = pattern
        self.twin = lowered(pattern)
        self.gate = required_literals(self.twin) if self.twin is not None else None

    def finditer(self, text: str, low: str | None, overlapped: bool = False):
        """Matches of the pattern in `text` (spans), found on `low` when that is safe."""
        if low is None or self.twin is None:
            return self.pattern.finditer(text, overlapped=overlapped)
        if not may_match(self.gate, low):
            return iter(())
        return self.twin.finditer(low, overlapped=overlapped)
