"""The rule set: indicator frames, status markers and lexicon patterns from patterns/, and a rule's Mention.

`load_rules()` reads patterns/indicators/*.yaml and patterns/lexicon.yaml once
per process (cached) and compiles every pattern, with a lower-case twin where
that is safe (extractor/lowered.py).  The few text helpers every rule module
needs (the cue nearest a figure, the text around it, the class of what it
counts) live here too, so `rules` and `attainment` share them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from extractor.literals import required_literals
from extractor.lowered import Gated, with_twin
from extractor.numbers import NumberSpan
from extractor.segment import Sentence
from extractor.yamlio import load_yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"
WEAK = 10_000
STOCKS = frozenset({"members_total", "unions_total"})


@dataclass(frozen=True)
class Frame:
    before: "regex.Pattern | None"
    after: "regex.Pattern | None"
    previous: tuple[str, ...] = ()
    status: str | None = None
    dist: int | None = None       # fixed distance for after-only frames
    specificity: int = 0          # longer `after` patterns break ties
    # the same patterns for lower-cased text (extractor/lowered.py): faster, same matches
    before_low: "regex.Pattern | None" = field(default=None, compare=False)
    after_low: "regex.Pattern | None" = field(default=None, compare=False)
    # strings one of which lower-cased text must hold for `before_low` to match (extractor/literals.py)
    before_gate: frozenset | None = field(default=None, compare=False)
    after_gate: frozenset | None = field(default=None, compare=False)     # the same for `after_low`


@dataclass(frozen=True)
class Indicator:
    code: str
    unit: str
    frames: tuple[Frame, ...]
    topic: "regex.Pattern | None"   # names the activity, for bare attainment percentages
    examples: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class RuleSet:
    indicators: tuple[Indicator, ...]
    target: tuple["regex.Pattern", ...]
    actual: tuple["regex.Pattern", ...]
    attainment_context: "regex.Pattern"
    stated_target: "regex.Pattern"
    reach: "regex.Pattern"
    exceed: "regex.Pattern"
    of_target: "regex.Pattern"
    target_topic_lead: "regex.Pattern"  # "kế hoạch năm về phát triển đoàn viên": words before the target's topic
    share_of: "regex.Pattern"
    respectively: "regex.Pattern"
    not_attainment: "regex.Pattern"
    caption: "regex.Pattern"
    scope_org: "regex.Pattern"
    scope_sector: "regex.Pattern"
    scope_body: "regex.Pattern"         # "LĐLĐ huyện X", "Công đoàn ngành Y": a body, in any clause
    blockers: "regex.Pattern"
    per_item: "regex.Pattern"
    per_item_sibling: "regex.Pattern"   # ", căn sửa chữa 20 triệu đồng" right after a per-item amount
    size_before: "regex.Pattern"        # "quy mô nhỏ, dưới 50 lao động": an enterprise's size ...
    size_after: "regex.Pattern"         # ... by its workforce, no figure
    noun_classes: tuple[tuple[str, "regex.Pattern"], ...]
    breakdown: "regex.Pattern"
    coordinated: "regex.Pattern"        # "612 và 480 đoàn viên": the first figure shares the noun
    sibling: "regex.Pattern"            # "cho 300 đoàn viên và 150 NLĐ": what joins a figure to the one before
    elided_after: "regex.Pattern"       # "giảm 1.800, ...": nothing counted after the figure, the noun left out
    elided_ahead: "regex.Pattern"       # "xây mới 32 và sửa chữa 15 nhà": the noun named after the next figure
    this_figure: "regex.Pattern"        # "con số này là 7.950 người": what the sentence before counted, restated
    target_aside: "regex.Pattern"       # "đạt 69,8% kế hoạch năm (1.500 lượt)": the plan's figure after its share
    restated_aside: "regex.Pattern"     # "... kết nạp (năm 2023 là 468 người)": the count for another period
    paren_part: "regex.Pattern"         # "(khu vực ngoài nhà nước 13.870, khu vực nhà nước ": from "(" to a part's number
    paren_noun: "regex.Pattern"         # " đoàn viên ": between a total's figure and the "(" of its parts
    qualifier_start: "regex.Pattern"
    qualifier_end: "regex.Pattern"
    after_blockers: "regex.Pattern"
    programme: "regex.Pattern"
    stage_label: "regex.Pattern"        # a stage label right before a period phrase
    contrast_before: "regex.Pattern"    # "gấp đôi năm 2014": a period named to compare with, right before it
    stage_label_any: "regex.Pattern"    # the same label anywhere in a sentence
    descriptive: "regex.Pattern"
    participants: "regex.Pattern"       # "Dự lễ phát động có ... cùng hơn 1.000 đoàn viên": who attended
    generic_noun: "regex.Pattern"
    subject_marker: "regex.Pattern"     # "Số", "Chỉ tiêu" opening a subject that names what is counted
    subject_noun: "regex.Pattern"       # the counted noun inside that subject
    label_end: "regex.Pattern"          # "Phát triển đoàn viên: " a label right before the number
    label_tail: "regex.Pattern"         # " cuộc." only a neutral unit word after a label line's figure
    excess_after: "regex.Pattern"       # "vượt 821 đoàn viên so với chỉ tiêu": a margin, not a figure
    delta_before: "regex.Pattern"       # "tăng 215 suất so với cùng kỳ": a difference between periods ...
    delta_after: "regex.Pattern"
    delta_lead: "regex.Pattern"
    delta_codes: frozenset              # ... a record only of the indicators that are changes
    promote_threshold: "regex.Pattern"  # "kết nạp từ 5.200 đoàn viên trở lên": a figure, not a qualifier
    over_after: "regex.Pattern"         # "1.560 đoàn viên ưu tú trở lên": bound over
    cumulative: frozenset = frozenset()  # codes whose "đến nay" figure is a running total
    # (head of the text after a number, unit) -> the frames it may fit (see frames.frames_for)
    frame_heads: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    carry: tuple[tuple[str, str, frozenset], ...] = ()  # (from, to, previous codes): topic carried over a sentence
    # (own code, total codes, unless): a breakdown part whose own cue is the generic word of its total's
    # activity ("kiểm tra tài chính 86 đơn vị, trong đó ... trực tiếp kiểm tra 12 đơn vị") is the total's
    generic_parts: tuple[tuple[str, frozenset, "regex.Pattern"], ...] = ()
    plan_after_result: "regex.Pattern | None" = None   # ", vượt kế hoạch đề ra là 1.000 CĐCS": the result's plan
    worth_after_count: "regex.Pattern | None" = None   # "2.000 phiếu ... trị giá 300.000 đồng": worth of a count
    item_worth_min: float = 0.0                         # under this an item, that worth is one item's
    # (indicator, noun): a part counting that noun belongs to a total of that indicator, whatever its own noun
    part_nouns: tuple = ()
    respective: "regex.Pattern | None" = None   # "các con số tương ứng là ...": the figures said before, in order
    raised_total: "regex.Pattern | None" = None  # "..., nâng tổng số lên 23 đơn vị": the flow's running total
    set_opener: "regex.Pattern | None" = None   # "Trong số đoàn viên kết nạp mới, ... có 7.905": the set's parts
    set_overrides: frozenset = frozenset()       # the readings of a part that the set's reading replaces
    compared_aside: "regex.Pattern | None" = None   # "so với năm 2019 (298 CĐCS)": the compared period's figure
    period_label: "regex.Pattern | None" = None   # "• Năm 2016: 71 nhà": a list item opening on a period
    raised_total_codes: dict = field(default_factory=dict, compare=False, hash=False)  # flow -> its stock's code
    # `target` then `actual` markers as ('target' | 'actual', Gated): run on lower-cased text, skipped
    # when it holds none of their words (extractor/lowered.py); `blockers` the same way
    status_markers: tuple = field(default=(), compare=False, hash=False, repr=False)
    # derived from `status_markers` (not per figure): every word of their gates, and (words a text
    # holds) -> the markers worth scanning there (extractor/status.py); bounded
    status_words: tuple[str, ...] = field(init=False, compare=False, hash=False, repr=False)
    status_plans: dict = field(init=False, compare=False, hash=False, repr=False)
    blockers_gated: "Gated | None" = field(default=None, compare=False, hash=False, repr=False)
    money_blockers: frozenset = frozenset()   # blocker words that claim only amounts of money ("đóng góp")
    money_action: "regex.Pattern | None" = None  # a verb of giving: after a debt, it names other money
    money_claims: "regex.Pattern | None" = None  # blockers naming a debt or misspent money: they claim their clause's money
    blocker_exempt: dict = field(default_factory=dict, compare=False, hash=False)  # blocker -> noun class it leaves

    def __post_init__(self) -> None:
        words = {w for _, g in self.status_markers if g.twin is not None and g.gate for w in g.gate}
        object.__setattr__(self, "status_words", tuple(sorted(words)))
        object.__setattr__(self, "status_plans", {})


@dataclass
class Mention:
    """A number tied to an indicator, before region/period resolution."""

    number: NumberSpan          # offsets in the article's (repaired) text
    sentence: Sentence
    indicator: str
    status: str
    value: float
    unit: str
    bound: str
    attached: bool = False      # "với 3.000 đoàn viên": a figure hanging on the previous one
    noun: str | None = None     # class of what it counts ('people', 'unions', ...)
    method: str = "rule"        # 'rule', 'ner' or 'rule+ner' (set by the merger)
    score: float = 1.0          # confidence, for merging extractors


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """Replace {MACRO} by its regex (macros may not nest)."""
    for name, body in macros.items():
        pattern = pattern.replace("{" + name + "}", body)
    return pattern


def _compile(pattern: str | None, macros: dict[str, str]) -> "regex.Pattern | None":
    if pattern is None:
        return None
    return regex.compile(_expand(pattern, macros), regex.IGNORECASE)


def _compile_twin(pattern: str | None, macros: dict[str, str]) -> tuple:
    """(pattern, its lower-case twin) of a case-blind cue, (None, None) without one (lowered.with_twin)."""
    if pattern is None:
        return None, None
    return with_twin(_expand(pattern, macros), regex.IGNORECASE)


def load_indicator(path: Path, macros: dict[str, str]) -> Indicator:
    """One patterns/indicators/<code>.yaml file."""
    data = load_yaml(path.read_text(encoding="utf-8"))
    frames = []
    for fr in data.get("frames", []):
        after = fr.get("after")
        before_p, before_low = _compile_twin(fr.get("before"), macros)
        after_p, after_low = _compile_twin(after, macros)
        frames.append(Frame(
            before=before_p,
            after=after_p,
            before_low=before_low,
            before_gate=required_literals(before_low) if before_low is not None else None,
            after_low=after_low,
            after_gate=required_literals(after_low) if after_low is not None else None,
            previous=tuple(fr.get("previous", ())),
            status=fr.get("status"),
            dist=fr.get("dist"),
            specificity=len(after or ""),
        ))
    return Indicator(
        code=data["code"], unit=data["unit"], frames=tuple(frames),
        topic=_compile(data.get("topic"), macros), examples=data.get("examples") or {},
    )


@lru_cache(maxsize=4)
def load_rules(patterns_dir: str | None = None) -> RuleSet:
    """Compile lexicon.yaml and every indicator file once per process."""
    root = Path(patterns_dir) if patterns_dir else PATTERNS
    lex = load_yaml((root / "lexicon.yaml").read_text(encoding="utf-8"))
    macros = lex["macros"]
    inds = tuple(load_indicator(p, macros) for p in sorted((root / "indicators").glob("*.yaml")))
    st, at = lex["status"], lex["attainment"]
    c = lambda p: regex.compile(_expand(p, macros), regex.IGNORECASE)  # noqa: E731
    target, actual, blockers = tuple(c(p) for p in st["target"]), tuple(c(p) for p in st["actual"]), c(lex["blockers"])
    return RuleSet(
        indicators=inds,
        target=target,
        actual=actual,
        status_markers=tuple(("target", Gated(p)) for p in target) + tuple(("actual", Gated(p)) for p in actual),
        blockers_gated=Gated(blockers), money_blockers=frozenset(lex.get("money_blockers", [])),
        money_action=c(lex["money_action"]) if lex.get("money_action") else None,
        money_claims=c(lex["money_claims"]) if lex.get("money_claims") else None,
        blocker_exempt=dict(lex.get("blocker_exempt") or {}),
        attainment_context=c(st["attainment_context"]),
        stated_target=c(st["stated_target"]),
        reach=c(at["reach"]), exceed=c(at["exceed"]), of_target=c(at["of_target"]), target_topic_lead=c(at["target_topic_lead"]), share_of=c(at["share_of"]), respectively=c(at["respectively"]),
        not_attainment=c(at["not_attainment"]),
        caption=c(lex["caption"]),
        scope_org=c(lex["scope"]["org"]), scope_sector=c(lex["scope"]["sector"]), scope_body=c(lex["scope"]["body"]),
        blockers=blockers, per_item=c(lex["per_item"]), per_item_sibling=c(lex["per_item_sibling"]),
        size_before=c(lex["size_before"]), size_after=c(lex["size_after"]),
        # a noun class starts a word: "LĐ" inside "LĐLĐ tỉnh" names no people
        noun_classes=tuple((k, c(r"(?<![\p{L}\d])(?:" + v + ")")) for k, v in lex["noun_classes"].items()),
        breakdown=c(lex["breakdown"]), coordinated=c(lex["coordinated"]), sibling=c(lex["sibling"]),
        elided_after=c(lex["elided_after"]), elided_ahead=c(lex["elided_ahead"]), this_figure=c(lex["this_figure"]), target_aside=c(lex["target_aside"]), restated_aside=c(lex["restated_aside"]), paren_part=c(lex["paren_part"]),
        paren_noun=c(lex["paren_noun"]),
        qualifier_start=c(lex["qualifier_start"]), qualifier_end=c(lex["qualifier_end"]),
        after_blockers=c(lex["after_blockers"]), programme=c(lex["programme"]),
        stage_label=c(lex["stage_label"] + r"\s*[,:]?\s*$"), contrast_before=c(lex["contrast_before"]), stage_label_any=c(lex["stage_label"]), descriptive=c(lex["descriptive"]), participants=c(lex["participants"]),
        generic_noun=c(lex["generic_noun"]),
        plan_after_result=c(lex["plan_after_result"]) if lex.get("plan_after_result") else None,
        worth_after_count=c(lex["worth_after_count"]) if lex.get("worth_after_count") else None,
        item_worth_min=float(lex.get("item_worth_min") or 0),
        part_nouns=tuple((k, c(r"(?<![\p{L}\d])(?:" + v + r")\b")) for k, v in (lex.get("part_nouns") or {}).items()),
        subject_marker=c(lex["subject"]["marker"]), subject_noun=c(lex["subject"]["noun"]),
        label_end=c(lex["subject"]["label_end"]), label_tail=c(lex["subject"]["label_tail"]), excess_after=c(lex["excess_after"]),
        delta_before=c(lex["delta_before"]), delta_after=c(lex["delta_after"]), delta_lead=c(lex["delta_lead"]), delta_codes=frozenset(lex["delta_codes"]),
        promote_threshold=c(lex["promote_threshold"]), over_after=c(lex["over_after"]),
        carry=tuple((x["from"], x["to"], frozenset(x["previous"])) for x in lex.get("carry", [])),
        cumulative=frozenset(lex.get("cumulative_codes", [])),
        respective=c(lex["respective"]) if lex.get("respective") else None,
        raised_total=c(lex["raised_total"]) if lex.get("raised_total") else None,
        set_opener=c(lex["set_opener"]) if lex.get("set_opener") else None,
        compared_aside=c(lex["compared_aside"]) if lex.get("compared_aside") else None,
        period_label=c(lex["period_label"]) if lex.get("period_label") else None,
        set_overrides=frozenset(lex.get("set_overrides") or ()),
        raised_total_codes=dict(lex.get("raised_total_codes") or {}),
        generic_parts=tuple((x["own"], frozenset(x["totals"]), c(x["unless"])) for x in lex.get("generic_parts", [])),
    )


# -- text around a figure --------------------------------------------------

def _ending_last(matches) -> "regex.Match | None":
    """Of `matches`, the first that ends last."""
    last = None
    for m in matches:
        if last is None or m.end() > last.end():
            last = m
    return last


def last_match(pattern: "regex.Pattern", text: str) -> "regex.Match | None":
    """The match of `pattern` in `text` that ends last (overlapping matches counted): the cue nearest a figure."""
    return _ending_last(pattern.finditer(text, overlapped=True))


def last_match_gated(gated: Gated, text: str, low: str | None) -> "regex.Match | None":
    """`last_match(gated.pattern, text)`, found on `low` (text.lower()) and skipped when its words are absent."""
    return _ending_last(gated.finditer(text, low, overlapped=True))


_DENOMINATOR = regex.compile(r"^/\s*[\d.,]+\s*")


def figure_start(sent: Sentence, num: NumberSpan) -> int:
    """Where the figure begins in its sentence: at its bound word ("hơn", "gần") when it has one."""
    return (num.bound_start if num.bound_start is not None else num.start) - sent.start


def context(sent: Sentence, num: NumberSpan) -> tuple[str, str]:
    """(text of the sentence before the number's bound word, text after its unit)."""
    cue_end = figure_start(sent, num)
    after = _DENOMINATOR.sub("", sent.text[num.unit_end - sent.start:].lstrip())
    return sent.text[:cue_end], after


def nouns_in(text: str, rules: RuleSet, start: int = 0, end: int | None = None) -> Iterator[tuple[str, "regex.Match"]]:
    """(class, match) of every counted noun in text[start:end], class by class in lexicon order
    (lazily: the first one found is the first class that has one)."""
    stop = len(text) if end is None else end
    for name, pat in rules.noun_classes:
        for m in pat.finditer(text, start, stop):
            yield name, m


def noun_class(text: str, rules: RuleSet) -> str | None:
    """Class of what a number counts, from the words right after it."""
    for name, pat in rules.noun_classes:
        if pat.match(text):
            return name
    return None


def topic_of(label: str, rules: RuleSet, unit: str | None = None) -> str | None:
    """The indicator whose activity (its `topic`) a label names first: what a table row of percentages
    is a share of, or what a label's figures count when no cue frame reads it ("Hội nghị người lao
    động", "Đối thoại tại nơi làm việc": the label names the activity alone); with `unit`, only an
    indicator counted in it."""
    best, key = None, None
    for ind in rules.indicators:
        if unit is not None and ind.unit != unit:
            continue
        m = ind.topic.search(label) if ind.topic is not None else None
        if m is not None and (key is None or (m.start(), -len(m.group())) < key):
            best, key = ind.code, (m.start(), -len(m.group()))
    return best
