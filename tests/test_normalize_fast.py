"""Fast paths of word repair (extractor/normalize/repair.py) give what the plain computation gives on real text."""

from __future__ import annotations

import importlib

import pytest

from extractor.normalize import load_model
from extractor.normalize.candidates import confusion_candidates, diacritic_candidates, insertion_candidates

from devtexts import development_texts

R = importlib.import_module("extractor.normalize.repair")   # the module, not the function of that name
E = importlib.import_module("extractor.normalize.eligible")
D = importlib.import_module("extractor.normalize.decide")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    got = development_texts()
    assert len(got) > 200
    return got


def test_sibling_table_lists_every_candidate_of_every_valid_word():
    model = load_model()
    lex = model.lexicon
    assert set(model.siblings) == lex.valid
    for w in lex.valid:
        plain = (set(diacritic_candidates(w, lex)) | set(confusion_candidates(w, lex, model.confusions))
                 | set(insertion_candidates(w, lex, model.insert_cost)))
        assert sorted(model.siblings[w]) == sorted(plain), w
        assert set(model.siblings[w]) == set(D._valid_candidates(model, w)), w


def test_insertion_candidates_from_the_longer_skeleton_index_equal_trying_every_letter():
    model = load_model()
    lex = model.lexicon
    for w in lex.valid:
        assert insertion_candidates(w, lex, 2.5, model.longer) == insertion_candidates(w, lex, 2.5), w


def test_a_word_is_witnessed_exactly_when_a_neighbour_vouches_for_a_sibling(texts):
    """_witnessed is the vouched test of _decide; where it says no, _decide keeps the word."""
    model = load_model()
    lm, known = model.lm, model.lexicon.valid
    kept = 0
    for text in texts:
        toks = E.tokens(text)
        valid = [t[3] == "w" and t[2].lower() in known for t in toks]
        slots = R._lm_slots(toks, valid)
        for k, ok in enumerate(valid):
            if not ok:
                continue
            low = slots[k]
            ctx = D._context(slots, k)
            l1, r1 = ctx[1], ctx[2]
            cands = D._valid_candidates(model, low)
            plain = bool(cands) and bool(lm.vouched(None if l1 in D._NO_WITNESS else l1,
                                                    None if r1 in D._NO_WITNESS else r1, frozenset(cands)))
            fast = D._witnessed(lm, model.siblings[low], slots, k)
            assert fast == plain, (low, ctx)
            if not fast:
                kept += 1
                assert D._decide(model, ctx, low) is None, (low, ctx)
    assert kept > 10_000


def test_url_gate_finds_every_address_the_pattern_finds(texts):
    extra = ["xem tại https://congdoan.vn/tin-tuc.htm nhé", "email: cd@gmail.com.", "www.ldld.org.vn", "Báo Lao Động"]
    n = 0
    for text in texts + extra + [line for t in texts for line in t.splitlines()]:
        plain = [m.span() for m in E._URL.finditer(text)]
        assert E.url_spans(text) == plain
        n += bool(plain)
    assert n > 20


