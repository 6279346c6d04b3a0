"""Literal gates (extractor/literals.py): a gated pattern never matches a text its gate turns away."""

from __future__ import annotations


import pytest
import regex

from extractor.literals import may_match, required_literals
from extractor.lowered import lower_same_length
from extractor.rules import load_rules

from devtexts import development_texts


def _real_texts() -> list[str]:
    """Lines of those texts, lower-cased (what the gates are tried on)."""
    return [low for a in development_texts() for t in a.splitlines() if t.strip() and (low := lower_same_length(t)) is not None]


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    texts = _real_texts()
    assert len(texts) > 1000
    return texts


def _check(pattern: regex.Pattern, gate: frozenset[str], texts: list[str]) -> int:
    """Every text the pattern matches anywhere (any prefix, as `last_match` sees cues) passes the gate."""
    hits = 0
    for t in texts:
        for m in pattern.finditer(t, overlapped=True):
            assert may_match(gate, t[:m.end()]), (pattern.pattern[:80], sorted(gate), t[:m.end()][-80:])
            hits += 1
    return hits


def test_every_frame_cue_gate_lets_through_every_text_its_cue_matches(real_texts):
    frames = [fr for ind in load_rules().indicators for fr in ind.frames if fr.before_low is not None]
    gated = [fr for fr in frames if fr.before_gate is not None]
    assert len(gated) >= 0.9 * len(frames)      # a pattern the reader gives up on would lose the gain silently
    assert sum(_check(fr.before_low, fr.before_gate, real_texts) for fr in gated) > 1000


def test_every_frame_after_gate_lets_through_every_text_its_after_pattern_matches(real_texts):
    frames = [fr for ind in load_rules().indicators for fr in ind.frames if fr.after_low is not None]
    gated = [fr for fr in frames if fr.after_gate is not None]
    assert len(gated) >= 0.8 * len(frames)
    hits = 0
    for fr in gated:
        for t in real_texts:
            for start in range(0, len(t), 7):       # `after` is the text after a number: any tail
                if fr.after_low.match(t, start):
                    assert may_match(fr.after_gate, t[start:]), (fr.after_low.pattern[:80], t[start:start + 80])
                    hits += 1
    assert hits > 1000


@pytest.mark.parametrize("src, want", [
    (r"\bkết nạp\b", {"kết nạp"}),
    (r"\b(?:kết nạp|phát triển)\b", {"kết nạp", "phát triển"}),
    (r"\bvới\s*$", {"với"}),
    (r"html?", {"htm", "html"}),
    (r"ab{2}c", {"abbc"}),
    (r"(?:a|b)(?:c|d)e", {"ace", "ade", "bce", "bde"}),
    (r"\btừ\s+đầu\s+năm", {"đầu"}),                     # the longest of the required words
    (r"(?<!ủy ban\s)\b(?:giám sát|kiểm tra)\b", {"giám sát", "kiểm tra"}),   # look-arounds require nothing
    (r"x(?:ab)+y", {"ab"}),
    (r"(?:\s+mới)?thành lập", {"thành lập"}),
    (r"[^.;:!?]{0,40}cho", {"cho"}),
    (r"\.(?:vn|com)\b|@", {".vn", ".com", "@"}),
])
def test_required_literals(src, want):
    assert required_literals(regex.compile(src)) == want


@pytest.mark.parametrize("src", [
    r"\d+", r"a|\d", r"(?:abc)?", r"x*", r"(?i:abc)", r"\x41bc", r"\L<words>", r"(?|a|b)",
])
def test_no_gate_where_nothing_is_required_or_the_syntax_is_not_modelled(src):
    kwargs = {"words": ["ab"]} if "\\L<" in src else {}
    assert required_literals(regex.compile(src, **kwargs)) is None


def test_case_blind_patterns_get_no_gate():
    assert required_literals(regex.compile(r"kết nạp", regex.IGNORECASE)) is None


def test_may_match():
    assert may_match(None, "anything")
    assert may_match(frozenset({"kết nạp", "với"}), "đã kết nạp 300")
    assert not may_match(frozenset({"kết nạp", "với"}), "thành lập 3 cđcs")


@pytest.mark.parametrize("src", [
    r"\b(?:kết nạp|phát triển|thu hút)\b(?:[^.;:!?]|(?<=\d)[.:](?=\d)){0,40}?\bcho\s*$",
    r"(?:\bhiện\b|\btổng số\b|\bcó\b|\bnâng\b(?:[^.;:!?]){0,20}\blên\b)",
    r"\b(?:ký|ký kết)\s+(?:các\s+)?(?:bản\s+)?(?:thỏa thuận|thoả thuận)",
])
def test_a_gate_is_never_wrong_on_generated_text(src):
    """Random texts from the pattern's own pieces: whenever the pattern matches, the gate agrees."""
    import random

    pat, rng = regex.compile(src), random.Random(5)
    gate = required_literals(pat)
    assert gate
    words = ["kết", "nạp", "kết nạp", "cho", "hiện", "có", "nâng", "lên", "ký", "kết", "thỏa thuận", "các",
             "bản", "tổng số", "3.000", ".", ",", "thu hút", "phát triển", "  ", "x"]
    for _ in range(3000):
        t = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        if pat.search(t):
            assert may_match(gate, t), t


