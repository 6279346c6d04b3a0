"""Numerals -> values, and the number lexicon (patterns/numbers.yaml).

Two jobs that `numbers.find_numbers` builds on, kept apart from the span
classification so each stays small:

* `parse_numeral`: the value of one written number.  Vietnamese writes '.'
  between thousands and ',' before decimals ('30.068', '214,77'); web
  counters write English thousands ('3,715,641'); OCR and typing slip 'l'/'I'
  for 1 and 'O' for 0, and split a group ('1.5 60' for '1.560').
* `words_value`: numbers written as words ('hai mươi mốt nghìn' -> 21000).

`load_lexicon` compiles every word list of the YAML file once; nothing here
does I/O after that.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from extractor.lowered import lowered
from extractor.yamlio import load_yaml

_DIGIT_GROUPS = regex.compile(r"\d+(?:[.,]\d+)*")
_SPLIT_TAIL = regex.compile(r"\s(\d{1,2})(?!\d)")

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"

# A digit numeral: an 'l'/'I' slip in front of digits or between two ('5l2.800'), 'O'/'o' slips
# only after a digit and before a digit, or a capital 'O' ending it ('3O CĐCS'),
# '.'/',' only between digits.
NUMERAL = r"(?:[lI](?=[.,]?\d|[.,]O\d)|\d)(?:\d|(?<=\d)l(?=\d)|[Oo](?=[\dOo]|[.,]\d)|O(?![\p{L}\p{N}])|[.,](?=[\dOo]))*"
_SPLIT = regex.compile(r"^(\d{1,3}(?:\.\d{3})*\.(\d{1,2}))\s(\d{1,2})$")


def _alt(words: list[str]) -> str:
    """Regex alternation of literal phrases, longest first, spaces as \\s+."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in parts) + ")"


def _raw(value: str) -> str:
    """A YAML entry written as "regex '...'" -> the regex text."""
    value = value.strip()
    return value[len("regex"):].strip()[1:-1] if value.startswith("regex") else value


@dataclass(frozen=True)
class NumberLexicon:
    """Compiled word lists of patterns/numbers.yaml (see that file for what each is)."""

    data: dict[str, Any]
    multipliers: dict[str, float]
    money_multipliers: frozenset[str]
    bounds: dict[str, str]
    digits: dict[str, int]
    numeral: Any          # regex.Pattern of one digit numeral
    mult: Any             # multiplier right after a position
    half: Any
    percent: Any
    range_to: Any         # 'đến' between the two numbers of a range
    year_after: Any       # a year right after a day/month ('/2024', ' năm 2024')
    year_word: frozenset[str]
    ordinal_word: Any     # 'thứ' before a number word
    currency: Any
    currency_damaged: Any
    counted: Any          # a counted noun right after a position
    words: Any            # a run of number words
    bound: Any            # bound word at the end of the text before a number
    date_cue: Any
    date_part: Any
    year_before: Any
    duration: Any
    measure: Any          # a measurement unit after the number or its range ('40 đến 60 m2')
    anniv_after: Any
    anniv_before: Any
    ordinal: Any
    roman: Any
    docnum_prefix: Any
    docnum_suffix: Any
    phone_label: Any
    counter_label: Any
    counter_after: Any
    caption: Any
    code_word: Any
    files: Any
    url: Any
    per_item_before: Any
    per_item_after: Any
    threshold_open: Any
    threshold_close: Any
    threshold_before: Any
    year_sense: Any
    vague: Any
    idiom: Any            # number-word idioms that count nothing
    indefinite: Any = None   # "tại một doanh nghiệp": "một" alone as the indefinite article
    per_item_gift: Any = None   # "phần quà trị giá 1 triệu đồng" with no count before the gift: one gift's value
    # derived once: `words` for lower-cased text (extractor/lowered.py), and the word classes of
    # number_words that words_value reads ((tens, ten, hundred, zero_tens, only_after_tens))
    words_twin: Any = None
    word_classes: tuple = ()