def test_sentence_runs_split_like_one_character_at_a_time(texts):
    """restore._SENTENCE takes runs of non-stops whole: the spans of the per-character pattern."""
    import random

    import regex

    from extractor.normalize.restore import _SENTENCE

    plain = regex.compile(r"(?:[^.!?\n]|[.!?](?![ \t]|\n|$))+[.!?]*")
    rng = random.Random(0)
    made = ["".join(rng.choice("ab .!?\n\t1,") for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    for text in texts + made:
        assert [m.span() for m in _SENTENCE.finditer(text)] == [m.span() for m in plain.finditer(text)], text[:60]


def _plain_bare_line(line: str, model) -> bool:
    """restore.bare_line as it read before its prefilter."""
    from extractor.normalize.restore import _CAPS, _MARKED, _TOKEN, MIN_SHARE, MIN_WORDS
    from extractor.normalize.syllable import skeleton

    if _MARKED.search(_CAPS.sub("", line)):
        return False
    words = [m.group() for m in _TOKEN.finditer(line) if m.lastgroup == "w"]
    lower = [w for w in words if not w.isupper() or len(w) == 1]
    if len(lower) < MIN_WORDS:
        return False
    return sum(1 for w in lower if skeleton(w) in model.lexicon.by_skeleton) >= MIN_SHARE * len(lower)


def test_bare_line_prefilter_agrees_with_the_plain_reading(texts):
    """A non-ASCII character that is not upper case settles that a line is not bare, as the plain test would."""
    from extractor.normalize.restore import _SENTENCE, bare_line

    model = load_model()
    lines = [m.group() for t in texts for m in _SENTENCE.finditer(t)]
    lines += ["Hien CĐCS co 1.026 cong doan co so tren dia ban", "LĐLĐ TINH KET NAP 300 DOAN VIEN moi trong nam nay",
              "Ket nap moi 5.821 doan vien cong doan nam 2024", "Nam 2024 LĐLĐ tỉnh kết nạp 300 đoàn viên mới"]
    bare = 0
    for line in lines:
        got = bare_line(line, model)
        assert got == _plain_bare_line(line, model), line
        bare += got
    assert bare >= 2


def test_block_memo_gives_the_edits_of_one_pass_over_the_whole_text(texts):
    """word_repair_edits decides block by block, from its memo when it can: the edits one pass over
    the whole text makes, also for lines met again beside other lines and after an initial ('V.')."""
    import random

    model = load_model()
    rng = random.Random(0)
    lines = [line for t in texts for line in t.splitlines(keepends=True)]
    made = ["".join(rng.sample(lines, 8)) for _ in range(400)]
    made += [t.replace(".\n", " V.\n") for t in made[:100]] + [t.replace("\n", " \n", 3) for t in made[100:200]]
    checked = 0
    for text in texts + made:
        if E.marked_enough(text):
            assert R.word_repair_edits(text, model) == R._span_edits(text, 0, len(text), model), text[:80]
            checked += 1
    assert checked > 500
    assert model.blocks


def test_restore_memo_and_decoder_give_what_they_gave(texts):
    """restore_edits reads a decoded sentence from the memo the second time: the same edits."""
    from extractor.normalize.restore import restore_edits

    model = load_model()
    bare = ["Hien toan tinh co 1.026 cong doan co so voi 80.000 doan vien.",
            "LĐLĐ tỉnh kêt nạp 1.986 đoàn vien, thành lập 12 cong doan co so."]
    for text in texts[:200] + bare:
        model.sentences.clear()
        first = restore_edits(text, model)
        assert restore_edits(text, model) == first
    assert restore_edits(bare[0], model)


def test_word_edits_read_by_chunk_equal_the_plain_word_scan(texts):
    """unicode.word_edits reads the words of each whitespace-free chunk once (memo): the edits of a scan
    of every word, on real text, decomposed text and old-style tone placement."""
    import unicodedata

    from extractor.normalize.unicode import WORD, _word_fix, word_edits

    def plain(text, valid):
        fixes = {w: f for w in set(WORD.findall(text)) if not w.isascii() and (f := _word_fix(w, valid))}
        return [(m.start(), m.end(), *fixes[m.group()]) for m in WORD.finditer(text) if m.group() in fixes]

    model = load_model()
    valid, memo = model.lexicon.valid, {}
    odd = ["hoà bình\u00a0thuỷ lợi, khoẻ\u2003mạnh", "Hoà\u0301 x\u0301 \u0301a", "quý\u3000hòa\x1cđoàn"]
    made = 0
    for text in texts[:300] + odd + [unicodedata.normalize("NFD", t) for t in texts[:50]]:
        got = word_edits(text, valid, memo)
        assert got == plain(text, valid), text[:60]
        made += bool(got)
    assert made >= 50
