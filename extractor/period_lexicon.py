"""patterns/periods.yaml compiled: the period rules and the word lists their groups are read with.

The words live in patterns/periods.yaml: fragments nest ({name}), number
words, the heavenly stems and earthly branches of year names, and each
rule's kind and `resolve:` (a function of extractor/period_dates.py).
Compiling them (a lower-cased twin and the literal gate of each rule,
checks that name the file and the rule) happens once per process and is a
job apart from finding phrases in text (extractor/periods.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping

import regex
import yaml

from extractor.literals import required_literals
from extractor.lowered import with_twin
from extractor.period_dates import RESOLVERS
from extractor.yamlio import load_yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"
KINDS = ("span", "current", "date", "block")


@dataclass(frozen=True)
class PeriodRule:
    """One pattern of periods.yaml, compiled."""

    name: str
    kind: str
    resolve: str
    pattern: "regex.Pattern"
    fixed: tuple[tuple[str, int], ...] = ()
    until_now: bool = False
    offset: int = 0
    twin: "regex.Pattern | None" = None     # the same pattern for lower-cased text (extractor/lowered.py)
    gate: frozenset | None = None           # one of these is in any lower-cased text the twin matches (extractor/literals.py)


@dataclass(frozen=True)
class PeriodLexicon:
    """Compiled rules plus the word lists their groups are read with."""

    rules: tuple[PeriodRule, ...]
    number_words: Mapping[str, int]
    stems: tuple[str, ...]
    branches: Mapping[str, int]       # spelling -> index in the 12-year cycle
    examples: tuple[dict, ...]
    anaphoric: "regex.Pattern | None" = None   # "trong năm", "cũng trong quý": the unit named last
    same_period: frozenset = frozenset()       # rules naming the current span in another year ("cùng kỳ năm 2023")
    anaphora_anchors: frozenset = frozenset()  # digit-less rules naming one year that "trong năm" may point to
    term_anaphors: frozenset = frozenset()     # "nhiệm kỳ qua": rules that point back to a named term ...
    term_antecedents: frozenset = frozenset()  # ... "nhiệm kỳ 2018-2023": the rules that name one
    term_since: frozenset = frozenset()        # "từ đầu nhiệm kỳ đến nay": from a named term's start to now
    by_year: "regex.Pattern | None" = None     # "đến năm 2028": a deadline, inside a span ending then
    plan_rules: frozenset = frozenset()        # "kế hoạch năm là": a plan's span, dates targets only
    term_spans: frozenset = frozenset()        # "5 năm qua": a named term's whole span when it starts with it
    event_rules: frozenset = frozenset()       # Tết, Tháng Công nhân: an event's span, never a programme's plan
    tet_cutoffs: frozenset = frozenset()       # "Tính đến ngày 29/1" in a sentence about Tết: the Tết year
    tet_spans: frozenset = frozenset()         # the rules naming a Tết, whose year such a cut-off then is
    month_events: frozenset = frozenset()      # "Tháng Công nhân năm 2025, tính đến ngày 15/5": the month, not Jan..15/5
    against_plan: "regex.Pattern | None" = None   # "(chỉ tiêu giao là 6.000": a plan a result is measured against
    compared_year: "regex.Pattern | None" = None  # "so với năm 2020": a year the next sentence may state again
    compared_phrase: "regex.Pattern | None" = None  # "so với năm 2019 (298 CĐCS)": the compared figure's period
    comparing: "regex.Pattern | None" = None   # "so với", "so cùng kỳ": a sentence that compares (its asides' periods)
    plan_before: "regex.Pattern | None" = None  # "phấn đấu kết nạp 7.000 đoàn viên trong": a plan's year, not the article's
    # derived from `rules` once (not per sentence): (order, rule) of the phrase rules and of the
    # blockers, and every word of the rules' gates, so a sentence is searched for each word once
    phrases: tuple = field(init=False, repr=False, compare=False)
    blocks: tuple = field(init=False, repr=False, compare=False)
    gate_words: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # (gate words a sentence holds, blocks?) -> the rules worth scanning there (see _plan); bounded
    plans: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = tuple(enumerate(self.rules))
        object.__setattr__(self, "phrases", tuple((o, r) for o, r in ordered if r.kind != "block"))
        object.__setattr__(self, "blocks", tuple((o, r) for o, r in ordered if r.kind == "block"))
        object.__setattr__(self, "gate_words", tuple(sorted({w for r in self.rules if r.gate for w in r.gate})))
        object.__setattr__(self, "plans", {})


def _expand(pattern: str, fragments: Mapping[str, str]) -> str:
    """Replace {name} by its fragment until none is left (fragments nest)."""
    for _ in range(10):
        new = regex.sub(r"\{([a-z_]+)\}", lambda m: "(?:" + fragments[m.group(1)] + ")", pattern)
        if new == pattern:
            return new
        pattern = new
    raise ValueError(f"periods.yaml: fragments nest too deep in {pattern[:60]!r}")


def _alternation(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def load_periods(path: str | None = None) -> PeriodLexicon:
    """Compile patterns/periods.yaml once per process.

    A broken file raises ValueError naming the file and the rule, so the CLI
    can print one line instead of a traceback.
    """
    file = Path(path) if path else PATTERNS / "periods.yaml"
    try:
        return _compile(load_yaml(file.read_text(encoding="utf-8")), file)
    except (KeyError, TypeError, AttributeError, regex.error, yaml.YAMLError) as exc:
        raise ValueError(f"{file}: {type(exc).__name__}: {exc}") from None


def _compile(data: dict, file: Path) -> PeriodLexicon:
    numbers = {str(k): int(v) for k, v in data["number_words"].items()}
    branches = {w: i for i, group in enumerate(data["branches"]) for w in group}
    # Long fragments are folded YAML blocks: drop the spaces folding puts around '|'.
    fragments = {k: regex.sub(r"\s*\|\s*", "|", " ".join(v.split())) for k, v in data["fragments"].items()}
    fragments["numword"] = _alternation(numbers)
    fragments["canchi"] = rf"(?P<can>{_alternation(data['stems'])})\s+(?P<chi>{_alternation(branches)})"
    rules = []
    for r in data["rules"]:
        if r["kind"] not in KINDS:
            raise ValueError(f"{file}: rule {r['name']}: unknown kind {r['kind']!r}")
        resolve = r.get("resolve", "block")
        if r["kind"] != "block" and resolve not in RESOLVERS:
            raise ValueError(f"{file}: rule {r['name']}: unknown resolve {resolve!r}")
        flags = regex.V0 | (0 if r.get("case") == "sensitive" else regex.IGNORECASE)
        pattern, twin = with_twin(_expand(r["pattern"], fragments), flags)
        rules.append(PeriodRule(
            name=r["name"], kind=r["kind"], resolve=resolve, pattern=pattern, twin=twin,
            gate=required_literals(twin) if twin is not None else None,
            fixed=tuple((r.get("fixed") or {}).items()), until_now=bool(r.get("until_now")),
            offset=int(r.get("offset", 0)),
        ))
    anaphoric = regex.compile(data["anaphoric"], regex.IGNORECASE) if data.get("anaphoric") else None
    return PeriodLexicon(tuple(rules), numbers, tuple(data["stems"]), branches,
                         tuple(data.get("examples") or ()), anaphoric, frozenset(data.get("same_period") or ()),
                         frozenset(data.get("anaphora_anchors") or ()),
                         frozenset((data.get("past_term") or {}).get("anaphors") or ()),
                         frozenset((data.get("past_term") or {}).get("antecedents") or ()),
                         frozenset((data.get("past_term") or {}).get("since") or ()),
                         regex.compile(data["by_year"], regex.IGNORECASE) if data.get("by_year") else None,
                         frozenset(data.get("plan_rules") or ()),
                         frozenset((data.get("past_term") or {}).get("spans") or ()),
                         frozenset(data.get("event_rules") or ()),
                         frozenset(data.get("tet_cutoffs") or ()),
                         frozenset(data.get("tet_spans") or ()),
                         frozenset(data.get("month_events") or ()),
                         regex.compile(data["against_plan"]) if data.get("against_plan") else None,
                         regex.compile(data["compared_year"]) if data.get("compared_year") else None,
                         regex.compile(data["compared_phrase"]) if data.get("compared_phrase") else None,
                         regex.compile(data["comparing"], regex.IGNORECASE) if data.get("comparing") else None,
                         regex.compile(data["plan_before"], regex.IGNORECASE) if data.get("plan_before") else None)
