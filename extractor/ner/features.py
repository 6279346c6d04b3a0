"""Vietnamese tokens around a candidate number -> the words a spaCy Doc is made of.

The model sees what a journalist reads to know what a figure counts: the
words before it (the activity: "kết nạp", "thành lập", "phấn đấu"), the
words after it (the thing counted: "đoàn viên", "công đoàn cơ sở", "lượt"),
and the heading of the list it sits in (which sets the status of every
item).  Tokens are the syllables of the text (option words="syllables",
split at spaces and punctuation), lower-cased: in 5-fold CV they do as well
as underthesea's word segmentation ("công đoàn" as one word, joined by "_";
option words="underthesea", what models before issue 6's fourth pass
read) at twice the speed of the model's path.  Tokens after the number
carry a ">" prefix, because "đoàn viên" before a number means something
else than after it.  Other numbers are folded to "<n>" so that no feature
is keyed to one article's figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import regex

from extractor.numbers import NumberSpan
from extractor.segment import Sentence

LEFT = 14          # tokens before the number (5-fold CV on the training articles, three fold splits: syllables
RIGHT = 9          # 14/9 as good as underthesea words 10/6, 18/12 and syllable bigrams no better; docs/ner.md)
NEAR = 3           # tokens on each side that also carry their position
HEADING = 6        # last tokens of the list heading
_DIGIT = regex.compile(r"\d")
_SPACE = regex.compile(r"\s+")
_PUNCT = regex.compile(r"^[\p{P}\p{S}]+$")
SUBJECT_HEADS = {"số", "tổng_số", "số_lượng"}   # "Số CĐCS được thành lập mới ... là 19"
SUBJECT = 3        # words after the subject's head
# optional feature groups (chosen by 5-fold CV; recorded in the model's meta.json; a model whose meta names
# no "words" read underthesea words).  "syllables" adds the syllables of underthesea's compound words.
OPTIONS = {"noun": True, "subject": True, "sentence": False, "syllables": False, "abbrev": True, "words": "syllables"}
# (window sizes too: meta.json records {"left": LEFT, "right": RIGHT, **OPTIONS}; see current_options())


# the abbreviations of union news, read as the words they stand for ("CĐCS" -> "công_đoàn cơ_sở"),
# so that "9 CĐCS" and "9 công đoàn cơ sở" give the same words (option "abbrev"); the list is data:
ABBREVIATIONS = Path(__file__).resolve().parents[2] / "patterns" / "abbreviations.yaml"


def load_abbreviations(path: str | Path | None = None) -> dict[str, tuple[str, ...]]:
    """patterns/abbreviations.yaml as {feature form of the abbreviation: feature forms of its words}.

    "CĐCS: [công đoàn, cơ sở]" -> {"cđcs": ("công_đoàn", "cơ_sở")}.  A file
    that is not such a mapping raises UserError naming the entry.
    """
    return dict(_abbreviations(str(Path(path) if path else ABBREVIATIONS)))


@lru_cache(maxsize=4)
def _abbreviations(path: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    import unicodedata

    import yaml

    from extractor.errors import UserError

    def form(w: str) -> str:
        return _SPACE.sub("_", unicodedata.normalize("NFC", w.strip()).lower())

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(f"{path}: cannot read the abbreviations ({exc})") from None
    table = data.get("abbreviations") if isinstance(data, dict) else None
    if not isinstance(table, dict) or not table:
        raise UserError(f"{path}: needs an 'abbreviations' mapping")
    out: dict[str, tuple[str, ...]] = {}
    for key, words in table.items():
        if not isinstance(key, str) or not key.strip() or _SPACE.search(key.strip()) or _DIGIT.search(key):
            raise UserError(f"{path}: {key!r}: an abbreviation is one word without digits")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise UserError(f"{path}: {key}: needs a list of the words it stands for")
        k = form(key)
        if k in out:
            raise UserError(f"{path}: {key}: listed twice")
        out[k] = tuple(form(w) for w in words)
    return tuple(out.items())


@lru_cache(maxsize=1)
def _tokenizer():
    """underthesea's word segmenter, imported once (the import takes a second)."""
    from underthesea import word_tokenize
    return word_tokenize


def current_options() -> dict:
    """The feature set a model trained now reads with (written to its meta.json)."""
    return {"left": LEFT, "right": RIGHT, **OPTIONS}