def test_every_period_rule_gate_lets_through_every_text_its_twin_matches(real_texts):
    from extractor.period_lexicon import load_periods

    rules = [r for r in load_periods().rules if r.twin is not None]
    gated = [r for r in rules if r.gate is not None]
    assert len(gated) >= 0.9 * len(rules)
    hits = 0
    for r in gated:
        for t in real_texts:
            if r.twin.search(t):
                assert may_match(r.gate, t), (r.name, t[:80])
                hits += 1
    assert hits > 1000


def test_gated_periods_equal_ungated_periods():
    """find_periods with the gates gives what it gives with every rule scanned."""
    from dataclasses import replace

    from extractor.period_lexicon import PeriodLexicon, load_periods
    from extractor.periods import find_periods

    lex = load_periods()
    open_lex: PeriodLexicon = replace(lex, rules=tuple(replace(r, gate=None) for r in lex.rules))
    lines = [ln for a in development_texts() for ln in a.splitlines() if ln.strip()]
    assert len(lines) > 1500
    for t in lines:
        assert find_periods(t, None, 2024, lexicon=lex) == find_periods(t, None, 2024, lexicon=open_lex)


def test_gated_frames_give_the_records_of_ungated_frames():
    """Every record of the development articles is the same with the cue gates and without them."""
    from dataclasses import replace

    from extractor.article import Article
    from extractor.pipeline import extract_article, load_resources

    res = load_resources(extractors="rules")
    rules = res.rules
    open_rules = replace(rules, indicators=tuple(
        replace(ind, frames=tuple(replace(fr, before_gate=None, after_gate=None) for fr in ind.frames))
        for ind in rules.indicators),
        frame_heads={})
    open_res = replace(res, rules=open_rules)
    n = 0
    for i, text in enumerate(development_texts()):
        a = Article(id=f"a{i}", text=text)
        got = [r.to_dict() for r in extract_article(a, res, repair=False)]
        assert got == [r.to_dict() for r in extract_article(a, open_res, repair=False)], i
        n += len(got)
    assert n > 1000


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_gated_status_markers_and_blockers_find_what_their_patterns_find():
    """Gated.finditer (twin on lower-cased text, skipped without its words) gives the pattern's own spans."""
    rules = load_rules()
    gated = [g for _, g in rules.status_markers] + [rules.blockers_gated]
    assert all(g.twin is not None and g.gate for g in gated)
    lines = [ln for a in development_texts() for ln in a.splitlines() if ln.strip()]
    hits = 0
    for t in lines:
        low = lower_same_length(t)
        for g in gated:
            want = _spans(g.pattern.finditer(t, overlapped=True))
            assert _spans(g.finditer(t, low, overlapped=True)) == want, (g.pattern.pattern[:60], t[:80])
            hits += len(want)
    assert hits > 1000


def test_status_before_equals_the_ungated_reading():
    """status_before on every prefix of every development line, against the plain loop it replaced."""
    from extractor.status import status_before

    rules = load_rules()

    def plain(text: str) -> str | None:
        if rules.stated_target.search(text):
            return "target"
        last_pos, last = -1, None
        for kind, pats in (("target", rules.target), ("actual", rules.actual)):
            for p in pats:
                for m in p.finditer(text):
                    if kind == "target" and rules.attainment_context.search(text, 0, m.start()):
                        continue
                    if m.start() > last_pos:
                        last_pos, last = m.start(), kind
        return last

    seen = set()
    for t in (ln for a in development_texts() for ln in a.splitlines() if ln.strip()):
        for cut in range(0, len(t) + 1, 9):
            got = status_before(t[:cut], rules)
            assert got == plain(t[:cut]), t[:cut][-80:]
            seen.add(got)
    assert seen == {None, "target", "actual"}


def test_worth_scanning_keeps_what_can_match_and_remembers_boundedly():
    """A gated pattern whose words the text lacks is left out; one without a twin or a gate is kept;
    the answer per word set is memoised, and the memo is emptied when full."""
    from types import SimpleNamespace as G

    from extractor.literals import PLANS_MAX, words_held, worth_scanning

    entries = (("a", G(twin=object(), gate=frozenset({"kế hoạch"}))),
               ("b", G(twin=object(), gate=frozenset({"đã"}))),
               ("c", G(twin=None, gate=frozenset({"x"}))),
               ("d", G(twin=object(), gate=None)))
    held = words_held(["kế hoạch", "đã", "x"], "theo kế hoạch năm")
    assert held == {"kế hoạch"}
    memo: dict = {}
    assert [t for t, _ in worth_scanning(entries, held, memo)] == ["a", "c", "d"]
    assert list(memo) == [held]
    for i in range(PLANS_MAX):
        memo[i] = ()
    worth_scanning(entries, frozenset(), memo)
    assert len(memo) == 1