def _ends(words: list[str], tail: str = r"\s*", flags: int = regex.IGNORECASE) -> Any:
    """Pattern for `words` at the END of a text (the words right before a number).

    Compiled to search backwards (REVERSE) and used with `.match(before)`: a
    backward match is anchored at the end, so one position is tried instead
    of every start of the window; the match it gives is the same as a forward
    search (tests/test_numbers.py compares the ways).  Every tail ends in
    whitespace, which also takes a final newline: "$" before one finds nothing
    that the end does not.
    """
    return regex.compile(r"(?<![\p{L}\d])(?P<w>" + _alt(words) + ")" + tail + r"$", flags | regex.REVERSE)


def _starts(words: list[str], head: str = r"\s*", flags: int = regex.IGNORECASE) -> Any:
    """Pattern for `words` right after a position (use with .match(text, pos))."""
    return regex.compile(head + "(?P<w>" + _alt(words) + r")(?![\p{L}\d])", flags)


@lru_cache(maxsize=8)
def _load(path: str) -> NumberLexicon:
    """Compile every list of the YAML file into the patterns the reader uses."""
    d = load_yaml(Path(path).read_text(encoding="utf-8"))
    nw = d["number_words"]
    mult = {k.lower(): float(v) for k, v in d["multipliers"].items()}
    all_words = (list(nw["digits"]) + nw["ten"] + nw["tens"] + nw["hundred"] + nw["zero_tens"]
                 + list(mult) + d["half_words"])
    not_after = _alt(d["per_item_not_after_mỗi"])
    words = regex.compile(r"(?<![\p{L}\d])" + _alt(nw["starters"]) + r"(?:\s+" + _alt(all_words)
                          + r")*(?![\p{L}\d])", regex.IGNORECASE)
    return NumberLexicon(
        words_twin=lowered(words),
        word_classes=tuple(frozenset(nw[k]) for k in ("tens", "ten", "hundred", "zero_tens", "only_after_tens")),
        data=d,
        multipliers=mult,
        money_multipliers=frozenset(w.lower() for w in d["money_multipliers"]),
        bounds={k.lower(): v for k, v in d["bounds"].items() if v},
        digits={k.lower(): int(v) for k, v in nw["digits"].items()},
        numeral=regex.compile(NUMERAL),
        mult=_starts(list(mult)),
        half=_starts(d["half_words"], r"\s+"),
        percent=regex.compile(r"\s?%|\s+" + _alt([w for w in d["percent"] if w != "%"]) + r"(?![\p{L}])",
                              regex.IGNORECASE),
        range_to=regex.compile(r"\s*" + _alt(d["range_words"]) + r"\s*(?=\d)", regex.IGNORECASE),
        year_after=regex.compile(r"\s*(?:/|,?\s*" + _alt(d["year_word"]) + r"\s+)(?:19|20)\d{2}(?!\d)",
                                 regex.IGNORECASE),
        year_word=frozenset(w.lower() for w in d["year_word"]),
        ordinal_word=_ends(d["ordinal_word_before"], r"\s+"),
        currency=regex.compile(r"\s*(?P<w>" + _alt(d["currency"]) + r")(?![\p{L}\d])(?!\s*"
                               + _alt(d["currency_not_before"]) + r"(?![\p{L}]))", regex.IGNORECASE),
        currency_damaged=regex.compile(r"\s*" + _alt(d["currency_damaged"]) + r"(?![\p{L}\d])(?!\s+"
                                       + _alt(d["currency_damaged_not_before"]) + r"(?![\p{L}]))",
                                       regex.IGNORECASE),
        counted=_starts(d["counted_nouns"], r"\s*[“\"(]?\s*"),
        words=words,
        bound=_ends([k for k, v in d["bounds"].items() if v], r"\s+"),
        date_cue=_ends(d["date_cues"]),
        date_part=_ends(d["date_part_before"]),
        year_before=_ends(d["year_before"]),
        duration=_starts(d["duration_after"], r"\s+"),
        measure=regex.compile(r"\s*(?:" + _alt(d["range_words"]) + r"\s*\d[\d.,]*\s*)?" + _alt(d["measure_after"])
                              + r"(?![\p{L}\d])", regex.IGNORECASE),
        anniv_after=regex.compile(r"\s+" + _raw(d["anniversary_after"])),
        anniv_before=_ends(d["anniversary_before"], r"\s+(?:lần\s+thứ\s+)?"),
        ordinal=_ends(d["ordinal_before"]),
        roman=regex.compile(r"(?i:(?<=(?<![\p{L}])" + _alt(d["roman_before"]) + r"\s{1,3}))"
                            r"(?-i:[IVXLC]+)(?![\p{L}\d])"),
        docnum_prefix=_ends(d["docnum_prefixes"], r"(?:\s+số)?\s*[:.]?\s*"),
        docnum_suffix=regex.compile(_raw(d["docnum_suffix"])),
        phone_label=_ends(d["phone_labels"], r"\s*[:：]?\s*"),
        counter_label=_ends(d["counter_labels"], r"\s*[:(：]\s*"),
        counter_after=_starts(d["counter_after"], r"\s*\)?\s*"),
        caption=_ends(d["caption_before"], r"\s*", 0),
        code_word=_ends(d["code_words"], r"\s*[-–+]?\s*", 0),
        files=regex.compile(r"[\w.-]*\d[\w.-]*\.(?:" + "|".join(d["file_ext"]) + r")\b", regex.IGNORECASE),
        url=regex.compile(_raw(d["url"]), regex.IGNORECASE),
        per_item_before=regex.compile(r"(?<![\p{L}])" + _alt(d["per_item_before"]) + r"\s+(?!" + not_after
                                      + r"(?![\p{L}]))", regex.IGNORECASE),
        per_item_after=regex.compile(_raw(d["per_item_after"]), regex.IGNORECASE),
        per_item_gift=regex.compile(_raw(d["per_item_gift"]), regex.IGNORECASE) if d.get("per_item_gift") else None,
        threshold_open=_ends(d["threshold_open"]),
        threshold_close=regex.compile(r"(?<![\p{L}])" + _alt(d["threshold_close"]) + r"(?![\p{L}])",
                                      regex.IGNORECASE),
        threshold_before=_ends(d["threshold_before"] + ["cao hon", "thấp hon"]),
        year_sense=_ends(nw["year_sense_before"], r"\s+"),
        vague=_ends(nw["vague_before"], r"\s+"),
        idiom=_starts(nw["idioms"], ""),
        indefinite=_ends(nw["indefinite_before"], r"\s+") if nw.get("indefinite_before") else None,
    )


