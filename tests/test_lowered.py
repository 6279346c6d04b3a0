"""Lower-case twins of case-insensitive patterns (extractor/lowered.py) must match exactly as their patterns."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from extractor.lowered import Deferred, _lower_literals, lower_same_length, lowered, with_twin
from extractor.period_lexicon import load_periods
from extractor.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]


def _real_lines() -> list[str]:
    """Every line of the seed articles and of the period examples: real text with real case."""
    lines = [ln for p in sorted((ROOT / "corpus").glob("*.txt"))
             for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    lines += [str(ex["text"]) for ex in load_periods().examples if isinstance(ex, dict) and ex.get("text")]
    lines += ["Trong Năm 2023, TỪ ĐẦU NĂM ĐẾN NAY, Tết Nguyên Đán Giáp Thìn, Quý IV/2024, THÁNG 5/2024",
              "Hiện Nay có 1.200 ĐOÀN VIÊN; 9 tháng đầu năm KẾT NẠP 300 đoàn viên mới"]
    return lines


def _same(pattern: regex.Pattern, twin: regex.Pattern, text: str) -> None:
    low = lower_same_length(text)
    assert low is not None
    a = [(m.span(), {k: m.span(k) for k in pattern.groupindex}) for m in pattern.finditer(text)]
    b = [(m.span(), {k: m.span(k) for k in twin.groupindex}) for m in twin.finditer(low)]
    assert a == b, (pattern.pattern[:60], text[:80])


def test_every_period_twin_matches_like_its_rule_on_real_text():
    rules = [r for r in load_periods().rules if r.twin is not None]
    assert len(rules) > 30
    for line in _real_lines():
        for r in rules:
            _same(r.pattern, r.twin, line)


def test_every_frame_twin_matches_like_its_frame_on_real_text():
    frames = [f for i in load_rules().indicators for f in i.frames]
    pats = [p for f in frames for p in (f.before, f.after) if p is not None]
    twins = [(p, lowered(p)) for p in pats]
    assert sum(t is not None for _, t in twins) > len(pats) // 2
    for line in _real_lines():
        for p, t in twins:
            if t is not None:
                _same(p, t, line)


def test_the_number_words_twin_matches_like_its_pattern_on_real_text():
    from extractor.numbers import load_lexicon

    lex = load_lexicon()
    assert lex.words_twin is not None
    lines = _real_lines() + ["Năm đoàn viên, HAI MƯƠI MỐT NGHÌN người, Ba Trăm Lẻ Năm hộ, năm 2024"]
    for line in lines:
        _same(lex.words, lex.words_twin, line)


def test_number_words_read_with_the_word_classes_built_once_equal_the_lists():
    """words_value with the classes the lexicon builds once gives what it gave building them per call."""
    import itertools
    from dataclasses import replace

    from extractor.numbers import load_lexicon
    from extractor.numbers_words import words_value

    lex = load_lexicon()
    plain = replace(lex, word_classes=())
    nw = lex.data["number_words"]
    vocab = sorted({*nw["digits"], *nw["ten"], *nw["tens"], *nw["hundred"], *nw["zero_tens"], *lex.multipliers,
                    "Năm", "MƯỜI", "abc"})
    n = 0
    for k in (1, 2, 3):
        for words in itertools.product(vocab, repeat=k):
            assert words_value(list(words), lex) == words_value(list(words), plain), words
            n += 1
    assert n > 1000


@pytest.mark.parametrize("src, want", [
    (r"Năm\s+(?P<Y1>\d{4})", r"năm\s+(?P<Y1>\d{4})"),          # group names stay as written
    (r"\D\S\W\B\P{L}Tết", r"\D\S\W\B\P{L}tết"),                   # escapes keep their case
    (r"(?<!\d)ĐVCĐ(?=\s)", r"(?<!\d)đvcđ(?=\s)"),                  # lookarounds are not names
    (r"[ĐđD]oàn", r"[đđd]oàn"),
])
def test_literals_are_lowered_and_nothing_else(src, want):
    assert _lower_literals(src) == want


@pytest.mark.parametrize("src", [r"quý\s+(?-i:IV|III)", r"\p{Lu}\w+", r"[À-Ỹ]+", r"(?i)x", r"[[:upper:]]"])
def test_case_bound_patterns_get_no_twin(src):
    assert lowered(regex.compile(src, regex.IGNORECASE)) is None


def test_a_case_sensitive_pattern_needs_no_twin_and_odd_lengths_fall_back():
    assert lowered(regex.compile("Tết")) is None
    assert lower_same_length("İstanbul") is None       # 'İ'.lower() is two code points
    assert lower_same_length("Đoàn Viên") == "đoàn viên"


def test_a_pattern_with_a_twin_is_compiled_only_when_first_used():
    """Start-up compiles the twin, not the case-blind original: that waits until a caller needs it
    (text whose lower case changes length), and then matches as the pattern compiled at once would."""
    source = r"(?:kết nạp|phát triển)(?:\s+mới)?\s+(?:được\s+)?$"
    pattern, twin = with_twin(source, regex.IGNORECASE)
    assert twin is not None and isinstance(pattern, Deferred) and pattern._compiled is None
    text = "Năm 2024, LĐLĐ tỉnh KẾT NẠP MỚI "
    assert twin.search(text.lower()).span() == regex.compile(source, regex.IGNORECASE).search(text).span()
    assert pattern._compiled is None
    assert pattern.search(text).span() == twin.search(text.lower()).span()
    assert pattern._compiled is not None


def test_a_case_bound_pattern_is_compiled_at_once():
    pattern, twin = with_twin(r"Quý\s+(?-i:IV)", regex.IGNORECASE)
    assert twin is None and isinstance(pattern, regex.Pattern)