@lru_cache(maxsize=1024)
def tokenize(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each word of `text`; words are found back in the text in order.

    underthesea returns strings only; lining them up with the text keeps
    offsets, so one call per sentence serves every number in it.  Cached:
    a list heading is read again for every item under it.
    """
    out, pos = [], 0
    for w in _tokenizer()(text):
        parts = w.split()
        if not parts:
            continue
        i = text.find(parts[0], pos)
        if i < 0:
            continue
        end = i
        for p in parts:
            j = text.find(p, end)
            if j < 0 or j - end > 3:
                break
            end = j + len(p)
        out.append((i, end, w))
        pos = end
    return tuple(out)


_SYLLABLE = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]")


def syllables(text: str) -> list[tuple[int, int, str]]:
    """(start, end, syllable) of `text` split at spaces and punctuation: option words="syllables",
    the fast alternative to underthesea's word segmentation (compounds then come from bigrams)."""
    return [(m.start(), m.end(), m.group()) for m in _SYLLABLE.finditer(text)]


def norm(word: str) -> str:
    """Feature form of a word: lower case, '_' for spaces, any number -> '<n>'."""
    if _DIGIT.search(word):
        return "<n>"
    return _SPACE.sub("_", word.lower())


def number_words(sent: Sentence, num: NumberSpan, tokens: Sequence[tuple[int, int, str]],
                 heading: Sequence[tuple[int, int, str]] | None = None, status: str | None = None,
                 noun: str | None = None, options: dict | None = None,
                 abbreviations: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """The feature words of one candidate (`num` in article offsets, tokens sentence-relative).

    `status` is what the lexicon's last status marker says ('target' after
    "phấn đấu", "chỉ tiêu"...): one word of evidence the model weighs with the rest.
    `noun` is the class of the counted noun right after the number
    (rules.noun_class: 'members', 'unions', 'enterprises'...).
    `abbreviations` (default: patterns/abbreviations.yaml) are read out with option "abbrev".
    """
    opt = OPTIONS if options is None else options
    n_left, n_right = opt.get("left", LEFT), opt.get("right", RIGHT)
    cue_end = (num.bound_start if num.bound_start is not None else num.start) - sent.start
    after = num.unit_end - sent.start
    table = (load_abbreviations() if abbreviations is None else abbreviations) if opt.get("abbrev") else None
    if table and opt.get("words") == "syllables":
        table = {k: tuple(x for w in v for x in w.split("_")) for k, v in table.items()}
    read = (lambda ws: _expand(ws, table)) if table else (lambda ws: ws)
    left = read([norm(w) for s, e, w in tokens if e <= cue_end])[-n_left:]
    right = [">" + w for w in read([norm(w) for s, e, w in tokens if s >= after])[:n_right]]
    words = left + [f"<{num.unit}>"] + right
    # the nearest words again, with their distance: "kết_nạp" right before a number is the cue
    words += [f"L{i}={w}" for i, w in enumerate(reversed(left[-NEAR:]), 1)]
    words += [f"R{i}={w[1:]}" for i, w in enumerate(right[:NEAR - 1], 1)]
    if opt.get("syllables"):
        # the syllables of compound words: "kết_nạp_mới" and "kết_nạp" share "kết", "nạp"
        words += [f"l:{x}" for w in left[-NEAR - 1:] if "_" in w for x in w.split("_")]
        words += [f"r:{x}" for w in right[:NEAR] if "_" in w for x in w[1:].split("_")]
    if heading:
        words += ["h:" + norm(w) for _, _, w in heading[-HEADING:]]
    if sent.is_title or sent.is_display:
        words.append("<display>")
    if status:
        words.append(f"<st:{status}>")
    if opt.get("noun"):
        words.append(f"<noun:{noun or '-'}>")
    if opt.get("subject"):
        # the subject of "Số CĐCS được thành lập mới trong kỳ là 19": its head may be far from the number
        before = read([norm(w) for s_, e, w in tokens if e <= cue_end])
        heads = [i for i, w in enumerate(before) if w in SUBJECT_HEADS]
        if heads:
            i = heads[-1]
            words += ["S:" + w for w in before[i + 1:i + 1 + SUBJECT] if not _PUNCT.match(w)]
    if opt.get("sentence"):
        seen = set(left) | {w[1:] for w in right}
        for _, _, w in tokens:
            f = norm(w)
            if f != "<n>" and f not in seen and not _PUNCT.match(f):
                seen.add(f)
                words.append("s:" + f)
    return words


def _expand(words: list[str], table: dict[str, tuple[str, ...]]) -> list[str]:
    """Abbreviations replaced by the words they stand for."""
    return [x for w in words for x in table.get(w, (w,))]


def sentence_words(sent: Sentence, numbers: list[NumberSpan], rules=None,
                   options: dict | None = None,
                   abbreviations: dict[str, tuple[str, ...]] | None = None) -> list[list[str]]:
    """Feature words of every candidate number of one sentence (one tokenizer call).

    With `rules` (extractor.rules.RuleSet) each number also gets the status
    its nearest status marker gives.
    """
    from extractor.rules import context, noun_class
    from extractor.status import status_at
    split = syllables if (options or OPTIONS).get("words") == "syllables" else tokenize
    tokens = split(sent.text)
    heading = split(sent.heading.text) if sent.heading is not None else None
    return [number_words(sent, n, tokens, heading, status_at(sent, n.start, rules) if rules else None,
                         noun_class(context(sent, n)[1], rules) if rules else None, options, abbreviations)
            for n in numbers]