def load_lexicon(path: str | Path | None = None) -> NumberLexicon:
    """The compiled lexicon (cached per path); default patterns/numbers.yaml."""
    return _load(str(Path(path) if path else PATTERNS / "numbers.yaml"))


# -- digit numerals -------------------------------------------------------------

def _fix_slips(s: str) -> str:
    """'l.482' -> '1.482', '5l2.800' -> '512.800', '1.O00' -> '1.000', '1.5 60' -> '1.560', '2 .340' -> '2.340'."""
    s = s.strip()
    if s[:1] in "lI":
        s = "1" + s[1:]
    s = s.replace("O", "0").replace("o", "0").replace("l", "1")
    m = _SPLIT.match(s)
    if m and len(m.group(2)) + len(m.group(3)) == 3:
        s = m.group(1) + m.group(3)
    return s.replace(" .", ".")      # '2 .340' -> '2.340'


def digits_value(s: str, decimal_hint: bool = False) -> float | None:
    """Value of a digit numeral; `decimal_hint` (a multiplier or '%' follows)
    reads a lone ',ddd' as decimals ('1,125 tỷ') instead of thousands ('4,158')."""
    s = _fix_slips(s)
    if not _DIGIT_GROUPS.fullmatch(s):
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        if s.rfind(",") > s.rfind("."):          # 1.234,5 (Vietnamese)
            return float(s.replace(".", "").replace(",", "."))
        return float(s.replace(",", ""))         # 1,234.5 (English)
    sep = "." if dots else "," if commas else None
    if sep is None:
        return float(s)
    groups = s.split(sep)
    grouped = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if sep == "." and grouped:
        return float("".join(groups))
    if sep == "," and grouped and (len(groups) > 2 or not decimal_hint):
        return float("".join(groups))
    if len(groups) == 2:
        return float(groups[0] + "." + groups[1])
    return None


