"""Literal gates: words a text must hold before a pattern can match it at all.

Most rule patterns open with a cue word ('\\bkết nạp\\b', '\\bquý\\s+...') and
fail on nearly every text they are tried on; finding that out costs a regex
scan each time.  `required_literals(pattern)` reads a case-sensitive pattern
and returns a set of strings such that every match of the pattern contains
at least one of them, or None when it cannot tell.  A text holding none of
them cannot match: `str.__contains__` says so far faster than a scan, and
the pattern is never run.

The reading is conservative: it understands literals, escapes, classes,
groups, alternation, quantifiers and assertions, and gives up (None, no
gate) on anything else (inline flags, conditionals, verbose or case-blind
patterns).  A gate only ever skips a scan that would have found nothing, so
results are unchanged; tests/test_literals.py checks every gated pattern of
patterns/ against real text.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

_CAP = 64                       # at most this many strings in one exact set (cross products grow fast)
_ZERO_WIDTH_ESCAPES = set("bBAZGmM")
_CLASS_ESCAPES = set("dDsSwWpPX")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_EMPTY = frozenset({""})


class _GiveUp(Exception):
    """The pattern holds a construct this reader does not model: no gate."""


class _Node:
    """What is known of a piece of pattern.

    `exact`: the piece matches exactly one of these strings (a finite set), else None.
    `req`: every match of the piece contains one of these (non-empty) strings, else None.
    """

    __slots__ = ("exact", "req")

    def __init__(self, exact: frozenset[str] | None, req: frozenset[str] | None):
        self.exact, self.req = exact, req


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longest shortest string, then fewest strings."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _as_req(exact: frozenset[str] | None) -> frozenset[str] | None:
    """An exact set used as a requirement: only when none of its strings is empty."""
    return exact if exact and "" not in exact else None


class _Reader:
    """Recursive descent over a pattern string (the `regex` module's V0 syntax)."""

    def __init__(self, src: str):
        self.src, self.i = src, 0

    def peek(self) -> str:
        return self.src[self.i] if self.i < len(self.src) else ""

    def alternation(self) -> _Node:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        exact: frozenset[str] | None = None
        if all(b.exact is not None for b in branches):
            union = frozenset().union(*(b.exact for b in branches))
            exact = union if len(union) <= _CAP else None
        reqs = [b.req for b in branches]
        req = frozenset().union(*reqs) if all(r is not None for r in reqs) else None
        return _Node(exact, req)

    def sequence(self) -> _Node:
        run: frozenset[str] | None = _EMPTY     # cross product of the exact items since the last break
        broken = False
        best: frozenset[str] | None = None
        while self.peek() not in ("", "|", ")"):
            item = self.quantified()
            if item.exact is not None and run is not None and len(run) * len(item.exact) <= _CAP:
                run = frozenset(a + b for a in run for b in item.exact)
                continue
            best = _better(best, _as_req(run))
            best = _better(best, item.req)
            broken = True
            run = item.exact if item.exact is not None else _EMPTY
        best = _better(best, _as_req(run))
        return _Node(None if broken else run, best)

    def quantified(self) -> _Node:
        atom = self.atom()
        q = self.quantifier()
        if q is None:
            return atom
        lo, hi = q
        if self.peek() in ("?", "+"):           # lazy or possessive: the same strings
            self.i += 1
        if lo == 0:
            if hi == 1 and atom.exact is not None:
                return _Node(atom.exact | _EMPTY, None)
            return _Node(None, None)
        if lo == hi and atom.exact is not None and len(atom.exact) ** lo <= _CAP:
            out = _EMPTY
            for _ in range(lo):
                out = frozenset(a + b for a in out for b in atom.exact)
            return _Node(out, _as_req(out))
        return _Node(None, atom.req if atom.req is not None else _as_req(atom.exact))

    def quantifier(self) -> tuple[int, int | None] | None:
        c = self.peek()
        if c in ("?", "*", "+"):
            self.i += 1
            return {"?": (0, 1), "*": (0, None), "+": (1, None)}[c]
        if c == "{":
            m = regex.match(r"\{(\d*)(,?)(\d*)\}", self.src[self.i:])
            if m is None or (not m.group(1) and not m.group(3)):
                raise _GiveUp("a brace that is no quantifier")
            self.i += m.end()
            lo = int(m.group(1) or 0)
            hi = lo if not m.group(2) else (int(m.group(3)) if m.group(3) else None)
            return lo, hi
        return None

    def atom(self) -> _Node:
        c = self.peek()
        self.i += 1
        if c == "(":
            return self.group()
        if c == "[":
            self.skip_class()
            return _Node(None, None)
        if c == "\\":
            return self.escape()
        if c == ".":
            return _Node(None, None)
        if c in ("^", "$"):
            return _Node(_EMPTY, None)
        if c in ("*", "+", "?", "{", ")"):
            raise _GiveUp(f"unexpected {c!r}")
        return _Node(frozenset({c}), frozenset({c}))

    def group(self) -> _Node:
        src, i = self.src, self.i
        zero = False
        if src.startswith("?:", i) or src.startswith("?>", i):
            self.i += 2
        elif src.startswith("?P<", i) or (src.startswith("?<", i) and src[i + 2:i + 3] not in ("=", "!")):
            self.i = src.index(">", i) + 1
        elif src.startswith("?=", i) or src.startswith("?!", i):
            self.i, zero = i + 2, True
        elif src.startswith("?<=", i) or src.startswith("?<!", i):
            self.i, zero = i + 3, True
        elif src.startswith("?#", i):
            self.i = src.index(")", i) + 1
            return _Node(_EMPTY, None)
        elif src.startswith("?P=", i):
            self.i = src.index(")", i) + 1
            return _Node(None, None)
        elif src.startswith("?", i):
            raise _GiveUp("inline flags, conditionals or branch resets")
        inner = self.alternation()
        if self.peek() != ")":
            raise _GiveUp("unbalanced group")
        self.i += 1
        return _Node(_EMPTY, None) if zero else inner

    def escape(self) -> _Node:
        c = self.peek()
        if not c:
            raise _GiveUp("trailing backslash")
        self.i += 1
        if c in _ZERO_WIDTH_ESCAPES:
            return _Node(_EMPTY, None)
        if c in _CLASS_ESCAPES:
            if c in "pP":
                if self.peek() == "{":
                    self.i = self.src.index("}", self.i) + 1
                else:
                    self.i += 1
            return _Node(None, None)
        if c in _SIMPLE_ESCAPES:
            ch = _SIMPLE_ESCAPES[c]
            return _Node(frozenset({ch}), frozenset({ch}))
        if c.isalnum() or c == "_":
            raise _GiveUp(f"escape \\{c}")       # \x.., \u...., \N{..}, \L<..>, back-references
        return _Node(frozenset({c}), frozenset({c}))

    def skip_class(self) -> None:
        src, i = self.src, self.i
        if src.startswith("^", i):
            i += 1
        if src.startswith("]", i):
            i += 1
        while i < len(src):
            ch = src[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "[":
                if src.startswith("[:", i):
                    i = src.index(":]", i) + 2
                    continue
                raise _GiveUp("a nested set")
            if ch == "]":
                self.i = i + 1
                return
            i += 1
        raise _GiveUp("unclosed class")


def required_literals(pattern: "regex.Pattern") -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None (no such set known).

    Only case-sensitive, non-verbose V0 patterns are read: a case-blind
    pattern may match a literal in another case, which `in` would miss.
    """
    if pattern.flags & (regex.IGNORECASE | regex.VERBOSE | regex.VERSION1):
        return None
    reader = _Reader(pattern.pattern)
    try:
        node = reader.alternation()
        if reader.i != len(reader.src):
            return None
    except (_GiveUp, ValueError):
        return None
    return node.req


def may_match(gate: frozenset[str] | None, text: str) -> bool:
    """False only when `text` holds none of the gate's strings (so the gated pattern cannot match)."""
    if gate is None:
        return True
    for lit in gate:
        if lit in text:
            return True
    return False


def words_held(words: Iterable[str], low: str) -> frozenset[str]:
    """Which of the gates' `words` a lower-cased text holds: asked once per text, not pattern by pattern."""
    return frozenset([w for w in words if w in low])


PLANS_MAX = 4096    # word sets remembered per memo (emptied when full: memory stays flat)


def worth_scanning(entries: tuple, held: frozenset[str], memo: dict, key: object = None) -> tuple:
    """The (tag, gated) pairs of `entries` whose pattern can match a text holding just the gate words
    `held`: a gated's lower-cased twin whose gate holds none of them cannot (`gated` has `.twin` and
    `.gate`; without a twin or a gate it is always kept).  Few word sets occur, so the answers are
    memoised in `memo` under `key` (default `held`), bounded by PLANS_MAX.
    """
    key = held if key is None else key
    got = memo.get(key)
    if got is None:
        if len(memo) >= PLANS_MAX:
            memo.clear()
        got = memo[key] = tuple((tag, g) for tag, g in entries
                                if g.twin is None or not g.gate or not g.gate.isdisjoint(held))
    return got


def gates(patterns: Iterable["regex.Pattern | None"]) -> tuple[frozenset[str] | None, ...]:
    """`required_literals` of each pattern (None for a missing pattern)."""
    return tuple(None if p is None else required_literals(p) for p in patterns)