# -- number words ---------------------------------------------------------------

def words_value(words: list[str], lex: NumberLexicon) -> float | None:
    """Value of a run of Vietnamese number words, or None when it is not one
    ('hai ba' is not a number; 'mốt', 'lăm', 'tư' only follow tens)."""
    if lex.word_classes:
        tens, ten, hundred, zero, after_tens = lex.word_classes
    else:
        nw = lex.data["number_words"]
        tens, ten, hundred, zero = set(nw["tens"]), set(nw["ten"]), set(nw["hundred"]), set(nw["zero_tens"])
        after_tens = set(nw["only_after_tens"])
    total, hund, cur, prev, last_mult = 0.0, 0.0, None, None, None
    for w in (x.lower() for x in words):
        if w in lex.digits:
            d = lex.digits[w]
            if prev in tens or prev in ten:
                cur = (cur or 0) + d
            elif w in after_tens or cur is not None:
                return None
            else:
                cur = d
        elif w in ten:
            if cur is not None:
                return None
            cur = 10
        elif w in tens:
            if cur is None or not 1 < cur < 10 or prev not in lex.digits:
                return None
            cur *= 10
        elif w in hundred:
            if cur is None or cur >= 10 or prev not in lex.digits:
                return None
            hund, cur = cur * 100, None
        elif w in zero:
            if prev not in hundred:
                return None
        elif w in lex.multipliers:
            chunk = hund + (cur or 0)
            if chunk == 0 and prev in lex.multipliers:
                total *= lex.multipliers[w]
            elif chunk == 0:
                return None
            else:
                total += chunk * lex.multipliers[w]
            hund, cur, last_mult = 0.0, None, lex.multipliers[w]
        elif w in lex.data["half_words"]:
            if prev not in lex.multipliers:
                return None
            total += last_mult / 2
        else:
            return None
        prev = w
    if prev is None:
        return None
    return total + hund + (cur or 0)


def parse_numeral(s: str, lexicon: NumberLexicon | None = None) -> float | None:
    """Value of one written number, digits or words, with its multiplier words:
    '30.068' -> 30068, '214,77' -> 214.77, '3,715,641' -> 3715641, 'l.482' -> 1482,
    '1.5 60' -> 1560, '1.O00' -> 1000, '96,4 tỷ' -> 96.4e9, 'hai mươi mốt nghìn' -> 21000."""
    lex = lexicon or load_lexicon()
    s = s.strip().rstrip("%").strip()
    m = lex.numeral.match(s)
    if not m:
        return words_value(s.split(), lex) if s else None
    head = m.group(0)
    rest = s[m.end():]
    split = _SPLIT_TAIL.match(rest)
    if split and _SPLIT.match(_fix_slips(head) + split.group(0)):
        head, rest = head + split.group(0), rest[split.end():]
    words = rest.split()
    value = digits_value(head, decimal_hint=bool(words))
    if value is None:
        return None
    if not words:
        return value
    tail = words_value(["một"] + words, lex)     # '96,4 tỷ' = 96,4 x (một tỷ)
    return None if tail is None else value * tail
